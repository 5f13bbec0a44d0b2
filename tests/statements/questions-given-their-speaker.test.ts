import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

const HOLM = "Harbour news.\n\n“Every time you say that,” Holm said, “you give the critics a reason to close the port.”\n\n";

describe("a quoted question whose bare attribution follows it (split-attribution.ts)", () => {
  it("reads a verb that takes its words as an object, with no object of its own, as the attribution", () => {
    expect(spoken("Harbour news. “Why is the quay still closed to the ferries?” Holm demanded.")).toEqual(["Holm: Why is the quay still closed to the ferries?"]);
    expect(spoken("Harbour news. “Who will pay for the new quay?” the mayor urged.")).toEqual(["the mayor: Who will pay for the new quay?"]);
  });

  it("keeps an object after the verb as an act of its own, and a verb that speaks only with a quotation of its own as no attribution", () => {
    expect(spoken("Harbour news. “Will the quay reopen?” Holm demanded an answer.")).toEqual(["Holm: demanded an answer"]);
    expect(spoken("Harbour news. “Will the quay reopen?” The rain continued.")).toEqual([]);
  });

  it("gives a question that opens the next paragraph to the speaker named after it, not to the quotation before", () => {
    for (const verb of ["demanded", "asked"]) {
      const rows = statementsOf(`${HOLM}“Why isn’t this clear proof that the port is too big to manage?” Per Berg ${verb}.`);
      expect(rows.map((r) => r.speaker)).toEqual(["Holm", "Per Berg"]);
      expect(rows[0].quote).not.toContain("Why");
      expect(rows[1].quote).toBe("Why isn’t this clear proof that the port is too big to manage?");
    }
  });

  it("still carries on the quotation before when no attribution follows the question", () => {
    const rows = statementsOf(`${HOLM}“Why isn’t this clear proof that the port is too big to manage?”\n\nThe board met on Friday.`);
    expect(rows).toHaveLength(1);
    expect(rows[0].quote).toContain("too big to manage?");
  });
});
