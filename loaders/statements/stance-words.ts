/**
 * The words stance is read with beyond the verb (data/stance-words.yaml): unreal words that make an
 * act told a possibility or a denial, and the subjects that make it the speaker's own.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import { escapeRegExp } from "../text.ts";

export const STANCE_WORDS_FILE = "stance-words.yaml";

const list = z.array(z.string().min(1).regex(/^[\p{L}'’-]+$/u, "one word, letters only")).min(1);
const phrases = z.array(z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words and spaces")).min(1);
const schema = z.object({ addressing_words: phrases, addressee_nouns: list, unreal_words: list, unreal_before_to: list, guessing_modals: list, condition_openers: list, polar_auxiliaries: list, unreal_reach: z.number().int().min(1).max(12), clause_breaks: list, self_subjects: list, not_acting_verbs: list, self_reach: z.number().int().min(1).max(200), wrongdoing_words: list, warm_qualifiers: list, relation_nouns: list, first_person: list, relation_documents: list, force_modals: list, force_verbs: list, combatants: list, losses: list, non_combatants: list, launch_words: list, sea_courses: list, strike_words: list, own_state_nouns: list, own_possessives: list, denied_acts: list, opposing_words: list });

export interface StanceWords {
  /** An unreal word within the reach before the end of a text ("… could send"). */
  unrealBefore: RegExp;
  /** A modal guessing at a past act, right before it ("may have received", "must have sent"). */
  guessedPast: RegExp;
  /** A sentence's opening word that puts what it tells under a condition ("if", "unless"), in lower case. */
  conditionOpeners: ReadonlySet<string>;
  /** A sentence opened by such a word. */
  conditionOpening: RegExp;
  /** A sentence opened by an auxiliary not negated ("Did she …", "Is the mayor …"): a yes-or-no question where it ends in "?". */
  polarOpening: RegExp;
  /** A word of opposing an ill, right before it with at most a determiner or a possessive between ("fight corruption", "eliminating the system's fraud"). */
  opposedBefore: RegExp;
  /** A clause that opens with the speaker as subject ("that it had launched …"). */
  selfOpening: RegExp;
  /** Such a pronoun before a verb that tells no act of the speaker's ("it is clear that …", "he was tricked", "he believes …"). */
  notActingOpening: RegExp;
  /** The same verbs right after a subject ("… has found that …", "… is"). */
  notActingAfter: RegExp;
  /** How many characters into such a clause its subject's own act is told. */
  selfReach: number;
  /** A word of wrongdoing anywhere in a text ("violates", "smuggling"). */
  wrongdoing: RegExp;
  /** A relation named with a word of its warmth ("close ties", "a long-term alliance"), in lower case: a name ("the Strategic Partnership Treaty") is not one. */
  warmRelation: RegExp;
  /** Force said to be used: a modal, then a force verb ("will strike back", "would resume fighting"). */
  forceToCome: RegExp;
  /** A word of the first person ("we", "our"). */
  firstPerson: RegExp;
  /** Losses told among fighters ("300 soldiers were killed", "killed four insurgents"). */
  combatantLosses: RegExp;
  /** A person who is no combatant ("civilians", "a family"): harm told of one still accuses. */
  nonCombatant: RegExp;
  /** A launch word ("fired", "flew"). */
  launch: RegExp;
  /** A course into the sea or a range flown ("toward the sea off its east coast", "flew 400 km"). */
  seaCourse: RegExp;
  /** A word that tells a launch hit something ("struck", "at the targets"). */
  strike: RegExp;
  /** A clause opened by a possessive and a noun of the speaker's state ("his government …"). */
  ownStateOpening: RegExp;
  /** A word of speaking to someone, then a person named or a rival ("told Tove Lind", "turning to his opponent"), at its start. */
  addressing: RegExp;
  /** A transfer said not made ("had not transferred", "didn't send"). */
  deniedAct: RegExp;
}

const alternatives = (words: string[]) => words.map((w) => escapeRegExp(w.toLowerCase())).join("|");

/** After a subject: a form of "be" or a verb of thought or finding, perhaps after "has", not before a participle in -ing. */
function notActing(verbs: string[]): string {
  return `\\s+(?:(?:has|have|had)\\s+)?(?:been|${alternatives(verbs)})\\s+(?!\\p{L}+ing\\b)`;
}

export function loadStanceWords(dir = DATA_DIR): StanceWords {
  const w = loadDictionary(STANCE_WORDS_FILE, schema, dir);
  return {
    unrealBefore: new RegExp(`(?<![\\p{L}’'])(?:${alternatives(w.unreal_words)}|\\p{L}+n[’']t|(?:${alternatives(w.unreal_before_to)})\\s+to)(?:\\s+(?!(?:${alternatives(w.clause_breaks)})\\b)[\\p{L}\\p{N}’'-]+){0,${w.unreal_reach - 1}}\\s*$`, "iu"),
    opposedBefore: new RegExp(`(?<![\\p{L}’'-])(?:${alternatives(w.opposing_words)})\\s+(?:(?:the|a|an|its|his|her|their|our|this|that|all|any|[\\p{L}-]+[’']s)\\s+){0,2}$`, "iu"),
    conditionOpeners: new Set(w.condition_openers.map((c) => c.toLowerCase())),
    conditionOpening: new RegExp(`^\\W*(?:${alternatives(w.condition_openers)})\\s`, "iu"),
    polarOpening: new RegExp(`^\\W*(?:${alternatives(w.polar_auxiliaries)})\\s+(?!not\\b)(?:[\\p{L}.’'-]+\\s+){1,6}?`, "iu"),
    guessedPast: new RegExp(`\\b(?:${alternatives(w.guessing_modals)})\\s+have\\s+(?:\\p{L}+ly\\s+)?$`, "iu"),
    selfOpening: new RegExp(`^\\W*(?:that\\s+)?(?:${alternatives(w.self_subjects)})\\s`, "iu"),
    notActingOpening: new RegExp(`^\\W*(?:that\\s+)?(?:${alternatives(w.self_subjects)})${notActing(w.not_acting_verbs)}`, "iu"),
    notActingAfter: new RegExp(`^(?:’s|'s)?${notActing(w.not_acting_verbs)}`, "iu"),
    selfReach: w.self_reach,
    warmRelation: new RegExp(`(?<![\\p{L}-])(?:${alternatives(w.warm_qualifiers)})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternatives(w.relation_nouns)})(?![\\p{L}-])(?!\\s+(?:${alternatives(w.relation_documents)})\\b)`, "u"),
    forceToCome: new RegExp(`(?<![\\p{L}’'])(?:${alternatives(w.force_modals)})\\s+(?:[\\p{L}-]+\\s+)?(?:${alternatives(w.force_verbs)})(?![\\p{L}-])`, "iu"),
    firstPerson: new RegExp(`(?<![\\p{L}’'])(?:${alternatives(w.first_person)})(?![\\p{L}’'])`, "iu"),
    combatantLosses: new RegExp(`(?<![\\p{L}-])(?:(?:${alternatives(w.combatants)})(?![\\p{L}-])[^.;]{0,60}?(?<![\\p{L}-])(?:${alternatives(w.losses)})|(?:${alternatives(w.losses)})\\s+(?:[\\p{L}\\p{N},-]+\\s+){0,3}?(?:${alternatives(w.combatants)}))(?![\\p{L}-])`, "iu"),
    nonCombatant: new RegExp(`(?<![\\p{L}-])(?:${alternatives(w.non_combatants)})(?![\\p{L}-])`, "iu"),
    launch: new RegExp(`(?<![\\p{L}-])(?:${alternatives(w.launch_words)})(?![\\p{L}-])`, "iu"),
    seaCourse: new RegExp(`(?<![\\p{L}-])(?:(?:toward|towards|into|in|off)\\s+(?:the\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${alternatives(w.sea_courses)})|flew\\s+(?:about\\s+|around\\s+|some\\s+|up to\\s+)?\\d[\\d,.]*\\s?(?:km|kilomet(?:er|re)s|miles))(?![\\p{L}-])`, "iu"),
    strike: new RegExp(`(?<![\\p{L}-])(?:${alternatives(w.strike_words)})(?![\\p{L}-])`, "iu"),
    ownStateOpening: new RegExp(`^\\W*(?:that\\s+)?(?:${alternatives(w.own_possessives)})\\s+(?:[\\p{L}-]+\\s+)?(?:${alternatives(w.own_state_nouns)})\\s`, "iu"),
    addressing: new RegExp(`(?<![\\p{L}’'-])(?:${w.addressing_words.map((p) => escapeRegExp(p).replace(/ /g, "\\s+")).join("|")})\\s+(?=(?:(?:his|her|their|the)\\s+(?:[\\p{L}-]+\\s+)?(?:${alternatives(w.addressee_nouns)})(?![\\p{L}-])|\\p{Lu}[\\p{L}’'.-]+))`, "gu"),
    deniedAct: new RegExp(`(?:\\bnot|n[’']t)\\s+(?:\\p{L}+ly\\s+)?(?:${alternatives(w.denied_acts)})(?![\\p{L}-])`, "iu"),
    wrongdoing: new RegExp(`(?<![\\p{L}-])(?:${alternatives(w.wrongdoing_words)})(?![\\p{L}-])`, "giu"),
  };
}
