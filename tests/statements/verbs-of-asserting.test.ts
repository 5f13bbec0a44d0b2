import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const rows = (text: string) => statementsOf(text).map((r) => [r.speaker, r.stance]);

describe("verbs of asserting and arguing that speak before a clause", () => {
  it("read the clause after 'that'", () => {
    expect(rows("The unions charged that the operator had hidden the losses.")).toEqual([["the unions", "accuse"]]);
    expect(rows("The owner objected that the fine was far too high.")).toHaveLength(1);
    expect(rows("The mayor repeated that no ferry would be sold.")).toHaveLength(1);
    expect(rows("The auditor reasoned that the losses had begun years earlier.")).toHaveLength(1);
    expect(rows("The captain confessed that he had ignored the radar.")).toEqual([["the captain", "confirm"]]);
  });

  it("tell an act without one", () => {
    for (const text of ["The operator charged the batteries overnight.", "Both sides agreed a new deal on Monday.", "The inspectors repeated the test twice.", "The owner objected to the plan."]) expect(rows(text)).toEqual([]);
  });
});

describe("manners of speaking", () => {
  it("speak with a quotation only", () => {
    expect(rows('"Get off the quay!" the guard shouted.')).toEqual([["the guard", "other"]]);
    expect(rows('"We are nearly there," the pilot whispered.')).toEqual([["the pilot", "other"]]);
    expect(rows("The guard shouted at the crowd.")).toEqual([]);
  });
});

describe("verbs of reproach and apology", () => {
  it("are statements with their stance", () => {
    expect(rows("The minister berated the board for the delays.")).toEqual([["the minister", "condemn"]]);
    expect(rows("The mayor derided the plan as a gift to developers.")).toEqual([["the mayor", "condemn"]]);
    expect(rows("The mayor apologised for the delays.")).toEqual([["the mayor", "other"]]);
  });
});

describe("the topic of a closing attribution", () => {
  it("is part of the attribution: 'said of the plan'", () => {
    const text = 'The plan was debated. "It is responsible," Lena Voss, director of the Harbour Policy Center, said of the plan.';
    expect(statementsOf(text).map((r) => [r.speaker, r.quote])).toEqual([["Lena Voss", "It is responsible"]]);
    expect(statementsOf("The quay is safe, the mayor said of the inspection.").map((r) => r.quote)).toEqual(["The quay is safe"]);
  });
});

describe("a question told after 'about'", () => {
  it("is the words of the verb, not the topic of a closing attribution", () => {
    const rows = statementsOf("Speaking to the press, the harbour master joked about whether the ferry had a warranty.");
    expect(rows.map((r) => r.quote)).not.toContain("Speaking to the press");
  });
});
