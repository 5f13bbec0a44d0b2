import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";
import { framesNamed } from "./speaker-frames.ts";

// Speaker phrases × frames of attribution, in invented sentences: the frame matrix varies the frame with one speaker;
// this one varies the speaker phrase. The speaker is the name as fully as the article gives it, a body's name, or an
// anonymous speaker's description (../shared/annotation-guide.md); speaker_country is the state spoken for.
type Phrase = [shape: string, phrase: string, speaker: string, country: string, lead?: string];

const FRAMES = framesNamed("X said that", "..., X said", "According to X", '"...," X told reporters');

const PHRASES: Phrase[] = [
  ["title + name", "Chilean Defence Minister Ana Ruiz", "Ana Ruiz", "CHL"],
  ["name, apposition", "Ana Ruiz, Chile's defence minister,", "Ana Ruiz", "CHL"],
  ["ambassador to another state", "Ambassador to Peru Jorge Vidal", "Jorge Vidal", "CHL", "Chile recalled its envoys on Monday."],
  ["envoy to a body, of another state", "Envoy to the United Nations Jorge Vidal", "Jorge Vidal", "CHL", "Chile recalled its envoys on Monday."],
  ["body with a state adjective", "the Chilean Treasury Department", "Chilean Treasury Department", "CHL"],
  ["its manufacturer", "its manufacturer", "manufacturer", "", "Chile bought a radar last year."],
  ["the captive", "the captive", "captive", "", "A Chilean sailor was held in Lima."],
  ["the three countries", "the three countries", "three countries", ""],
  ["both governments", "both governments", "both governments", ""],
  ["plural officials", "Chilean officials", "Chilean officials", "CHL"],
  ["people familiar", "two people familiar with the matter", "two people familiar with the matter", ""],
  ["spokesman for a body", "a spokesman for the Chilean navy", "spokesman for the Chilean navy", "CHL"],
  ["possessive body + role + name", "Chile's foreign ministry spokeswoman Ana Ruiz", "Ana Ruiz", "CHL"],
  ["name with particles", "Chilean Senator Luis de la Fuente", "Luis de la Fuente", "CHL"],
  ["hyphenated name", "Chilean Senator Ana Ruiz-Tagle", "Ana Ruiz-Tagle", "CHL"],
  ["Korean-style name", "Peruvian envoy Kim Yong-hyun", "Kim Yong-hyun", "PER"],
  ["initial", "Chilean navy commander J. Vidal", "J. Vidal", "CHL"],
  // A reduced relative after the head: the head speaks, not the place of the participle's phrase.
  ["reduced relative, irregular participle", "a Chilean sailor held in Lima", "Chilean sailor", "CHL"],
  ["reduced relative, regular participle", "two Chilean soldiers captured in Tacna", "Chilean soldiers", "CHL"],
  ["possessive pronoun + head", "their lawyer", "lawyer", ""],
  ["postmodifying adjective", "officials familiar with the talks", "officials", ""],
  ["spokeswoman at a body", "a spokeswoman at the Chilean embassy", "spokeswoman at the Chilean embassy", "CHL"],
];

// Cells still open: the speaker reading gets them wrong today (kept visible as todo, not asserted).
const OPEN = new Set<string>([]);


const CELLS = PHRASES.flatMap(([shape, phrase, speaker, country, lead]) =>
  FRAMES.map(([frame, make]) => [shape, frame, `${lead ? `${lead} ` : ""}${make(phrase)}`, speaker, country] as const),
);

function rowFor(text: string) {
  const doc = makeDoc(text);
  const rows = extractStatements(doc);
  const row = rows.find((r) => doc.article.raw.slice(r.char_start, r.char_end).includes("frigates"));
  return { row, rows };
}

describe("speaker phrases × frames", () => {
  it.each(CELLS.filter(([shape, frame]) => !OPEN.has(`${shape} / ${frame}`)))("%s / %s", (_shape, _frame, text, speaker, country) => {
    const { row, rows } = rowFor(text);
    const seen = JSON.stringify(rows.map((r) => [r.speaker, r.speaker_country]));
    expect(row, seen).toBeDefined();
    expect(row!.speaker.toLowerCase(), seen).toContain(speaker.toLowerCase());
    expect(row!.speaker_country, seen).toBe(country);
  });
});

if (OPEN.size > 0) {
  describe("speaker phrases × frames not read yet", () => {
    for (const cell of OPEN) it.todo(cell);
  });
}

// A name closing the sentence ("…, Ana Ruiz said"): the reported clause before her comma is no role of hers.
describe("the clause before a closing name", () => {
  it.each([
    ["Peru has moved two frigates to the border, Ana Ruiz said.", "Ana Ruiz"],
    ["Peru has moved two frigates to the border, Luis de la Fuente said.", "Luis de la Fuente"],
  ])("%s", (text, speaker) => {
    const { row } = rowFor(text);
    expect(row?.speaker).toBe(speaker);
    expect(row?.speaker_role).toBe("");
    expect(row?.speaker_country).toBe("");
  });
});

// A person described again by what was done to them: the earlier description, its participle too, is the speaker.
describe("a description taken up by a head of what was done", () => {
  it.each([
    ["A captured Chilean soldier said Peru had tanks. The prisoner said that Peru has moved two frigates to the border.", "captured Chilean soldier"],
    ["A detained Chilean sailor said Peru had tanks. Peru has moved two frigates to the border, the detainee said.", "detained Chilean sailor"],
    ["Peru has moved two frigates to the border, a retired Chilean general said.", "retired Chilean general"],
  ])("%s", (text, speaker) => {
    expect(rowFor(text).row?.speaker).toContain(speaker);
  });
});
