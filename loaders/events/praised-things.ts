/**
 * Acts of speech aimed at a thing, not at a side: PLOVER's acts are between actors. A danger
 * told to a common good ("a launch that threatens peace and stability") is no side's threat.
 * Praise or support of a thing ("hailed the deal", "praised the move") stays SUPPORT: the
 * thing is usually another side's act, and the gold counts it as support of that side.
 */
import type { ClauseWord } from "./types.ts";

/** Parts of speech of an object's noun phrase that name nothing: "the", "brilliant", "2270", "result". */
const PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "ADV", "PART"]);
/** Most words of the object read. */
const PHRASE_WORDS = 8;
/** Quotation marks a phrase may hold ("supports a “political solution”"). */
const QUOTE = /^["“”'‘’]$/;

/** The head of the object right after `te` when it is a noun phrase naming no party (no name, no pronoun): "a “political solution”" → solution. */
function thingHead(tokens: readonly ClauseWord[], te: number): string | undefined {
  const first = tokens.findIndex((t) => t.start >= te);
  if (first < 0) return undefined;
  let head: ClauseWord | undefined;
  for (let i = first; i < Math.min(tokens.length, first + PHRASE_WORDS); i++) {
    const t = tokens[i];
    if (t.pos === "PROPN" || t.pos === "PRON") return undefined;
    if (QUOTE.test(t.lower)) continue;
    if (!PHRASE.has(t.pos)) break;
    if (t.pos === "NOUN") head = t;
  }
  return head?.lower;
}

/**
 * Whether the object right after `te` is a common good a danger is told to (`goods`): "a launch
 * that threatens peace and stability", "threatens global security" describe a danger, no side's
 * threat to another; "threatened retaliation" names the act threatened and stays one.
 */
export function endangersGood(tokens: readonly ClauseWord[], te: number, goods: ReadonlySet<string>): boolean {
  const head = thingHead(tokens, te);
  return head !== undefined && goods.has(head);
}

/** Whether a speech act with no target is aimed at no side: a threat to a common good. */
export function aimedAtNoSide(entry: { type: string }, tokens: readonly ClauseWord[], te: number, words: { commonGoods: ReadonlySet<string> }): boolean {
  return entry.type === "THREATEN" && endangersGood(tokens, te, words.commonGoods);
}
