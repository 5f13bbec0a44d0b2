/** Attribution as general news writes it: frames, speakers' names and titles, archives' quotation marks, descriptions that take up a person. */
import { describe, expect, it } from "vitest";
import { expectOffsets, only, statements } from "./plain-doc.ts";

describe("general attribution rules", () => {
  it("takes the name in apposition to a title as the speaker, the title as role", () => {
    const raw = "Japan's defence minister, Minoru Kihara, said on Tuesday that Pyongyang had shipped shells to Moscow.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Minoru Kihara", speaker_role: "Japan's defence minister", speaker_country: "JPN", kind: "indirect", stance: "accuse", date: "2024-06-25" });
    expectOffsets(raw, row, "Pyongyang had shipped shells to Moscow");
  });

  it("reads a content-first attribution past an acronym in parentheses, and names the body fully later", () => {
    const raw = "Pyongyang has sent about 3,000 troops to Russia, South Korea's National Intelligence Service (NIS) said on Monday. The NIS said the soldiers were training near Vladivostok.";
    const rows = statements(raw);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ speaker: "South Korea's National Intelligence Service (NIS)", speaker_country: "KOR", stance: "accuse", date: "2024-06-24" });
    expectOffsets(raw, rows[0], "Pyongyang has sent about 3,000 troops to Russia");
    expect(rows[1].speaker).toBe("South Korea's National Intelligence Service (NIS)");
  });

  it("keeps the person addressed and the place out of the quote and the channel", () => {
    const raw = "“We will never abandon our allies,” Lloyd Austin told Japanese Prime Minister Shigeru Ishiba at a dinner in Tokyo.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Lloyd Austin", kind: "direct", via: "", quote: "We will never abandon our allies" });
    expectOffsets(raw, row, "We will never abandon our allies");
  });

  it("resolves 'he' to a person who opens a sentence after the last speaker", () => {
    const raw = 'Lloyd Austin said the drills were a provocation. Sergei Lavrov met reporters in Moscow on Friday. "We have nothing to hide," he said.';
    const rows = statements(raw);
    expect(rows.map((r) => r.speaker)).toEqual(["Lloyd Austin", "Sergei Lavrov"]);
    expect(rows[1]).toMatchObject({ kind: "direct", speaker_country: "RUS" });
  });

  it("treats non-comments as no statement", () => {
    expect(statements("The ministry has not confirmed the report.")).toHaveLength(0);
    expect(statements("Officials have not said whether the talks will resume.")).toHaveLength(0);
  });

  it("ends the content before the attribution when an adverbial trails it", () => {
    const raw = "Russia received more than 1,000 containers of shells, the Pentagon said, weeks after the summit in Pyongyang.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "the Pentagon", stance: "accuse", kind: "indirect" });
    expectOffsets(raw, row, "Russia received more than 1,000 containers of shells");
  });

  it("joins a claim and a condemnation by one speaker, with the condemnation's stance", () => {
    const raw = "Secretary of State Antony Blinken said on Tuesday that Pyongyang had sent troops to Russia and condemned the move as reckless.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Antony Blinken", stance: "condemn", kind: "indirect" });
    expect(row.quote).toBe("Pyongyang had sent troops to Russia … condemned the move as reckless");
    expectOffsets(raw, row, "Pyongyang had sent troops to Russia and condemned the move as reckless");
  });

  it("follows a quote over a paragraph whose closing mark is left off", () => {
    const raw = "“The shells keep coming,” said Oleksandr Ivanov, a Ukrainian commander. “We count them every night.\n\n“Without help, we cannot hold the line.”";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Oleksandr Ivanov", kind: "direct", speaker_role: "Ukrainian commander" });
    expect(row.quote.split(" … ")).toHaveLength(3);
    expectOffsets(raw, row, "The shells keep coming");
  });

  it("reads a weekday before the verb as time, not as the speaker, when the article has no date", () => {
    const raw = 'North Korea on Friday threatened "resolute" action against the drills.';
    const row = only(raw, "");
    expect(row).toMatchObject({ speaker: "North Korea", stance: "threaten", kind: "mixed" });
  });

  it("names a body taken up by a definite description as the article first named it", () => {
    const raw = "An International Atomic Energy Agency panel of experts visited the site in May. In its annual report, the panel said the reactor had restarted.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "International Atomic Energy Agency panel of experts", via: "annual report" });
    expectOffsets(raw, row, "the reactor had restarted");
  });
});

describe("speakers written as they are in general news", () => {
  it("keeps a possessor's modifiers the lists do not know: South Korea's coast guard agency", () => {
    expect(only("South Korea's coast guard agency told lawmakers on Monday that 300 boats were seized.")).toMatchObject({ speaker: "South Korea's coast guard agency", speaker_country: "KOR" });
    // A press name the gazetteer knows as an alias gives the body's full name where the article names the body,
    // and stays as written where it does not ("as fully as the article gives it").
    expect(only("South Korea's spy agency told lawmakers on Monday that 300 soldiers were killed. The National Intelligence Service was founded in 1961.")).toMatchObject({ speaker: "South Korea's National Intelligence Service", speaker_country: "KOR" });
    expect(only("South Korea's spy agency told lawmakers on Monday that 300 soldiers were killed.")).toMatchObject({ speaker: "South Korea's spy agency", speaker_country: "KOR" });
  });
  it("reads a title written short before a name: Mr., Gov.", () => {
    expect(only('"Everybody knew what to expect," Mr. Barrett said.')).toMatchObject({ speaker: "Barrett", kind: "direct" });
    expect(only('"It is early," Gov. Greg Abbott said.')).toMatchObject({ speaker: "Greg Abbott" });
  });
  it("takes a speaking role of general news as the speaker: the governor", () => {
    expect(only("The Indiana governor said Democrats are to blame.")).toMatchObject({ speaker: "the Indiana governor", kind: "indirect" });
  });
});

describe("quotations as archives and wires write them", () => {
  it("reads two apostrophes as a quotation mark: ''like this''", () => {
    const raw = "''That's Mexico's vulnerability,'' said Luis Rubio.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Luis Rubio", kind: "direct" });
    expectOffsets(raw, row, "That's Mexico's vulnerability");
  });
  it("keeps an initial inside the speaker's name", () => {
    expect(only('"It works," said John F. Kennedy.')).toMatchObject({ speaker: "John F. Kennedy", kind: "direct" });
  });
});

describe("descriptions that take up a person named earlier", () => {
  it("the Russian president is the Russian president the article named, even where he did not speak", () => {
    const raw = "Russian President Vladimir Putin met Kim on Wednesday. The Russian president told reporters that Kim showed great interest in rockets.";
    expect(only(raw)).toMatchObject({ speaker: "Vladimir Putin", speaker_country: "RUS" });
  });
  it("an indefinite description names no one", () => {
    const raw = "Russian President Vladimir Putin met Kim on Wednesday. A Russian official said the talks went well.";
    expect(only(raw)).toMatchObject({ speaker: "a Russian official" });
  });
});
