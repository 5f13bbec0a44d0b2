import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a place after a location word in a speaker phrase", () => {
  it("is where the speaker is, not who speaks", () => {
    expect(spoken("The strike hit a house near the port, according to San Martin Hospital in Arica, where the victims were taken.")).toEqual(["San Martin Hospital in Arica: The strike hit a house near the port"]);
    expect(spoken("According to a clinic near Tacna, the strike hit a house.")).toEqual(["a clinic near Tacna: the strike hit a house"]);
    expect(spoken("A doctor in Arica said the strike hit a house.")).toEqual(["a doctor in Arica: the strike hit a house"]);
  });

  it("still reads a person named after a title", () => {
    expect(spoken("Port director Ana Ruiz said the strike hit a house.")).toEqual(["Ana Ruiz: the strike hit a house"]);
  });
});

describe("a definite document named after a body that spoke in the plural", () => {
  it("speaks for that body", () => {
    expect(spoken("Chile's armed forces said on Monday that they had sunk a boat. “This is the first strike of its kind,” the statement said.")).toEqual([
      "Chile's armed forces: they had sunk a boat",
      "Chile's armed forces: This is the first strike of its kind",
    ]);
    expect(spoken("Peru's armed forces said on Monday that two boats had landed. The crews were detained, according to the statement.")).toEqual([
      "Peru's armed forces: two boats had landed",
      "Peru's armed forces: The crews were detained",
    ]);
  });
});
