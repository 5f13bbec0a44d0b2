import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

/** Speaker, via and words of each statement of one invented sentence. */
const vias = (text: string) => extractStatements(makeDoc(text)).map((s) => [s.speaker, s.via, s.quote]);

describe("a broadcaster or platform the words were said on (data/channels.yaml)", () => {
  it("after the verb of saying and a time, in capitals or by the platform's name, with its programme", () => {
    expect(vias("“The count was rigged,” the governor said this month on CNBC.")).toEqual([["the governor", "CNBC", "The count was rigged"]]);
    expect(vias("“The count was rigged,” Tomas Vial wrote on Twitter.")).toEqual([["Tomas Vial", "Twitter", "The count was rigged"]]);
    expect(vias("Ana Ruiz argued on MSNBC's “Morning Desk” that the count was rigged.")).toEqual([["Ana Ruiz", "MSNBC's “Morning Desk”", "the count was rigged"]]);
  });

  it("a name in capitals that a noun follows is a place, no channel", () => {
    expect(vias("“The count was rigged,” Ana Ruiz said on US soil.")).toEqual([["Ana Ruiz", "", "The count was rigged"]]);
  });
});
