/**
 * Where the analysis layer's part of speech of a trigger word is read again from the word
 * before it: a noun's opening words ("these demands"), a verb's form no verb takes there.
 */
import type { Word } from "../analysis/index.ts";
import type { RoleContext } from "./types.ts";

/** Parts of speech that open a noun phrase before its noun: "these demands", "stable demand", "for the request". */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "ADP"]);

/**
 * Whether the word before words[i] opens a noun phrase of which words[i] is the noun ("these
 * demands", "stable demand"), not an adverb of a verb after a modal ("will likely request").
 */
export function opensNounPhrase(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before || !NOUN_PHRASE_OPENERS.has(before.pos)) return false;
  const modal = words[i - 2];
  return !(before.pos === "ADJ" && modal?.pos === "AUX" && modal.lemma !== "be");
}

/** Words before a noun that no finite verb follows: "from", "to" (whose infinitive is plain), "the", "these" (not "that", which opens a clause). */
const NO_FINITE_VERB_AFTER: ReadonlySet<string> = new Set(["ADP", "DET", "PART"]);

/**
 * Whether words[i], tagged a verb in its -s form, is a plural noun: a preposition or a
 * determiner stands right before it, where no finite verb can ("reeling from attacks last
 * week", "respond to strikes on ships"); "to attack" keeps the infinitive's plain form.
 */
export function nounReadAsVerb(words: readonly Word[], i: number): boolean {
  const word = words[i];
  const before = words[i - 1];
  if (!before || !NO_FINITE_VERB_AFTER.has(before.pos) || before.lower === "that") return false;
  return word.lower !== word.lemma && word.lower.endsWith("s");
}

/**
 * The parties that may be the doer of an act's noun: when the noun is the object of a verb of
 * observing or judging ("Japan's coast guard reported a missile launch", "Chile condemned the
 * test"), the verb's subject is not; a party inside the object ("Peruvian drills") may be.
 */
export function unobserved<P extends { start: number }>(ctx: RoleContext, parties: P[]): P[] {
  const entry = ctx.entry;
  if (!entry || !(entry.noun || (entry.trigger.pos.has("NOUN") && !entry.trigger.pos.has("VERB")))) return parties;
  const start = Math.max(0, ctx.ts - 80);
  const verb = ctx.words.observedNoun.exec(ctx.text.slice(start, ctx.ts));
  return verb ? parties.filter((p) => p.start >= start + verb.index) : parties;
}

/** Parts of speech of a noun phrase's words before its noun ("a striking", "the bombing"): the -ing word is its noun or adjective. */
const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);

/** Parts of speech that open an object right after a verb: "striking Peru", "bombing the city". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(["PROPN", "DET"]);

/**
 * The verb lemmas an -ing or -ed word may stand for when the analysis layer read it as an
 * adjective or a noun of its own ("striking", "bombing", "the accused") although an object
 * follows it, with no noun phrase's opening word before it: "by striking Peru", "is bombing
 * the city", "who all accused Peru" (a quantifier floated after its pronoun or noun,
 * `floating` from data/event-words.yaml, is no opening word). The stem as written, with an
 * "e" restored ("strik" → "strike"), a doubled consonant undone ("shell") or "ied" → "y".
 */
export function verbFormLemmas(words: readonly Word[], i: number, floating: ReadonlySet<string>): string[] {
  const word = words[i];
  // Every word of every sentence comes here: the tags first, the form only of an adjective or noun.
  if ((word.pos !== "ADJ" && word.pos !== "NOUN") || word.lemma !== word.lower) return [];
  const form = /^([a-z]{3,})(ing|ed)$/.exec(word.lower);
  if (!form) return [];
  const before = words[i - 1];
  const floated = before !== undefined && floating.has(before.lower) && ["PRON", "NOUN", "PROPN"].includes(words[i - 2]?.pos ?? "");
  if (!OBJECT_OPENERS.has(words[i + 1]?.pos ?? "") || (before && !floated && (NOUN_PHRASE_WORDS.has(before.pos) || /^['’]s?$/.test(before.lower)))) return [];
  // "by armed Chilean rebels", "wounded Peruvian soldiers": an -ed adjective before a name is one, unless a quantifier floats before it.
  if (form[2] === "ed" && !floated) return [];
  const stem = form[1];
  return [stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : []), ...(/i$/.test(stem) ? [`${stem.slice(0, -1)}y`] : [])];
}

/** A perfect's auxiliary: "have sold", "has sent", "had given", "having built". */
const PERFECT = /^ha(?:ve|s|d|ving)$/;

/**
 * The verb lemma of an irregular participle the analysis layer read as an adjective or a noun
 * right after a perfect's "have" ("is believed to have sold rifles", "has already sent"): a
 * perfect is always verbal. `irregular` maps each participle to its lemma.
 */
export function perfectParticipleLemma(words: readonly Word[], i: number, irregular: ReadonlyMap<string, string>): string | undefined {
  const word = words[i];
  if (word.pos !== "ADJ" && word.pos !== "NOUN") return undefined;
  const before = words[i - 1]?.pos === "ADV" ? words[i - 2] : words[i - 1];
  return before && PERFECT.test(before.lower) ? irregular.get(word.lower) : undefined;
}
