import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("', citing' an act, not a document's issuer (statements/closing.ts namesIssuer)", () => {
  it("leaves the words with the speaker when the cited phrase names an act with a name joined on after it", () => {
    const text = "Harbour unions warned that the board was giving up its leverage.\n\nThe port \"has changed for the better,\" Brennock said in June 2012, citing the release of jailed crews and Vale's election to parliament.";
    expect(spoken(text)).toEqual(["Harbour unions: the board was giving up its leverage", "Brennock: The port \"has changed for the better,\""]);
  });

  it("still gives the words to a document's issuer named before its head or after 'by'", () => {
    expect(spoken("The port is full, the mayor said, citing an Andean Trade Council report.")).toEqual(["Andean Trade Council: The port is full"]);
    expect(spoken("The port is full, the mayor said, citing a report by Harbour Watch.")).toEqual(["Harbour Watch: The port is full"]);
  });
});
