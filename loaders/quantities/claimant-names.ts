/**
 * Names and their asides around a claimant's verb, read from the tokens: a name the gazetteer
 * does not know ("the International Institute for Strategic Studies says"), a name after a
 * description ("lawmaker Lee Seong-kweun"), an apposition or a participle's aside set off by
 * commas, a time phrase between the claimant and the verb (claimants.ts uses them).
 */
import type { Token } from "../numbers.ts";
import type { Context } from "./claimants.ts";

/** The comma that opens an aside closed by the comma at `close` when a participle opens it (", deploying 30 boats,"). */
export function participleAsideStart(ctx: Context, close: number): number | undefined {
  for (let k = close - 1; k > 0 && close - k <= 15; k--) {
    if (ctx.tokens[k].text !== ",") continue;
    return /^\p{Ll}{3,}ing$/u.test(ctx.tokens[k + 1]?.text ?? "") ? k : undefined;
  }
  return undefined;
}

/** The comma that opens an apposition closed by the comma at `close` (", a spokesman for the ministry,"), if it reads as one. */
export function appositionStart(ctx: Context, close: number): number | undefined {
  for (let k = close - 1; k >= 0 && close - k <= 12; k--) {
    if (ctx.tokens[k].text !== ",") continue;
    // ", a spokesman for the ministry," or ", governor of the region,".
    const opener = ctx.tokens[k + 1];
    return opener && (ctx.words.articles.has(opener.lower) || (opener.text === opener.lower && !!ctx.claimantNounAt?.(k + 1))) ? k : undefined;
  }
  return undefined;
}

/**
 * A name the gazetteer does not know, ending at token `p`: a run of capitalised words
 * ("the International Institute for Strategic Studies says", "Defence Minister Shin Won-sik said").
 */
export function namedBefore(ctx: Context, p: number): string | undefined {
  const s = nameStart(ctx, p);
  // An article opening the sentence is capitalised but no part of the name ("A Harvard study found").
  return s === undefined ? undefined : ctx.raw.slice(ctx.tokens[s].start, ctx.tokens[p].end).replace(/^(?:The|An?)\s+/, "") || undefined;
}

/** The first token of the run of capitalised words ending at token `p` (namedBefore). */
export function nameStart(ctx: Context, p: number): number | undefined {
  const capital = (t: Token | undefined) => !!t && t.kind !== "punct" && /^\p{Lu}/u.test(t.text);
  if (!capital(ctx.tokens[p])) return undefined;
  let s = p;
  while (s > 0) {
    const prev = ctx.tokens[s - 1];
    if (capital(prev) || (prev.glued && ctx.tokens[s].glued)) s--;
    else if (ctx.words.nameConnectors.has(prev.lower) && capital(ctx.tokens[s - 2]) && prev.lower !== "the") s--;
    else break;
  }
  // A lone capitalised word that opens the sentence may be any word ("Officials said" is handled above).
  if (s === 0 && s === p && ctx.tokens[0].start === ctx.sentenceStart) return undefined;
  // A day or a month is never a claimant ("a Sunday report").
  if (s === p && (ctx.words.weekdays.has(ctx.tokens[p].lower) || ctx.words.months.has(ctx.tokens[p].lower))) return undefined;
  return s;
}

/**
 * The token before a time phrase that ends at token `p` ("on Monday", "last week", "on Dec. 19",
 * "today"), or `p` when none ends there: "Blinken on Monday said" is Blinken's claim.
 */
export function beforeTimePhrase(ctx: Context, p: number): number {
  const w = ctx.words;
  const at = (k: number) => ctx.tokens[k]?.lower ?? "";
  let q = p;
  if (w.weekdays.has(at(q)) || w.claimantTimeDays.has(at(q))) q--;
  else if (w.claimantTimeUnits.has(at(q)) && w.claimantTimeOpeners.has(at(q - 1))) q -= 2;
  else if (ctx.tokens[q]?.kind === "num" && w.months.has(at(q - 1).replace(/\.$/, ""))) q -= 2;
  else if (ctx.tokens[q]?.kind === "num" && at(q - 1) === "." && w.months.has(at(q - 2))) q -= 3;
  else return p;
  while (q >= 0 && w.claimantTimeOpeners.has(at(q))) q--;
  return q;
}

/** A person's name right after token `p` ("lawmaker Lee Seong-kweun", "official Sergei Shoigu"): two capitalised words or more. */
export function nameAfter(ctx: Context, p: number): string | undefined {
  const capital = (t: Token | undefined) => !!t && t.kind === "word" && /^\p{Lu}/u.test(t.text);
  let k = p + 1;
  if (!capital(ctx.tokens[k])) return undefined;
  let words = 0;
  let last = k;
  while (capital(ctx.tokens[k]) || (ctx.tokens[k]?.glued && ctx.tokens[k].text === "-" && capital(ctx.tokens[k + 1]))) {
    if (capital(ctx.tokens[k]) && !ctx.tokens[k].glued) words++;
    last = k;
    k++;
  }
  return words >= 2 ? ctx.raw.slice(ctx.tokens[p + 1].start, ctx.tokens[last].end) : undefined;
}
