/**
 * A verb of announcing whose object is a noun phrase tells what the speaker made known: "Lima
 * announced a ban on copper exports", "the ministry announced Friday a set of countermeasures",
 * "announced the charges against him". The object is the statement's words. Sanctions or an aid
 * package announced are the act itself (the events table keeps them): no words.
 */
import { type Anchor, type Ctx, type Token, tokenAt } from "./sentence.ts";

/** Parts of speech such an object opens with: "a ban", "Peru's ban", "new tariffs", "two probes" (or "its", "their"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(["DET", "PROPN", "NUM", "ADJ", "NOUN"]);

/** How many words the head of the object is looked for in ("a sweeping new set …"): bounded. */
const MAX_HEAD_WORDS = 8;

/** Whether the noun phrase between `start` and `stop` after an announcing verb is words made known. */
export function announcesObject(ctx: Ctx, anchor: Anchor, start: number, stop: number): boolean {
  if (anchor.participle || !ctx.words.nounPhraseAnnouncements.has(anchor.verb.lemma)) return false;
  const first = ctx.tokens[tokenAt(ctx, start)];
  if (!first || first.start >= stop || !(OBJECT_OPENERS.has(first.pos) || ctx.words.possessivePronouns.has(first.lower))) return false;
  const head = objectHead(ctx, tokenAt(ctx, start), stop);
  return !!head && !ctx.words.announcedActHeads.has(head.lemma);
}

/** The last noun before the object's first preposition, comma or verb: "a 30% tariff on …" → "tariff". */
function objectHead(ctx: Ctx, from: number, stop: number): Token | undefined {
  const { tokens } = ctx;
  let head: Token | undefined;
  for (let i = from; i < tokens.length && i < from + MAX_HEAD_WORDS && tokens[i].start < stop; i++) {
    const t = tokens[i];
    if (t.pos === "NOUN" || t.pos === "PROPN") head = t;
    else if (t.pos === "ADP" || t.pos === "VERB" || t.pos === "AUX" || t.pos === "CCONJ" || t.pos === "PUNCT" || (t.pos === "PRON" && i > from)) break;
  }
  return head;
}
