/**
 * Verbs that speak only where a word follows their object (`after_object` in
 * data/speech-verbs.yaml): "cited the audit as the reason" names what the object is, while
 * "cited intelligence from …" names a source; "attacked Berg for her vote" condemns in words,
 * while "attacked for the third night" or "as winter began" tells an attack of arms;
 * "attributed the blast to a gang" ascribes, where "linked arms" does not.
 */
import { speechVerbAt } from "../attribution.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, proseEnd } from "./sentence.ts";

/** Words an object may take before the word a verb needs after it ("cited rising rents in the city as evidence"). */
const MAX_WORDS_BEFORE_COMPLEMENT = 8;

/**
 * Whether one of `words` follows the object of a verb that needs it, within a few words: "as", opening no
 * speech of someone else's ("cited Peskov as saying" is a frame of its own), "for" before a possessive or an
 * -ing form ("attacked Berg for her vote", "for backing the toll"; not "for the third night"), or "to" and
 * "with" before a noun phrase ("attributed the attack to gangs"; not "linked to", with no object).
 */
export function complementAfterObject(ctx: Ctx, verbToken: number, words: readonly string[]): boolean {
  const { tokens } = ctx;
  const stop = proseEnd(ctx);
  for (let k = verbToken + 1; k < tokens.length && k <= verbToken + MAX_WORDS_BEFORE_COMPLEMENT + 1 && tokens[k].start < stop; k++) {
    if (ctx.quoted[tokens[k].start] || tokens[k].text === ",") return false;
    const next = tokens[k + 1];
    // "a sailor, identified as Pedro Soto, said": "as" right after the verb has no object before it, a passive participle's.
    if (tokens[k].lower === "as" && words.includes("as")) return k > verbToken + 1 && !ctx.words.relayParticiples.has(next?.lower ?? "") && !ctx.words.addingParticiples.has(next?.lower ?? "") && nounPhraseAfterAs(ctx, k + 1, stop);
    if (tokens[k].lower === "for" && words.includes("for") && next) return ctx.words.possessivePronouns.has(next.lower) || /ing$/.test(next.lower) || /^['’]s$/.test(tokens[k + 2]?.text ?? "");
    // "attributed the attack to gangs", "linked the boat with a cartel": an object first, then a noun phrase, not an infinitive ("to bridge").
    if ((tokens[k].lower === "to" || tokens[k].lower === "with") && words.includes(tokens[k].lower)) return k > verbToken + 1 && !!next && (NOUN_PHRASE_OPENERS.has(next.pos) || participleBeforeNoun(ctx, k + 1));
  }
  return false;
}

/** Tags of the words that open the noun phrase after "to" or "with" ("to suspected gang members", "to Tren de Aragua"). */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "NUM", "PROPN", "PRON"]);

/** Whether the token at `k` is a participle read as a modifier of the noun after it ("to suspected gang members"). */
function participleBeforeNoun(ctx: Ctx, k: number): boolean {
  const [t, next] = [ctx.tokens[k], ctx.tokens[k + 1]];
  return t.pos === "VERB" && /ed$/.test(t.lower) && !!next && (next.pos === "NOUN" || next.pos === "ADJ");
}

/** Words that follow "as" and make it no naming of what the object is ("as well as", "as part of"). */
const AS_NOT_NAMING: ReadonlySet<string> = new Set(["well", "part", "soon", "long", "much", "many", "far", "if", "though"]);

/** Tags of the words that open the noun phrase after "as" ("as a fraud", "as inaccurate", "as cowards"). */
const AS_PHRASE_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "NUM", "PROPN"]);

/**
 * Whether "as" at token `from` - 1 opens a noun phrase that says what the object is ("as cowards", "as the
 * reason he gave", "as evidence that …"), not a clause of when or why whose subject has its verb right after
 * it ("as winter began", "as the war went on").
 */
function nounPhraseAfterAs(ctx: Ctx, from: number, stop: number): boolean {
  const { tokens } = ctx;
  const first = tokens[from];
  // A quotation names it in the speaker's words: 'as "a disgrace"'.
  if (first && ctx.quoted[first.start]) return true;
  if (!first || AS_NOT_NAMING.has(first.lower) || !AS_PHRASE_TAGS.has(first.pos)) return false;
  let k = from;
  while (k < tokens.length && tokens[k].start < stop && (tokens[k].pos === "DET" || tokens[k].pos === "ADJ" || tokens[k].pos === "NUM")) k++;
  while (k < tokens.length && tokens[k].start < stop && (tokens[k].pos === "NOUN" || tokens[k].pos === "PROPN")) k++;
  const after = tokens[k];
  return !after || after.start >= stop || (after.pos !== "VERB" && after.pos !== "AUX");
}

/**
 * Whether the object of the verb at `verbToken` is given words of its own by "as" and a gerund of saying ("cited
 * the minister as saying …", "quoted her aide as telling …"): the object speaks, by the frame of relayed speech,
 * and the verb names only who relays.
 */
export function objectSaysAs(ctx: Ctx, verbToken: number, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  for (let k = verbToken + 2; k < tokens.length && k <= verbToken + MAX_WORDS_BEFORE_COMPLEMENT + 1; k++) {
    if (ctx.quoted[tokens[k].start] || tokens[k].text === ",") return false;
    if (tokens[k].lower === "as") return /ing$/.test(tokens[k + 1]?.lower ?? "") && !!speechVerbAt(tokens, k + 1, lex);
  }
  return false;
}

/** Words a neutral verb's object may take before its noun of saying ("cited a recent admission by …"). */
const MAX_WORDS_BEFORE_SOURCE_NOUN = 3;

/**
 * Whether the object of a verb that passes words on (`relays` in data/speech-verbs.yaml) is another's words with
 * their author ("cited an admission by the operator that …", "highlighted a report from the agency that …"): the
 * author speaks, by the noun of saying. A verb that takes a side on them keeps its row ("denied claims by …",
 * "echoed statements by the mayor that …" takes them up as the speaker's own).
 */
export function objectIsAnothersWords(ctx: Ctx, verbToken: number, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  for (let k = verbToken + 1; k < tokens.length && k <= verbToken + MAX_WORDS_BEFORE_SOURCE_NOUN + 1; k++) {
    const t = tokens[k];
    if (lex.sourceNouns.has(t.lower) || lex.stanceNouns.has(t.lower)) return /^(?:by|from)$/.test(tokens[k + 1]?.lower ?? "");
    if (t.pos !== "DET" && t.pos !== "ADJ") return false;
  }
  return false;
}

/** Whether a quotation opens right after a verb of judging (not one of telling: "cited", "linked"), at `verbEnd`. */
export function quotedJudgement(ctx: Ctx, verbEnd: number, verb: { stance: string }): boolean {
  if (verb.stance === "other") return false;
  return ctx.quotes.some((q) => q.open >= verbEnd && /^\s*$/.test(ctx.text.slice(verbEnd, q.open)));
}
