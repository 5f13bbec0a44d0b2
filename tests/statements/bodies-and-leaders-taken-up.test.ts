import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a body named by its organisation and its own name, taken up by 'the <organisation> <body word>'", () => {
  it("reads a programme or a fund with a capitalised name as a body, not a person", () => {
    expect(spoken("The UN Relief Program said forty trucks reached Arica.")).toEqual(["the UN Relief Program: forty trucks reached Arica"]);
  });

  it("gives 'the UN agency' the UN body named before", () => {
    const rows = spoken('Forty trucks of food reached Arica on Monday, according to the UN World Food Program. In a brief post, the UN agency said another convoy was on its way. "Smooth journey so far," the UN agency added.');
    expect(rows).toEqual([
      "the UN World Food Program: Forty trucks of food reached Arica on Monday",
      "the UN World Food Program: another convoy was on its way",
      "the UN World Food Program: Smooth journey so far",
    ]);
  });
});

describe("an office of 'X-General' and a leader taken up by what they lead", () => {
  it("reads the name after 'the Controller-General of Customs,' as the speaker", () => {
    expect(spoken("The acting Controller-General of Customs, Tomas Vell, said the rifles were seized.")).toEqual(["Tomas Vell: the rifles were seized"]);
    expect(spoken("Director-General Tomas Vell said the rifles were seized.")).toEqual(["Tomas Vell: the rifles were seized"]);
  });

  it("gives 'the Customs boss' and the pronoun after it the person whose title names Customs", () => {
    const rows = spoken('Addressing reporters in Arica, the acting Director-General of Customs, Tomas Vell, said the rifles were seized at the north pier. The Customs boss said, "We found the rifles in drums." He said two men were arrested.');
    expect(rows.map((r) => r.split(":")[0])).toEqual(["Tomas Vell", "Tomas Vell", "Tomas Vell"]);
    expect(spoken("Harbour Director Tomas Vell said the rifles were seized. The Harbour chief added that two men were held.")).toEqual(["Tomas Vell: the rifles were seized", "Tomas Vell: two men were held"]);
  });

  it("leaves a leader of something the title does not name as the description", () => {
    expect(spoken("Harbour Director Tomas Vell said the rifles were seized. The Navy boss added that two men were held.")[1]).toMatch(/^the Navy boss: /);
  });
});

describe("a person known by another name", () => {
  it("gives the one-word name given after ', known as' the full name", () => {
    expect(spoken("Militia leader General Luis Alberto Cano, commonly known as Tito, leads the group. Tito said the war would go on.")).toEqual(["Luis Alberto Cano: the war would go on"]);
  });
});

describe("a body and the person who speaks for it", () => {
  it("leaves 'the foreign ministry' and its 'it' to the ministry after its spokesman spoke", () => {
    const rows = spoken('Forty trucks reached Arica, foreign ministry spokesman Tomas Vell said on Wednesday. The foreign ministry said the aid consists of food. The remaining 500 tonnes, it said, came from Peru. "Chile thanks all states," it said.');
    expect(rows.map((r) => r.split(":")[0])).toEqual(["Tomas Vell", "the foreign ministry", "the foreign ministry", "the foreign ministry"]);
  });

  it("still gives 'the agency' the name written after a body's title", () => {
    expect(spoken("Two cables were cut, Finnish transport agency Traficom said. A fourth cable was also cut, the agency said.").map((r) => r.split(":")[0])).toEqual(["Traficom", "Traficom"]);
  });
});

describe("capitals that stand for a name", () => {
  it("reads capitals never defined as the name written out before, one word for each letter", () => {
    const rows = spoken('The Ministry of External affairs said Peru was unfairly targeted. "It is unfortunate," the MEA added.');
    expect(rows[1]).toMatch(/^Ministry of External affairs \(MEA\): It is unfortunate/);
  });

  it("keeps a state's initials before a name defined by its capitals", () => {
    expect(spoken("The U.S. Department of Fisheries (DOF) said two boats sank. According to the DOF, the boats were old.")[1]).toMatch(/^U\.S\. Department of Fisheries \(DOF\): /);
  });
});

describe("a headquarters as a body", () => {
  it("reads 'the headquarters' as the body named before, and its thanks as words", () => {
    const rows = spoken("The Coordination Headquarters for Prisoners said 100 bodies were returned. The headquarters also thanked the Red Cross for their assistance.");
    expect(rows.map((r) => r.split(":")[0])).toEqual(["the Coordination Headquarters for Prisoners", "the Coordination Headquarters for Prisoners"]);
  });
});
