/**
 * A party named with a word of judgement (data/naming-verbs.yaml): "Berg called Lind a liar", "branded the
 * senator reckless", "described him as dangerous", "referred to her as “a disgrace”". The verb's object is a
 * party (a name, "him", "her", "them", a noun that names a speaker) or a thing a party owns ("her plan",
 * "Lind's budget", as judged-parties.ts counts a possessed noun); its complement holds a word of negative
 * valence from the lexicons the judgement reading loads (an accusation) or of positive valence (support).
 * A thing nobody owns ("called the plan a disaster") judges no party. Not where a word before the verb
 * says it was not done ("never called her a liar"), nor in a question or a supposition.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import type { Stance, StatementLexicon } from "../statement-lexicon.ts";
import type { Word } from "../analysis/index.ts";
import { speakerNames, type WordsOf } from "./judged-parties.ts";
import { partyObjectEnd } from "./party-objects.ts";
import type { Draft } from "./sentence.ts";
import { endsInQuestion } from "./told-as-done.ts";

export const NAMING_VERBS_FILE = "naming-verbs.yaml";

const word = z.string().min(1).regex(/^[\p{Ll}'’-]+$/u, "one lower-case word: letters, apostrophes and hyphens");
const schema = z.object({
  verbs: z.record(word, z.array(word).min(1)),
  particles: z.record(word, word),
  linkers: z.array(word),
  negators: z.array(word),
  conditions: z.array(word),
  reach: z.number().int().min(1).max(12),
}).strict();

export interface NamingVerbs {
  /** Each form of a verb of naming, with its dictionary form. */
  readonly verbs: ReadonlyMap<string, string>;
  readonly particles: ReadonlyMap<string, string>;
  readonly linkers: ReadonlySet<string>;
  readonly negators: ReadonlySet<string>;
  readonly conditions: ReadonlySet<string>;
  readonly reach: number;
}

export function loadNamingVerbs(dir = DATA_DIR): NamingVerbs {
  const d = loadDictionary(NAMING_VERBS_FILE, schema, dir);
  const verbs = new Map(Object.entries(d.verbs).flatMap(([lemma, forms]) => forms.map((f): [string, string] => [f, lemma])));
  return { verbs, particles: new Map(Object.entries(d.particles)), linkers: new Set(d.linkers), negators: new Set(d.negators), conditions: new Set(d.conditions), reach: d.reach };
}

/** How many words before the verb a negator or a condition governs it. */
const GOVERNS = 3;

/** "accuse" or "support" where the draft names a party with a word of judgement, else undefined. */
export function namingJudgement(draft: Draft, lex: StatementLexicon, wordsOf: WordsOf): Stance | undefined {
  const { ctx } = draft;
  const base = ctx.sentence.start;
  const from = Math.min(draft.anchor, ...draft.ranges.map((r) => r[0]));
  const to = Math.max(draft.anchor + 1, ...draft.ranges.map((r) => r[1]));
  const tokens = wordsOf(ctx.sentence);
  // A question asks whether the naming was done: "Did he call her a liar?"
  if (endsInQuestion(ctx.text)) return undefined;
  const self = speakerNames(draft);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start - base < from || t.start - base >= to || t.pos === "NOUN" || !lex.namingVerbs.verbs.has(t.lower)) continue;
    if (governed(tokens, i, lex.namingVerbs)) continue;
    const stance = judgedObject(tokens, i, lex, self);
    if (stance) return stance;
  }
  return undefined;
}

/** Whether a negator or a condition stands just before the verb at i ("never called", "did not call", "if she calls"). */
function governed(tokens: readonly Word[], i: number, naming: NamingVerbs): boolean {
  for (let j = i - 1; j >= Math.max(0, i - GOVERNS); j--) {
    if (naming.negators.has(tokens[j].lower) || naming.conditions.has(tokens[j].lower)) return true;
  }
  return false;
}

/** The stance the verb at i's object and complement tell, or undefined where the object is no party's or nothing judges. */
function judgedObject(tokens: readonly Word[], i: number, lex: StatementLexicon, self: ReadonlySet<string>): Stance | undefined {
  const naming = lex.namingVerbs;
  let j = i + 1;
  const particle = naming.particles.get(naming.verbs.get(tokens[i].lower) ?? "");
  if (particle) {
    if (tokens[j]?.lower !== particle) return undefined;
    j++;
  }
  const end = partyObjectEnd(tokens, j, lex, self, true);
  if (end < 0) return undefined;
  j = end;
  if (naming.linkers.has(tokens[j]?.lower ?? "")) j++;
  return complementStance(tokens, j, lex);
}

/** "accuse" where a word of the complement at j is of negative valence, "support" where of positive. */
function complementStance(tokens: readonly Word[], j: number, lex: StatementLexicon): Stance | undefined {
  const { negative, excepted } = lex.judgementWords;
  const positive = lex.praiseValence?.words;
  let praise = false;
  for (let k = j, n = 0; k < tokens.length && n < lex.namingVerbs.reach; k++) {
    const t = tokens[k];
    if (t.pos === "PUNCT") {
      if (/^["“”'‘’]$/u.test(t.text)) continue;
      break;
    }
    n++;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP") break;
    if (t.pos !== "ADJ" && t.pos !== "NOUN") continue;
    // "called her plan a disaster": a complement is what "is" would predicate, so the nouns that judge after a copula count.
    if (t.pos === "NOUN" && (lex.judgementWords.predicateNouns.has(t.lower) || lex.judgementWords.predicateNouns.has(t.lemma))) return "accuse";
    if (excepted.has(t.lower) || excepted.has(t.lemma)) continue;
    if (negative.has(t.lower) || negative.has(t.lemma)) return "accuse";
    praise ||= !!positive && (positive.has(t.lower) || positive.has(t.lemma));
  }
  return praise ? "support" : undefined;
}
