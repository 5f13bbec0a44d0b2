/**
 * A subject with a participle and a time after its noun ("A study released last year found that …"):
 * the participle is a reduced relative on the subject, not where the subject ends
 * (loaders/statements/subject-end.ts). Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a reduced relative with a time between the subject and its verb of saying", () => {
  it("reads the noun before the participle as the speaker", () => {
    expect(spoken("A Port Audit Office study released last year found that the dockers were underpaid.")).toEqual(["Port Audit Office: the dockers were underpaid"]);
    expect(spoken("A ferry survey published in March said that crossings had fallen by half.")).toEqual(["a ferry survey: crossings had fallen by half"]);
  });

  it("leaves a sentence whose participle has no noun before it alone", () => {
    expect(spoken("Released last year, the tender drew no bidders.")).toEqual([]);
  });
});
