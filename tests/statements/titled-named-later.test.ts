import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a definite titled description the article names in the next sentences", () => {
  it("gives a state's minister the person named next with that title (that-clause, fronted adverbial)", () => {
    expect(spoken("Chile's foreign minister said on Monday that talks with Peru would resume. In an interview in Lima, Foreign Minister Alberto Vidal accused Peru of stalling the border talks.")).toEqual([
      "Alberto Vidal: talks with Peru would resume",
      "Alberto Vidal: accused Peru of stalling the border talks",
    ]);
  });

  it("reads a closing attribution and a name in apposition with the same title", () => {
    expect(spoken("The frigate had left Valparaiso, the navy's spokesman said. Luis Cano, the navy's spokesman, added that the crew was safe.")).toEqual([
      "Luis Cano: The frigate had left Valparaiso",
      "Luis Cano: the crew was safe",
    ]);
  });

  it("reads an inverted attribution and a title before the name told to reporters", () => {
    const rows = spoken("The border posts will stay open, said Peru's interior minister. Interior Minister Rosa Tello told reporters the guards had been doubled.");
    expect(rows[0]).toBe("Rosa Tello: The border posts will stay open");
  });

  it("keeps the description when the person named next holds another title or has none", () => {
    expect(spoken("Chile's foreign minister said that talks with Peru would resume. Chilean Defence Minister Rosa Tello said the patrols had ended.")[0]).toBe(
      "Chile's foreign minister: talks with Peru would resume",
    );
    expect(spoken("The frigate had left Valparaiso, the spokesman said. Ana Rojas, head of the port authority, said the pier was shut.")[0]).toBe("the spokesman: The frigate had left Valparaiso");
  });

  it("keeps the description when the minister named next speaks for another state", () => {
    expect(spoken("Chile's foreign minister said that talks with Peru would resume. Peruvian Foreign Minister Rosa Tello said the talks had not been set.")[0]).toBe(
      "Chile's foreign minister: talks with Peru would resume",
    );
  });

  it("keeps two spokesmen of different bodies apart", () => {
    expect(spoken("The frigate had left Valparaiso, the navy's spokesman said. Ana Rojas, the army's spokesman, said the troops would stay in Arica.")).toEqual([
      "the navy's spokesman: The frigate had left Valparaiso",
      "Ana Rojas: the troops would stay in Arica",
    ]);
  });

  it("keeps a description of someone the article never names", () => {
    expect(spoken("The border posts will stay open, Peru's interior minister said. The guards were doubled on Sunday.")).toEqual([
      "Peru's interior minister: The border posts will stay open",
    ]);
  });
});

describe("an unnamed official and the person named next, by the body each serves", () => {
  it("keeps an official of one body when the person named next heads another", () => {
    expect(spoken("The trawler was towed into Arica, a coast guard official said. Ana Rojas, director of the national fisheries agency, said the catch was lower.")).toEqual([
      "a coast guard official: The trawler was towed into Arica",
      "Ana Rojas: the catch was lower",
    ]);
  });

  it("gives a military official the officer named next in a ministry of defence", () => {
    expect(spoken("Half of the shells were faulty, a Peruvian military official said. Gen. Rosa Tello, deputy head of the intelligence directorate of Peru's defence ministry, told a radio station the rest were old.")[0]).toBe(
      "Rosa Tello: Half of the shells were faulty",
    );
  });
});
