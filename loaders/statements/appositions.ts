/**
 * Appositions between a speaker's name and its verb, read backwards from the verb: "Pak Jong Chon,
 * one of …, said", "Tomas Lind, 56, who has served …, said", "Lena Voss -- co-author of … -- said".
 */
import { type Ctx } from "./sentence.ts";
import { parenthesisOpen } from "./subject-clauses.ts";

/** The head's last token, and the appositions' words and where they start in the sentence. */
export interface Apposed {
  head: number;
  apposition: string;
  appositionStart: number;
}

/** How many appositions may stand between a speaker's name and its verb ("Tomas Lind, 56, of Ashton, Md., who has served …, said"). */
const MAX_APPOSITIONS = 4;

export const isAppositionMark = (t: string | undefined) => t === "," || t === "--" || t === "—" || t === "–";

/**
 * The head before the appositions that end at the comma or dash `close`: "Pak Jong Chon, one of …, said"
 * (one), "Tomas Lind, 56, who has served …, said", "Lena Voss -- co-author of … -- said" (several, back to
 * a phrase that can speak). Several are tried only where one leaves no speaker; undefined for an unclosed one.
 */
export function appositionsBefore(ctx: Ctx, close: number, phraseStart: (end: number) => number, speaks: (end: number) => boolean): Apposed | undefined {
  const { tokens, text } = ctx;
  let first: Apposed | undefined;
  let j = appositionOpen(ctx, close);
  for (let segments = 0; segments < MAX_APPOSITIONS && j >= 0 && !ctx.quoted[tokens[j].start]; segments++) {
    const gap = text.slice(tokens[j].end, tokens[close].start);
    const appositionStart = tokens[j].end + (gap.length - gap.trimStart().length);
    let i = j - 1;
    // "Rep. Ana Ruiz (D-N.M.), chairman of the caucus, said": a short parenthesis after the name, before its apposition.
    const open = tokens[i]?.text === ")" ? parenthesisOpen(ctx, i) : -1;
    if (open > 0) i = open - 1;
    // "of Ashton, Md., who …": an abbreviation's stop ends the phrase before the comma; its word is the phrase's last.
    if (tokens[i]?.text === "." && i >= 1 && tokens[i - 1].end === tokens[i].start && tokens[i - 1].word) i--;
    const found = { head: i, apposition: text.slice(appositionStart, tokens[close].start).trim(), appositionStart };
    first ??= found;
    if (i < 1 || (speaks(i) && !hometown(ctx, phraseStart(i), phraseStart))) return found;
    // The phrase before is one more apposition when a comma or dash opens it ("Tomas Lind, 56, who …,").
    j = phraseStart(i) - 1;
    if (!isAppositionMark(tokens[j]?.text)) break;
  }
  return first;
}

/**
 * Whether the phrase from token `start` is where a speaker is from, in apposition ("Ana Ruiz, 59, of Ashton,
 * Md., said"): "of" or "from" opens it right after a comma, or opens the town before its region. The place
 * does not speak; the name before it does.
 */
function hometown(ctx: Ctx, start: number, phraseStart: (end: number) => number, region = true): boolean {
  const { tokens } = ctx;
  const links = ctx.words.hometownLinks;
  const k = links.has(tokens[start]?.lower ?? "") ? start : start - 1;
  if (links.has(tokens[k]?.lower ?? "") && tokens[k - 1]?.text === ",") return true;
  // "of Ashton, Md.": the region after the town's comma is the same place.
  return region && start >= 2 && tokens[start - 1]?.text === "," && hometown(ctx, phraseStart(start - 2), phraseStart, false);
}

/** The comma or dash that opens the apposition whose closing mark is token `close`, or -1. */
function appositionOpen(ctx: Ctx, close: number): number {
  const { tokens } = ctx;
  const mark = tokens[close].text;
  let j = close - 1;
  while (j >= 0 && tokens[j].text !== mark && close - j < 30) j--;
  return j >= 0 && tokens[j].text === mark ? j : -1;
}

/**
 * The name before a description that stands in apposition to it, both before the verb: "Ana Ruiz, the head of the
 * coalition, which farmers founded, said" (the description at token `start`). The name speaks, the description is
 * its role. The name must open the sentence or a clause, not stand inside a phrase of its own ("after Ana Ruiz, …").
 */
export function nameBeforeDescription(ctx: Ctx, start: number, phraseStart: (end: number) => number, isName: (text: string) => boolean): { start: number; end: number } | undefined {
  const { tokens, text } = ctx;
  if (start < 2 || tokens[start - 1].text !== ",") return undefined;
  const nameStart = phraseStart(start - 2);
  if (nameStart > start - 2 || (nameStart > 0 && tokens[nameStart - 1].text !== ",")) return undefined;
  // Only a proper name: "Unlike Tom Reed, the head of …" opens with a preposition.
  if (tokens.slice(nameStart, start - 1).some((t) => t.word && t.pos !== "PROPN")) return undefined;
  const name = { start: tokens[nameStart].start, end: tokens[start - 2].end };
  return isName(text.slice(name.start, name.end)) ? name : undefined;
}
