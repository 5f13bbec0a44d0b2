/**
 * Clause shapes that tell a denial or a warning where the verb of saying tells neither (data/stance-clauses.yaml):
 * a claim said to be made up ("the story was invented", "this is an issue that has been manufactured") denies it;
 * a harm to come ("the cuts would hurt the ports", "it could lead to chaos") or a harm the hearer's act brings
 * on the hearer ("if you do that, you destroy …") warns. Patterns are compiled once, with the lexicon.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import { allMatches, escapeRegExp } from "../text.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { endsInQuestion } from "./told-as-done.ts";

export const STANCE_CLAUSES_FILE = "stance-clauses.yaml";

const phrase = z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words and spaces");
const phrases = z.array(phrase).min(1);
const schema = z.object({
  denial: z.object({ enabled: z.boolean(), claim_nouns: phrases, naming_verbs: phrases, disowning: phrases, claim_phrase_openers: phrases, claim_relatives: phrases, claim_copulas: phrases, fabrications: phrases, hedges: phrases }).strict(),
  support: z.object({ enabled: z.boolean(), holdings: phrases, own_possessives: phrases, backing_nouns: phrases, reported_pronouns: phrases, backing_verbs: phrases, adverbs: phrases }).strict(),
  warning: z.object({ enabled: z.boolean(), modals: phrases, harm_verbs: phrases, consequence_verbs: phrases, ill_copulas: phrases, own_subjects: phrases, hearer_openers: phrases }).strict(),
}).strict();

export interface StanceClauses {
  /** A claim said to be made up, or null where switched off. */
  readonly madeUpClaim: RegExp | null;
  /** A modal, then a verb of harm, not after the speaker's own subject; null where switched off. */
  readonly harmToCome: RegExp | null;
  /** A modal, then a verb of consequence: warns where a word of negative valence follows. */
  readonly consequenceToCome: RegExp | null;
  /** A modal, then a copula: warns where a noun of an ill of the world follows. */
  readonly illToCome: RegExp | null;
  /** A clause of the hearer's act, then "you" and a verb of harm: the hearer's act harms the hearer. */
  readonly harmToHearer: RegExp | null;
  /** The speaker's own backing told: "has my full support", or an opening "she backs …"; null where switched off. */
  readonly ownBacking: RegExp | null;
}

const alternatives = (words: readonly string[]) => words.map((w) => escapeRegExp(w).replace(/ /g, "\\s+")).join("|");
const WORD = "[\\p{L}’'-]+";

export function loadStanceClauses(dir = DATA_DIR): StanceClauses {
  const { denial: d, warning: w, support: b } = loadDictionary(STANCE_CLAUSES_FILE, schema, dir);
  const hedge = `(?:(?:${alternatives(d.hedges)})\\s+){0,3}`;
  // "the allegations against her are", "an issue that has been": a short phrase after the noun, a relative, a copula or passive.
  const verb = `(?:\\s+(?:${alternatives(d.claim_phrase_openers)})(?:\\s+${WORD}){1,4}?)?\\s+(?:(?:${alternatives(d.claim_relatives)})\\s+)?(?:${alternatives(d.claim_copulas)})\\s+`;
  // "called the allegations “completely false”": a verb of naming before the claim, "as" or nothing after it.
  const named = `(?<![\\p{L}’'-])(?:${alternatives(d.naming_verbs)})\\s+(?:${WORD}\\s+){0,3}?(?:${alternatives(d.claim_nouns)})\\s+(?:as\\s+)?`;
  const madeUp = `(?:(?<![\\p{L}’'-])(?:${alternatives(d.claim_nouns)})${verb}|${named})[“"]?${hedge}[“"]?(?:${alternatives(d.fabrications)})(?![\\p{L}’'-])|(?<![\\p{L}’'-])(?:${alternatives(d.disowning)})(?![\\p{L}’'-])`;
  const modal = `(?<!(?<![\\p{L}’'-])(?:${alternatives(w.own_subjects)})\\s*)(?<![\\p{L}’'-])(?:${alternatives(w.modals)})\\s+(?:\\p{L}+ly\\s+)?`;
  const harm = `(?:${alternatives(w.harm_verbs)})(?![\\p{L}’'-])`;
  return {
    madeUpClaim: d.enabled ? new RegExp(madeUp, "iu") : null,
    harmToCome: w.enabled ? new RegExp(`${modal}${harm}`, "iu") : null,
    consequenceToCome: w.enabled ? new RegExp(`${modal}(?:${alternatives(w.consequence_verbs)})((?:\\s+${WORD}){1,4})`, "giu") : null,
    ownBacking: b.enabled ? ownBacking(b) : null,
    illToCome: w.enabled ? new RegExp(`${modal}(?:${alternatives(w.ill_copulas)})((?:\\s+${WORD}){1,4})`, "giu") : null,
    harmToHearer: w.enabled ? new RegExp(`(?<![\\p{L}’'-])(?:${alternatives(w.hearer_openers)})\\s+you\\s[^.;!?]{1,80}?,\\s*you\\s+(?:${WORD}\\s+)?${harm}`, "iu") : null,
  };
}

/** "has my full support" anywhere; "she backs the mayor" at the clause's opening, where the pronoun stands for the speaker. */
function ownBacking(b: z.infer<typeof schema>["support"]): RegExp {
  const held = `(?<![\\p{L}’'-])(?:${alternatives(b.holdings)})\\s+(?:${alternatives(b.own_possessives)})\\s+(?:${WORD}\\s+){0,2}?(?:${alternatives(b.backing_nouns)})(?![\\p{L}’'-])`;
  const opening = `^\\W*(?:that\\s+)?(?:${alternatives(b.reported_pronouns)})\\s+(?:(?:${alternatives(b.adverbs)})\\s+)?(?:${alternatives(b.backing_verbs)})\\s+(?!(?:away|down|off|out)\\b)`;
  return new RegExp(`${held}|${opening}`, "iu");
}

/** Whether the reported words tell the speaker's own backing ("she has my full support", "he backs the mayor"), not asked. */
export function backsInOwnWords(content: string, lex: StatementLexicon): boolean {
  const p = lex.stanceClauses.ownBacking;
  return !!p && p.test(content) && !endsInQuestion(content);
}

/** Whether the reported words say a claim was made up ("the charges were invented by her rivals"): a denial. */
export function dismissesClaim(content: string, lex: StatementLexicon): boolean {
  const p = lex.stanceClauses.madeUpClaim;
  return !!p && p.test(content) && !endsInQuestion(content);
}

/**
 * Whether the reported words tell a harm to come ("the toll would hurt the ports", "could lead to chaos"), or
 * one the hearer's act brings on the hearer ("every time you do that, you weaken …"): a warning.
 */
export function warnsOfHarm(content: string, lex: StatementLexicon): boolean {
  const c = lex.stanceClauses;
  if (!c.harmToCome || endsInQuestion(content)) return false;
  if (c.harmToCome.test(content) || c.harmToHearer!.test(content)) return true;
  return followedBy(c.consequenceToCome!, content, lex.judgementWords.negative) || followedBy(c.illToCome!, content, lex.judgementWords.predicateNouns);
}

/** Whether a match of the global `pattern` has one of `words` among the words it captured after it. */
function followedBy(pattern: RegExp, content: string, words: ReadonlySet<string>): boolean {
  for (const m of allMatches(pattern, content)) if (m[1].toLowerCase().split(/\s+/u).some((w) => words.has(w))) return true;
  return false;
}
