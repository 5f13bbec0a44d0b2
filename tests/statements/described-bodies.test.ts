import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";
import { framesNamed } from "./speaker-frames.ts";

// A body described by its kind, not named ("the media outlet", "the Iran-backed movement"), is the body of that kind the
// article named or described before it. Descriptions × frames of attribution, in invented sentences.
const FRAMES = framesNamed("X said that", "..., X said", '"...," X told reporters', "X added that", "X, in a statement, said");

// [shape, what comes before, the description, the speaker]
const CASES: Array<[string, string, string, string]> = [
  ["an outlet described before by its kind", "Chilean broadcaster Canal Sur reported that Peru moved tanks.", "the media outlet", "Canal Sur"],
  ["an outlet, another speaker between", "Chilean broadcaster Canal Sur reported that Peru moved tanks. According to officials, Peru moved ships.", "the outlet", "Canal Sur"],
  ["an outlet described by its title", "The Chilean daily El Sol reported that Peru moved tanks.", "the newspaper", "El Sol"],
  ["a body with a hyphened backer, named but not heard", "Israel said it struck depots of Hezbollah fighters.", "the Iran-backed movement", "Hezbollah"],
  ["a body with a hyphened backer, heard before", "Hezbollah said it fired rockets at a base.", "the Iran-backed group", "Hezbollah"],
];

const CELLS = CASES.flatMap(([shape, lead, phrase, speaker]) => FRAMES.map(([frame, make]) => [shape, frame, `${lead} ${make(phrase)}`, speaker] as const));

function rowFor(text: string) {
  const doc = makeDoc(text);
  const rows = extractStatements(doc);
  return { row: rows.find((r) => doc.article.raw.slice(r.char_start, r.char_end).includes("frigates")), rows };
}

describe("bodies described by their kind × frames", () => {
  it.each(CELLS)("%s / %s", (_shape, _frame, text, speaker) => {
    const { row, rows } = rowFor(text);
    expect(row, JSON.stringify(rows.map((r) => r.speaker))).toBeDefined();
    expect(row!.speaker).toBe(speaker);
  });
});

describe("descriptions that take up no one", () => {
  it.each([
    ["a person described by an outlet's word is no outlet", "Chilean TV host Ana Ruiz said that Peru moved tanks. The station said that Peru has moved two frigates to the border.", "the station"],
    ["a body of another kind named before", "The IAEA inspected the plant on Monday. The agency said that Peru has moved two frigates to the border.", "the agency"],
    ["a state named before is no movement", "Israel struck depots on Monday. The movement said that Peru has moved two frigates to the border.", "the movement"],
  ])("%s", (_shape, text, speaker) => {
    const { row } = rowFor(text);
    expect(row?.speaker).toBe(speaker);
  });
});
