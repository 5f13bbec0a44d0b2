import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("an organisation's initials the gazetteer lacks", () => {
  it("speak as a body after 'the'", () => {
    expect(spoken("The PNF has accused Chilean hackers of stealing funds from a Lima bank.")).toEqual(["PNF: accused Chilean hackers of stealing funds from a Lima bank"]);
  });

  it("are a body that a later 'it' takes up", () => {
    expect(spoken("In comments to a radio station, DINAV also said Lima had begun shipping guns to Bolivia.\n\n“In total, over 100 guns have been sent,” it added.")).toEqual([
      "DINAV: Lima had begun shipping guns to Bolivia",
      "DINAV: In total, over 100 guns have been sent",
    ]);
  });
});

describe("a report that carries someone's words", () => {
  it("gives the words to the one the report says spoke, whatever the verb", () => {
    expect(spoken("The Lima Times reported last week that Peruvian border guards stationed in Tacna stated that they had seen no Chilean troops in the area.")).toEqual([
      "Peruvian border guards: they had seen no Chilean troops in the area",
    ]);
  });
});
