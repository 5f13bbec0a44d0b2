import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("envoys expelled or called home, told as nouns (envoy-expulsion-noun, envoy-recall-noun)", () => {
  it("the expeller acts on the envoy's state, in every frame of the noun", () => {
    expect(coded(["Chile ordered the expulsion of the Peruvian ambassador on Monday."])).toContainEqual(["SANCTION", "CHL", "PER"]);
    expect(coded(["Chile announced the expulsion of the Peruvian envoy."])).toContainEqual(["SANCTION", "CHL", "PER"]);
    expect(coded(["Chile's expulsion of the Peruvian envoy angered Lima."])).toContainEqual(["SANCTION", "CHL", "PER"]);
    expect(coded(["The expulsion of the Peruvian ambassador by Chile was announced."])).toContainEqual(["SANCTION", "CHL", "PER"]);
  });

  it("the envoy's state acts on the host named after to, from or in", () => {
    expect(coded(["He announced the repatriation of the Peruvian ambassador to Chile."])).toContainEqual(["SANCTION", "PER", "CHL"]);
    expect(coded(["The recall of Peru's ambassador from Chile was announced on Monday."])).toContainEqual(["SANCTION", "PER", "CHL"]);
  });

  it("an envoy's withdrawal with no host named, or a possible one, is no row", () => {
    expect(types("Peru welcomed the withdrawal of the Chilean ambassador.")).not.toContain("SANCTION");
    expect(types("Peru could announce the recall of its ambassador to Chile.")).not.toContain("SANCTION");
  });
});

describe("calling on an envoy or a leader is a visit (call-on-visit); calling on a side to act is a request", () => {
  it("no infinitive after the person called on: CONSULT, planned with a modal, none negated", () => {
    expect(coded(["The Chilean foreign minister called on the Peruvian ambassador on Monday."])).toEqual([["CONSULT", "CHL", "PER"]]);
    expect(coded(["The Chilean adviser went to call on the Peruvian ambassador to the country, Ana Soto."])).toEqual([["CONSULT", "CHL", "PER"]]);
    expect(types("Chile will call on the Peruvian ambassador on Monday.")).toEqual(["CONSULT"]);
    expect(types("Chile did not call on the Peruvian ambassador.")).toEqual([]);
  });

  it("with an infinitive of what to do, a request", () => {
    expect(coded(["Chile called on the Peruvian ambassador to explain the remarks."])).toEqual([["REQUEST", "CHL", "PER"]]);
    expect(coded(["Chile called on Peru's president to resign."])).toEqual([["REQUEST", "CHL", "PER"]]);
    expect(coded(["Chile called on Peru to withdraw its troops."])).toEqual([["REQUEST", "CHL", "PER"]]);
  });
});

describe("a coup is force used inside its state (coup-noun)", () => {
  it("the state the coup took place in acts, with no target", () => {
    expect(coded(["The summit was postponed because of the coup in Peru."])).toContainEqual(["COERCE", "PER", ""]);
    expect(coded(["The general who led the coup in Peru met the Chilean envoy."])).toContainEqual(["COERCE", "PER", ""]);
  });

  it("a series of coups, a failed one, or the coup's leaders are no coup told", () => {
    expect(types("A series of coups in Peru, Bolivia and Ecuador led to the departure of Chilean forces.")).not.toContain("COERCE");
    expect(types("Peru foiled an attempted coup in May.")).not.toContain("COERCE");
    expect(types("Peruvian coup leaders met the Chilean envoy.")).not.toContain("COERCE");
  });
});

describe("a truce or a contract ended or cancelled is rejected (end-agreement)", () => {
  it("the side that ends it rejects the other side, named after with or from", () => {
    expect(coded(["The Peruvian rebels ended a ceasefire with the Chilean government in August."])).toContainEqual(["REJECT", "PER", "CHL"]);
    expect(coded(["Peru cancelled a contract for rifles from Chile."])).toContainEqual(["REJECT", "PER", "CHL"]);
    expect(coded(["Peru canceled a €6.6 million contract for rifles from a Chilean firm."])).toContainEqual(["REJECT", "PER", "CHL"]);
  });

  it("talks that end, or a cancellation negated, are none", () => {
    expect(types("The talks between Peru and Chile ended without a deal.")).not.toContain("REJECT");
    expect(types("Peru did not cancel the contract with Chile.")).not.toContain("REJECT");
  });
});

describe("told or ordered to act by another side is a request (tell-to)", () => {
  it("the teller asks the side told", () => {
    expect(coded(["The junta in Peru told Chile to withdraw its contingent."])).toContainEqual(["REQUEST", "PER", "CHL"]);
    expect(coded(["Peruvian coup leaders told the Chilean forces to leave."])).toContainEqual(["REQUEST", "PER", "CHL"]);
    expect(coded(["The president of Peru ordered the Chilean envoy to leave."])).toContainEqual(["REQUEST", "PER", "CHL"]);
  });

  it("one's own people, reporters, a clause told and the passive are no request", () => {
    expect(types("Peru's president ordered his subordinates to produce more rifles for Chile.")).not.toContain("REQUEST");
    expect(types("The minister told reporters to expect more sanctions on Peru.")).not.toContain("REQUEST");
    expect(types("The Chilean government has told Lima it is willing to accept the prisoners.")).not.toContain("REQUEST");
    expect(coded(["Chile was told by Peru to withdraw its contingent."])).not.toContainEqual(["REQUEST", "CHL", "PER"]);
  });

  it("advising a side to act asks it too", () => {
    expect(coded(["Peru advised Chile to use diplomatic channels."])).toEqual([["REQUEST", "PER", "CHL"]]);
  });

  it("the act a side is told or ordered to do is none told (directive_verbs)", () => {
    expect(coded(["Chile told Peru to withdraw its contingent."])).toEqual([["REQUEST", "CHL", "PER"]]);
    expect(coded(["The Chilean president ordered the Peruvian envoy to leave the country at once."])).toEqual([["REQUEST", "CHL", "PER"]]);
  });
});
