/**
 * Names the gazetteer does not know, read after "according to": a run of capitalised words with a
 * name's connectors ("according to Friends of Clean Rivers"), and such a name after a few words
 * that describe it ("according to the event organizer Alliance to Reclaim Our Schools").
 */
import type { Token } from "../numbers.ts";
import type { Context } from "./claimants.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** How many lower-case words may describe a name after "according to the": "the event organizer Alliance …". */
const DESCRIBER_WORDS = 3;

/**
 * "according to the event organizer Alliance to Reclaim Our Schools", "according to the group
 * Friends of Clean Rivers": a name the gazetteer does not know, after a few words that describe it
 * (no word of grammar between: "a senior official in Lima" names no claimant Lima).
 */
export function describedThenNamed(ctx: Context, q: number, lex: QuantityLexicon): string | undefined {
  let p = q;
  while (ctx.tokens[p] && lex.words.articles.has(ctx.tokens[p].lower)) p++;
  const from = p;
  while (p - from < DESCRIBER_WORDS && ctx.tokens[p]?.kind === "word" && ctx.tokens[p].text === ctx.tokens[p].lower && !lex.words.stopWords.has(ctx.tokens[p].lower)) p++;
  return p > from ? nameRunAt(ctx, p) : undefined;
}

/**
 * A run of capitalised words starting at token `p` and closed by punctuation or the sentence's end
 * ("Gerasimov,"), with a name's connectors between ("Friends of Clean Rivers", "Alliance to Reclaim Our Schools").
 */
export function nameRunAt(ctx: Context, p: number): string | undefined {
  const capital = (t: Token | undefined) => !!t && t.kind === "word" && /^\p{Lu}\p{Ll}/u.test(t.text);
  let k = p;
  while (k - p < NAME_RUN_WORDS) {
    if (capital(ctx.tokens[k])) k++;
    else if (k > p && ctx.words.nameConnectors.has(ctx.tokens[k]?.lower ?? "") && ctx.tokens[k].lower !== "the" && capital(ctx.tokens[k + 1])) k += 2;
    else break;
  }
  const next = ctx.tokens[k];
  if (k === p || (next && next.kind !== "punct")) return undefined;
  if (ctx.words.weekdays.has(ctx.tokens[p].lower) || ctx.words.months.has(ctx.tokens[p].lower)) return undefined;
  return ctx.raw.slice(ctx.tokens[p].start, ctx.tokens[k - 1].end);
}

/** How many words a run of capitalised words may take as a name. */
const NAME_RUN_WORDS = 7;

