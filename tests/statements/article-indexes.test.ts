import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { articlePeople, definedAcronym } from "../../loaders/speakers/article-people.ts";
import { namedIssuer } from "../../loaders/speakers/issuer.ts";

const lex = loadStatementLexicon();
const issuerWords = { ...lex.speakerWords, roleWords: lex.roleWords };

// Pieces of invented prose: document nouns with and without their agents, names, stops, quotes.
const PIECES = [
  "A report by the Harbour Monitoring Team", "the report by a UN panel of experts on Varnia", "The report said", "a statement from",
  "statements from the Coastal Command", "report from", "the Norland Ministry", "an analysis by", "The analysis",
  ", ", ". ", "; ", "\"", " ", "said on Thursday", "Harbour Defense Agency (HDA)", "the HDA", "the panel", "A United Nations panel of experts",
  "Panel", "panel of expertsX", "reports by", "Ábel", "café", "-",
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(" "));

describe("an article's people, indexed once", () => {
  it("names a document's issuer at any offset as a search of all the text before it does", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("report", "reports", "statement", "analysis"), fc.integer({ min: 0, max: 10 }), (raw, head, from) => {
        const people = articlePeople(raw, Math.min(from, raw.length), lex, []);
        for (let before = 0; before <= raw.length; before++) {
          expect(people.documentIssuer(head, before)).toBe(namedIssuer(raw, Math.min(from, raw.length), before, head, issuerWords));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("finds the fuller name a description takes up at any offset as a search of the text before it does", () => {
    // The search the index stands for: the last match of the text up to the offset.
    const searched = (raw: string, head: string, before: number) => {
      const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4})${head}((?:\\s+of\\s+\\p{Ll}+)?)\\b`, "gu");
      // Or the name written right after the head ("company Sea Lark"), unless it holds a day.
      const named = new RegExp(`\\b${head}\\s+(\\p{Lu}[\\p{L}\\p{N}’'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}’'-]*){0,3})`, "gu");
      const upTo = raw.slice(0, before);
      const found = [
        ...[...upTo.matchAll(pattern)].map((m) => ({ end: m.index! + m[0].length, text: `${m[1]}${head}${m[2]}`.replace(/^(?:A|An|The)\s+/, "") })),
        ...[...upTo.matchAll(named)].filter((m) => !m[1].split(/\s+/).some((w) => lex.words.days.has(w.toLowerCase()))).map((m) => ({ end: m.index! + m[0].length, text: m[1] })),
      ];
      return found.sort((x, y) => x.end - y.end).at(-1)?.text ?? "";
    };
    fc.assert(
      fc.property(text, fc.constantFrom("panel", "report", "Ministry"), (raw, head) => {
        const people = articlePeople(raw, 0, lex, []);
        for (let before = 0; before <= raw.length; before++) expect(people.antecedent(head, before)).toBe(searched(raw, head, before));
      }),
      { numRuns: 150 },
    );
  });

  it("reads an acronym's definition once, wherever the article gives it", () => {
    const raw = 'The HDA said the shells were old. The Harbour Defense Agency (HDA) was founded in 1990. "No," the HDA said.';
    const people = articlePeople(raw, 0, lex, []);
    expect(people.acronym("HDA")).toBe("Harbour Defense Agency");
    expect(people.acronym("HDA")).toBe(definedAcronym(raw, "HDA"));
    expect(people.acronym("KCN")).toBe("");
  });
});
