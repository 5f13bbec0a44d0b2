/**
 * Verbs of naming that speak without a quotation (`naming_verbs` in data/statement-words.yaml):
 * "called it a hoax", "branded them reckless", "called the offer an insult", "called her vote
 * in favour of the war a mistake". What the object is called is the speaker's words; a verb of
 * naming that only calls or summons ("called the police at once") says nothing.
 */
import { type Anchor, type Ctx, type Token, tokenAt } from "./sentence.ts";

/** Words a noun phrase named by a verb of naming may take before its adjective ("the new harbour charges"). */
const MAX_NAMED_WORDS = 4;

/**
 * Whether a verb of naming speaks without a quotation: a pronoun and then an article or an adjective
 * ("called it a hoax", "branded them reckless"), a noun phrase and an adjective that ends the clause
 * ("called the charges unfounded"), or a noun phrase and then a noun phrase with "a"/"an" ("called the
 * offer an insult", "branded Hale's plan a gamble"); not "called him on Monday", "called the police at
 * once" nor "called the office a second time".
 */
export function namesWithoutQuotation(ctx: Ctx, anchor: Anchor): boolean {
  if (!ctx.words.namingVerbs.has(anchor.verb.lemma)) return false;
  const { tokens } = ctx;
  const k = tokenAt(ctx, anchor.end);
  const object = tokens[k];
  const next = tokens[k + 1];
  if (!object || !next || ctx.quoted[object.start]) return false;
  // "called her a liar" names her; "called her vote … a mistake" names what is hers.
  const possessive = ctx.words.possessivePronouns.has(object.lower) && (next.pos === "NOUN" || next.pos === "PROPN");
  if (ctx.words.objectPronouns.has(object.lower) && !possessive) return next.lower === "a" || next.lower === "an" || next.pos === "ADJ";
  const opensPhrase = NAMED_OPENERS.has(object.pos) || ctx.words.possessivePronouns.has(object.lower);
  if (!opensPhrase) return false;
  for (let i = k + 1; i < tokens.length && i <= k + MAX_NAMED_AS_WORDS; i++) {
    const t = tokens[i];
    if (namedAs(ctx, tokens, i)) return true;
    if (i > k + MAX_NAMED_WORDS) {
      // A longer object before "a"/"an" may hold a preposition or a list: "her vote in favour of the war a mistake".
      if (ctx.quoted[t.start] || !NAMED_OBJECT_WORDS.has(t.pos)) return false;
      continue;
    }
    // "called the election early": a time is when, not what it was called.
    if (t.pos === "ADJ" && (tokens[i - 1].pos === "NOUN" || tokens[i - 1].pos === "PROPN") && !ctx.words.timePointers.has(t.lower)) {
      const after = tokens[i + 1];
      return !after || after.pos === "PUNCT" || after.pos === "CCONJ";
    }
    if (!NAMED_OBJECT_WORDS.has(t.pos) && !/^['’]s$/.test(t.text)) return false;
    // Only "a"/"an" after a preposition or a list: "the police at once" is no naming.
    if (object.pos !== "DET" && t.pos === "ADP" && i === k + 1) return false;
  }
  return false;
}

/** Tags a named object may open with: "the offer", "Hale", "climate change", "rising rents". */
const NAMED_OPENERS: ReadonlySet<string> = new Set(["DET", "PROPN", "NOUN", "ADJ"]);
/** Tags of the words of a named object: "her vote in favour of the war", "the citation and the demand". */
const NAMED_OBJECT_WORDS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ", "PART"]);
/** Words a named object may take before "a"/"an" and what it is called. */
const MAX_NAMED_AS_WORDS = 10;

/**
 * Whether token `i` opens the second noun phrase of a naming, after the object's last word ("the offer an insult"):
 * an indefinite article and a noun or an adjective that is no count of times ("a second time", "an hour later").
 */
function namedAs(ctx: Ctx, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if ((t.lower !== "a" && t.lower !== "an") || !before || !after || ctx.quoted[t.start]) return false;
  // The tagger may read a noun as an adjective ("his rival a fraud").
  if (before.pos !== "NOUN" && before.pos !== "PROPN" && before.pos !== "ADJ") return false;
  if (ctx.words.namingNotComplements.has(after.lower)) return false;
  return after.pos === "NOUN" || after.pos === "ADJ";
}
