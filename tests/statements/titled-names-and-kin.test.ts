import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | role: words" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_role}: ${r.quote}`);

describe("a titled name, then what the person belongs to (speakers/phrase.ts titledNameBeforeLink)", () => {
  it("gives the name as speaker and the link's phrase to the role, also after a place ('the delegation in Lima')", () => {
    expect(rows("Deputy Ambassador Tomas Vell of the Chilean delegation in Lima said the talks had failed.")).toEqual([
      "Tomas Vell | Deputy Ambassador of the Chilean delegation in Lima: the talks had failed",
    ]);
    expect(statementsOf("Deputy Ambassador Tomas Vell of the Chilean delegation in Lima said the talks had failed.")[0].speaker_country).toBe("CHL");
  });

  it("reads a body's name with its 'of' as before", () => {
    expect(rows("The Bank of Norland said rates would rise.").map((r) => r.split(" | ")[0])).toEqual(["the Bank of Norland"]);
  });
});

describe("a relative or an aide of a titled person (speakers/phrase.ts relatedHead)", () => {
  it("gives the words to the sister, named where the article names her, not to the president", () => {
    expect(rows("Marta Ruiz, the sister of President Ana Ruiz, said on Monday that the port would open. The younger sister of President Ana Ruiz added that the ferries would run.").map((r) => r.split(" | ")[0])).toEqual([
      "Marta Ruiz",
      "Marta Ruiz",
    ]);
  });

  it("keeps an aide apart from the president he serves", () => {
    expect(rows("An aide to President Ana Ruiz said the ferries would run.").map((r) => r.split(" | ")[0])).toEqual(["an aide to President Ana Ruiz"]);
  });

  it("does not make a relative named in passing the speaker of a participle", () => {
    expect(rows("Ana Ruiz toured the port with her daughter, praising the new cranes.").map((r) => r.split(" | ")[0])).toEqual(["Ana Ruiz"]);
  });
});

describe("a person's title written with a capital as a definite description (speakers/described-person.ts)", () => {
  it("takes up the person the report named just before, as 'the chairperson' would", () => {
    expect(rows("Kim Jong Un inspected a shipyard on the east coast. State media reported on Monday that the visit lasted two days. In a speech at the yard, the Chairperson said, \"The ships will sail in spring.\"").map((r) => r.split(" | ")[0])).toEqual([
      "State media",
      "Kim Jong Un",
    ]);
    expect(rows("Kim Jong Un inspected a shipyard on the east coast. In a speech at the yard, the Chairman said, \"The ships will sail in spring.\"").map((r) => r.split(" | ")[0])).toEqual(["Kim Jong Un"]);
  });

  it("keeps a body's capitalised name a body", () => {
    expect(rows("Kim Jong Un inspected a shipyard on the east coast. The General Staff said the ships would sail in spring.").map((r) => r.split(" | ")[0])).toEqual(["the General Staff"]);
  });
});
