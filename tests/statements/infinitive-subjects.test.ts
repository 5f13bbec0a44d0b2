import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("an infinitive with its own subject after 'for' tells no speech (infinitive-subjects.ts)", () => {
  it("keeps the clause whole for the speaker who argues it, and gives its noun phrase no row", () => {
    expect(spoken("Ana Soto argues there is little point for Peru to respond now to the threats of Chile.")).toEqual([
      "Ana Soto: there is little point for Peru to respond now to the threats of Chile",
    ]);
    expect(spoken("Ana Soto said it was time for the council to announce its plan.")).toEqual(["Ana Soto: it was time for the council to announce its plan"]);
  });
});

describe("an infinitive after a form of 'be' tells no speech (infinitive-subjects.ts beInfinitive)", () => {
  it("lays blame on its subject, which says nothing: 'the bank is to blame'", () => {
    expect(spoken("The bank is to blame for the losses, the report said.")).toEqual(["the report: The bank is to blame for the losses"]);
    expect(spoken("Critics said the port authority was partly to blame for the delays.")).toEqual(["Critics: the port authority was partly to blame for the delays"]);
  });

  it("tells a plan or a purpose, not words said: 'is to announce', 'the aim was to warn'", () => {
    expect(spoken("The minister is to announce the plan on Monday.")).toEqual([]);
    expect(spoken("Ana Soto said the aim was to warn the smugglers.")).toEqual(["Ana Soto: the aim was to warn the smugglers"]);
  });
});
