import { describe, expect, it } from "vitest";
import { statementsOf, spoken } from "./read.ts";

/** The speaker and stance of each row, "speaker/stance". */
const who = (text: string) => statementsOf(text).map((r) => `${r.speaker}/${r.stance}`);

describe("English's reporting verbs as a class (data/speech-verbs.yaml)", () => {
  it("reads verbs of telling that take a clause, in either spelling", () => {
    expect(spoken("Mayor Ida Berg pointed out that the bridge had been closed since May.")).toEqual(["Ida Berg: the bridge had been closed since May"]);
    expect(spoken("The harbour master clarified that no ferry had sailed that night.")).toEqual(["the harbour master: no ferry had sailed that night"]);
    expect(spoken("The port authority emphasised that the quay would reopen in spring.")).toEqual(["the port authority: the quay would reopen in spring"]);
    expect(spoken("The port authority emphasizes that the quay would reopen in spring.")).toEqual(["the port authority: the quay would reopen in spring"]);
    expect(spoken("Senator Ruth Okoye underlined that the canal budget had doubled.")).toEqual(["Ruth Okoye: the canal budget had doubled"]);
    expect(spoken("The guild disclosed that two cranes had failed their inspection.")).toEqual(["the guild: two cranes had failed their inspection"]);
    expect(spoken("Governor Paul Lenk tweeted that the tunnel would stay shut.")).toEqual(["Paul Lenk: the tunnel would stay shut"]);
  });

  it("reads a finding or a plan told only before 'that' (outlined, concluded)", () => {
    expect(spoken("Admiral Rolf Kern outlined that the fleet would sail north in May.")).toEqual(["Rolf Kern: the fleet would sail north in May"]);
    expect(spoken("The inspectors concluded that the dam had been poorly built.")).toEqual(["the inspectors: the dam had been poorly built"]);
    expect(spoken("Admiral Rolf Kern outlined a plan for the fleet.")).toEqual([]);
  });

  it("gives each verb of judging its stance: cautioned warns, deplored condemns, disputed denies, congratulated supports", () => {
    expect(who("The envoy cautioned that the talks could collapse within days.")).toEqual(["the envoy/warn"]);
    expect(who("The fishermen's union deplored the closure of the northern quay.")).toEqual(["the fishermen's union/condemn"]);
    expect(who("The shipping firm disputed the harbour board's account of the collision.")).toEqual(["the shipping firm/deny"]);
    expect(who("President Ana Ruiz congratulated both mayors on the new ferry deal.")).toEqual(["Ana Ruiz/support"]);
    expect(who("The council welcomed the decision to rebuild the pier.")).toEqual(["the council/support"]);
    expect(who("Lawmakers lambasted the plan to sell the harbour.")).toEqual(["Lawmakers/condemn"]);
  });

  it("reads verbs whose object is what was told: highlighted, reassured, notified", () => {
    const highlighted = statementsOf("General Ivo Saar highlighted the courage of the rescue crews during the flood.");
    expect(highlighted.map((r) => r.speaker)).toEqual(["Ivo Saar"]);
    expect(highlighted[0].quote).toContain("the courage of the rescue crews");
    const reassured = statementsOf("The minister reassured farmers that grain prices would hold.");
    expect(reassured.map((r) => r.speaker)).toEqual(["the minister"]);
    expect(reassured[0].quote).toContain("grain prices would hold");
    expect(statementsOf("The agency notified parliament of its approval of the ferry sale.").map((r) => r.speaker)).toEqual(["the agency"]);
  });

  it("leaves a thing that highlights, or a verb of the list used as an adjective, no statement", () => {
    expect(statementsOf("The incident highlighted the risks of the crossing.")).toEqual([]);
    expect(statementsOf("It was a promising start for the new ferry line.")).toEqual([]);
  });
});

describe("a curly quotation closed by a straight mark", () => {
  it("reads the quotation and the sentence that follows it apart", () => {
    expect(spoken("“We will rebuild the pier,\" the mayor said. “I hope the ferry is back by June,\" she added.")).toEqual([
      "the mayor: We will rebuild the pier",
      "the mayor: I hope the ferry is back by June",
    ]);
  });

  it("still reads a straight quotation nested in a curly one as inner words", () => {
    const rows = statementsOf("“They called it \"a small delay\" and left,” the mayor said.");
    expect(rows.map((r) => r.quote)).toEqual(["They called it \"a small delay\" and left"]);
  });
});
