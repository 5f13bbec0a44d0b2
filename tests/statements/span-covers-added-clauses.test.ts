import { describe, expect, it } from "vitest";
import { makeDoc } from "../helpers.ts";
import { extractStatements } from "../../loaders/statements.ts";

/** Each row's span as written in the article, with its quote column. */
function spans(body: string) {
  const doc = makeDoc(body, "2024-06-24");
  return extractStatements(doc).map((r) => ({ speaker: r.speaker, span: doc.article.raw.slice(r.char_start, r.char_end), quote: r.quote }));
}

describe("a statement's span covers all it says in its sentence", () => {
  // Our own sentences: a participle or a coordinated verb of saying adds words of the same speaker.
  const cases: Array<[string, string, string]> = [
    ["The mayor said the bridge would reopen in May, adding that tolls would stay the same.", "the bridge would reopen in May", "tolls would stay the same"],
    ["Councillor Ana Ruiz said the budget was too thin, noting that two clinics had closed.", "the budget was too thin", "two clinics had closed"],
    ["“We will not sign,” the union said, adding that talks could resume next week.", "We will not sign", "talks could resume next week"],
    ["The ministry said the drills were routine, saying they posed no threat to shipping.", "the drills were routine", "they posed no threat to shipping"],
    ["Harbour chief Tomas Lind said the cranes were old, and added that new ones were on order.", "the cranes were old", "new ones were on order"],
    ["The coach said the team was tired and warned that the season was far from over.", "the team was tired", "the season was far from over"],
    ["The farmers' league said prices had fallen, noting the drought in the south.", "prices had fallen", "the drought in the south"],
    ["“The roof leaks,” the headteacher told parents, adding that repairs would start in July.", "The roof leaks", "repairs would start in July"],
    ["Police said the driver had fled, adding that a witness saw a grey van.", "the driver had fled", "a witness saw a grey van"],
    ["The auditor said the accounts were in order but warned that reserves were running low.", "the accounts were in order", "reserves were running low"],
  ];

  it.each(cases)("%s", (sentence, first, added) => {
    const rows = spans(sentence);
    expect(rows).toHaveLength(1);
    expect(rows[0].span.startsWith(first)).toBe(true);
    expect(rows[0].span.endsWith(added)).toBe(true);
    expect(rows[0].quote).toContain(added);
  });

  it("leaves the words of the next sentence, which go on a split quotation, outside the span", () => {
    const rows = spans("“The river is rising,” the warden said. “We expect it to crest by Friday.”");
    expect(rows).toHaveLength(1);
    expect(rows[0].span).toBe("The river is rising");
    expect(rows[0].quote).toContain("crest by Friday");
  });
});
