/**
 * The size of a survey's sample given as a bare number: "the registered voter sample is 834",
 * "the likely voter sample was 651", "a sample of 1,200". The sample counts whom it names before
 * the noun ("registered voter" → registered voters), else people, as polls sample people.
 */
import pluralize from "pluralize";
import type { Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { singular } from "./noun-phrases.ts";

/** How many words before the sample noun may name whom it samples ("the likely Latino voter sample"). */
const MODIFIER_REACH = 3;

/** A bare number that sizes a sample named just before it, with the unit of whom it samples; else the reading as it was. */
export function sampleSize(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  if (r.unit || r.category !== "number" || r.valueMax !== "") return r;
  const link = tokens[r.first - 1]?.lower ?? "";
  const noun = r.first - 2;
  if (!lex.words.sampleLinks.has(link) || !lex.words.sampleNouns.has(tokens[noun]?.lower ?? "")) return r;
  // "sample of 1,200 adults" is read with its noun; only a bare number comes here.
  let from = noun;
  while (from > Math.max(0, noun - MODIFIER_REACH) && tokens[from - 1].kind === "word" && !lex.words.stopWords.has(tokens[from - 1].lower)) from--;
  if (from === noun) return { ...r, unit: lex.words.casualtyUnit, category: "personnel" };
  const head = singular(tokens[noun - 1].lower, lex.words);
  const unit = [...tokens.slice(from, noun - 1).map((t) => t.lower), pluralize.plural(head)].join(" ");
  const category = lex.categories.get(head) ?? "count";
  return { ...r, unit, item: [from, noun - 1], category };
}
