/**
 * A tally of votes: "passed on a 311-112 vote", "the House voted 360-58", "adopted by a vote of
 * 14 to 1". Each side is an amount of votes (for, then against); a score written alike
 * elsewhere ("won 3-1") stays no amount (not-amounts.ts), as no word of voting stands by it.
 */
import type { Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import type { Outcome } from "./amounts.ts";
import type { QuantityRow } from "./row.ts";

const isDash = (t: Token | undefined) => !!t && (t.text === "-" || t.text === "–") && t.glued;
const whole = (t: Token | undefined) => t?.kind === "num" && /^\d{1,3}(?:,\d{3})*$/.test(t.text);

/** The two sides of a tally whose first number is at `i`: the token index of the second, or -1. */
function tallyPair(tokens: Token[], i: number): number {
  if (!whole(tokens[i])) return -1;
  if (isDash(tokens[i + 1]) && tokens[i + 2]?.glued && whole(tokens[i + 2])) return i + 2;
  // Hyphened as one modifier: "a 2-to-1 vote".
  if (isDash(tokens[i + 1]) && tokens[i + 2]?.lower === "to" && tokens[i + 2].glued && isDash(tokens[i + 3]) && whole(tokens[i + 4])) return i + 4;
  return tokens[i + 1]?.lower === "to" && whole(tokens[i + 2]) ? i + 2 : -1;
}

/** The first side of a tally whose second number is at `i`, or -1. */
function tallyBefore(tokens: Token[], i: number): number {
  for (const back of [2, 4]) if (i >= back && tallyPair(tokens, i - back) === i) return i - back;
  return -1;
}

/**
 * Whether the clause a tally's noun heads goes on with a modal, a few words on ("a 4-4 ruling by
 * the court would …"): an outcome supposed, no vote cast. A relative clause ("a 5-4 ruling that
 * could …") or a comma ends the search, as the tally's own clause may be factual.
 */
function supposed(tokens: Token[], from: number, lex: QuantityLexicon): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 6); j++) {
    if (tokens[j].kind === "punct" || RELATIVES.has(tokens[j].lower)) return false;
    if (lex.words.tallyModals.has(tokens[j].lower)) return true;
  }
  return false;
}
const RELATIVES = new Set(["that", "which", "who"]);

/** Whether words of voting stand by the pair `first`…`second`: a verb a few words before it, "vote of" before it, or a noun after it. */
function voting(tokens: Token[], first: number, second: number, lex: QuantityLexicon): boolean {
  const { tallyVerbs, tallyNouns } = lex.words;
  // The verb may have its object between: "approved the aid 79-18".
  for (let j = first - 1; j >= Math.max(0, first - 4) && tokens[j].kind !== "punct"; j--) if (tallyVerbs.has(tokens[j].lower)) return true;
  if (tokens[first - 1]?.lower === "of" && tallyNouns.has(tokens[first - 2]?.lower ?? "")) return true;
  // "a 311-112 vote" (but "from 40 to 60 votes" is a range; "a 4-4 ruling would …" is supposed).
  if (isDash(tokens[first + 1]) && tallyNouns.has(tokens[second + 1]?.lower ?? "")) return !supposed(tokens, second + 2, lex);
  // "…; the aid bill also won support, 385-34.": set off by a comma in a sentence that votes.
  const setOff = tokens[first - 1]?.text === "," && isDash(tokens[first + 1]) && (!tokens[second + 1] || /^[.;,]$/.test(tokens[second + 1].text));
  return setOff && tokens.slice(0, first).some((t) => tallyVerbs.has(t.lower) || tallyNouns.has(t.lower));
}

/** A side of a vote's tally at `i`, for or against, as an amount of votes; undefined for any other number. */
export function tallySide(tokens: Token[], i: number, lex: QuantityLexicon): Outcome {
  const ahead = tallyPair(tokens, i);
  const behind = tallyBefore(tokens, i);
  const [first, second] = ahead >= 0 ? [i, ahead] : [behind, i];
  if (first < 0 || !voting(tokens, first, second, lex)) return undefined;
  const value = Number(tokens[i].text.replace(/,/g, ""));
  return { next: i + 1, reading: { first: i, last: i, value, valueMax: "", bound: "exact", unit: lex.words.tallyUnit, category: "count" } };
}

/**
 * Two sides of a vote with one number are of two votes when their tallies differ: "passed on a
 * 366-58 vote" and "voted 360-58" are 58 votes against each, twice.
 */
export function otherTallies(raw: string, earlier: QuantityRow, row: QuantityRow, lex: QuantityLexicon): boolean {
  if (row.unit !== lex.words.tallyUnit || earlier.unit !== lex.words.tallyUnit) return false;
  const [a, b] = [tallyOf(raw, earlier), tallyOf(raw, row)];
  return !!a && !!b && a !== b;
}

/** How far a tally's other side may stand from a side ("366-58", "14 to 1"). */
const TALLY_REACH = 12;

/** The tally a side of a vote stands in, as "366-58"; undefined if none is written by it. */
function tallyOf(raw: string, row: QuantityRow): string | undefined {
  const after = /^\s*(?:[-–]|\s+to\s+)\s*(\d[\d,]*)/.exec(raw.slice(row.char_end, row.char_end + TALLY_REACH));
  if (after) return `${row.value}-${after[1].replace(/,/g, "")}`;
  const before = /(\d[\d,]*)\s*(?:[-–]|\s+to\s+)\s*$/.exec(raw.slice(Math.max(0, row.char_start - TALLY_REACH), row.char_start));
  return before ? `${before[1].replace(/,/g, "")}-${row.value}` : undefined;
}
