/**
 * A third party judged by a word of negative valence (data/negative-valence.yaml: AFINN-165's words rated -2 or
 * lower, and VADER's where switched on, loaders/statements/valence-lexicons.ts) that a clause predicates of it: the party is the clause's subject and the word its act or quality ("she
 * lied to voters", "his plan would wreck the economy", "the governor is reckless"), or the party owns the word's
 * noun phrase ("the senator's reckless conduct", "their failures"). Whole-sentence polarity judges no one; a word
 * counts only in such a construction, told as done: not negated ("is not corrupt"), not supposed ("if he lied"),
 * not asked ("did she lie?"), not an ill opposed ("fighting corruption"), not of the speaker ("I", "we") nor of
 * a party the speaker's own name names; "you" only where the sentence names whom the words are spoken to
 * (addressees.ts: "“You lied,” Berg told Lind"), not a "you" of anyone. Words that name what a party feels, suffers or
 * meets rather than a fault ("worried", "died", "the war") are data/judgement-exceptions.yaml. Whether a word is told as
 * done (its token reading) is told-as-done.ts's to decide.
 */
import { z } from "zod";
import { negativeWords } from "./valence-lexicons.ts";
import { idiomStarts, loadReproachIdioms } from "./reproach-idioms.ts";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { Sentence } from "../text.ts";
import type { Word } from "../analysis/index.ts";
import type { ActorMention } from "../actors.ts";
import { addresseeOf, namesSelf, SECOND_PERSON } from "./addressees.ts";
import type { Ctx, Draft, Range } from "./sentence.ts";
import { opposedBefore, unrealToken, untoldTokens } from "./told-as-done.ts";

/** A sentence's words (the analysis layer's, article offsets): the statements' own tokens are let go before rows are made. */
export type WordsOf = (sentence: Sentence) => readonly Word[];

/** A word with sentence offsets. */
type Token = Word;

export const NEGATIVE_VALENCE_FILE = "negative-valence.yaml";
export const JUDGEMENT_EXCEPTIONS_FILE = "judgement-exceptions.yaml";

const word = z.string().min(1).regex(/^[\p{Ll}'’-]+$/u, "one lower-case word: letters, apostrophes and hyphens");
const clauseWord = z.string().min(1).regex(/^[\p{Ll}'’-]+$/u, "one lower-case word: letters and apostrophes");
const clauseWordsSchema = z.object({
  unreal: z.array(clauseWord).min(1),
  not_third: z.array(clauseWord).min(1),
  third: z.array(clauseWord).min(1),
  third_quoted: z.array(clauseWord).min(1),
  object_pronouns: z.array(clauseWord).min(1),
  possessives: z.array(clauseWord).min(1),
  clause_openers: z.array(clauseWord).min(1),
  passive_auxiliaries: z.array(clauseWord).min(1),
  copulas: z.array(clauseWord).min(1),
  speaker_side: z.array(clauseWord).min(1),
  demonstratives: z.array(clauseWord),
  person_nouns: z.array(clauseWord),
}).strict();
const valenceSchema = z.object({
  threshold: z.number().int().min(-5).max(-1),
  vader_threshold: z.number().min(-4).max(-0.5).nullable(),
  holder: z.enum(["subject", "statement"]),
  added_words: z.array(word),
  clause_words: clauseWordsSchema,
}).strict();
const exceptionSchema = z.object({
  not_judgements: z.record(z.string(), z.array(word).min(1)),
  predicate_nominal_kinds: z.array(z.string()),
}).strict();

export interface JudgementWords {
  /** Words of negative valence that judge the party they are said of. */
  readonly negative: ReadonlySet<string>;
  /** Words of negative valence that do not (data/judgement-exceptions.yaml), by form and dictionary form. */
  readonly excepted: ReadonlySet<string>;
  /** Idioms of reproach (data/reproach-idioms.yaml) as one global pattern, null where switched off. */
  readonly idioms: RegExp | null;
  /** Excepted words that judge a third party all the same as the noun its copula predicates of it ("Lind is a disaster"). */
  readonly predicateNouns: ReadonlySet<string>;
  /** The words that decide whether a clause tells a judgement of a third party (data/negative-valence.yaml clause_words). */
  readonly clause: ClauseWords;
  /** Whose the judged word must be: the clause's subject, or any third party the statement names (data/negative-valence.yaml holder). */
  readonly holder: "subject" | "statement";
}

/** data/negative-valence.yaml's clause words, each list a set. */
export type ClauseWords = { readonly [K in keyof z.infer<typeof clauseWordsSchema>]: ReadonlySet<string> };

export function loadJudgementWords(dir = DATA_DIR): JudgementWords {
  const { threshold, vader_threshold, holder, added_words, clause_words } = loadDictionary(NEGATIVE_VALENCE_FILE, valenceSchema, dir);
  const exceptions = loadDictionary(JUDGEMENT_EXCEPTIONS_FILE, exceptionSchema, dir);
  const excepted = new Set(Object.values(exceptions.not_judgements).flat());
  const sources = { afinn: threshold, vader: vader_threshold, added: added_words };
  const negative = negativeWords(sources, excepted);
  // "Lind is a disaster": of the excepted kinds named, the words the lexicons rate negative.
  const rated = negativeWords(sources, new Set());
  const nominal = exceptions.predicate_nominal_kinds.flatMap((kind) => exceptions.not_judgements[kind] ?? []);
  const predicateNouns = new Set(nominal.filter((w) => rated.has(w)));
  return { negative, excepted, predicateNouns, idioms: loadReproachIdioms(dir), holder, clause: asSets(clause_words) };
}

/** Each list of a dictionary section as a set. */
function asSets<T extends Record<string, string[]>>(lists: T): { readonly [K in keyof T]: ReadonlySet<string> } {
  const sets = {} as { [K in keyof T]: ReadonlySet<string> };
  for (const key of Object.keys(lists) as Array<keyof T>) sets[key] = new Set(lists[key]);
  return sets;
}

/** How many words after its verb a judging word still belongs to the predicate. */
const PREDICATE_REACH = 8;

/** The words of the speaker's own name, in lower case ("senator", "ola", "berg" for Senator Ola Berg). */
export function speakerNames(draft: Draft): Set<string> {
  return new Set((draft.phrase?.text.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).map((w) => w.replace(/['’]s$/u, "").toLowerCase()));
}

/**
 * The words a reading counts and whose they must be: by default the negative words (a charge); praise-parties.ts
 * passes the positive ones, with no idioms of reproach nor ill-naming nouns, which only the negative side has.
 */
export interface Valence {
  readonly words: ReadonlySet<string>;
  readonly holder: "subject" | "statement";
  readonly reproach: boolean;
}

const negativeValence = (lex: StatementLexicon): Valence => ({ words: lex.judgementWords.negative, holder: lex.judgementWords.holder, reproach: true });

/** Whether the draft's words judge a third party by a word of negative valence (or `valence`'s) it is the subject or owner of. */
export function judgesThirdParty(draft: Draft, lex: StatementLexicon, wordsOf: WordsOf, valence: Valence = negativeValence(lex)): boolean {
  const self = speakerNames(draft);
  // "You lied to them," Berg told Lind: the one spoken to is a third party, named by "you".
  const you = !!addresseeOf(draft, lex, self);
  const parts: Array<[Ctx, Range]> = [...draft.ranges.map((r): [Ctx, Range] => [draft.ctx, r]), ...(draft.continued ?? []).map((c): [Ctx, Range] => [c.ctx, c.range])];
  return parts.some(([ctx, range]) => judgedIn(ctx, range, lex, self, wordsOf, you, valence));
}

interface Clause {
  start: number;
  subject: Token[];
  /** Index of the clause's first verb, -1 before it. */
  verbAt: number;
  third: boolean;
  unreal: boolean;
}

const newClause = (start: number): Clause => ({ start, subject: [], verbAt: -1, third: false, unreal: false });

function judgedIn(ctx: Ctx, [s, e]: Range, lex: StatementLexicon, self: ReadonlySet<string>, wordsOf: WordsOf, you: boolean, valence: Valence): boolean {
  const base = ctx.sentence.start;
  const tokens = wordsOf(ctx.sentence)
    .filter((w) => w.start - base >= s && w.end - base <= e)
    .map((w) => ({ ...w, start: w.start - base, end: w.end - base }));
  const quoted = ctx.quoted;
  const untold = untoldTokens(tokens, lex);
  const idioms = valence.reproach ? idiomStarts(lex.judgementWords.idioms, ctx.text, s, e) : new Set<number>();
  const words = lex.judgementWords.clause;
  // "What Vale did was shameful": where the holder may be any party the statement names, one named is enough.
  const named = valence.holder === "statement" && namesThirdParty(ctx, tokens, s, e, self, words);
  let clause = newClause(s);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === "PUNCT" || t.pos === "SYM") {
      if (/^[,;:.!?()—–-]$/u.test(t.text) || /^["“”]$/u.test(t.text)) clause = newClause(t.end);
      continue;
    }
    if (opensClause(t, tokens[i + 1], words)) {
      // "She lied and cheated": a verb right after "and" shares the subject; else a new clause opens.
      const shared = t.pos === "CCONJ" && clause.verbAt >= 0 && /^(?:VERB|AUX|ADV)$/u.test(tokens[i + 1]?.pos ?? "");
      if (shared) clause.verbAt = i;
      else clause = newClause(t.end);
      continue;
    }
    const unrealBefore = clause.unreal;
    if (unrealToken(t, lex)) clause.unreal = true;
    if (clause.verbAt < 0 && (t.pos === "VERB" || t.pos === "AUX")) {
      clause.verbAt = i;
      clause.third = thirdParty(clause.subject, ctx, quoted, lex, self, you) || (named && !clause.subject.some((w) => words.speaker_side.has(w.lower)));
    } else if (clause.verbAt < 0) clause.subject.push(t);
    // An idiom is read before its own words ("should be ashamed", "doesn't care about") can make the clause unreal.
    if (idioms.has(t.start) && !unrealBefore && !untold[i] && clause.third && i - clause.verbAt <= PREDICATE_REACH) return true;
    if (clause.unreal || untold[i]) continue;
    if (valence.reproach && clause.third && i - clause.verbAt <= PREDICATE_REACH && predicateNominal(t, tokens, i, clause.verbAt, lex.judgementWords)) return true;
    if (!judging(t, valence.words, lex.judgementWords.excepted) || opposedBefore(ctx.text.slice(clause.start, t.start), lex)) continue;
    if (clause.third && i - clause.verbAt <= PREDICATE_REACH && predicated(t, tokens, i, clause.verbAt, words)) return true;
    if (ownedByThirdParty(tokens, i, quoted, self, you, words)) return true;
  }
  return false;
}

/** Whether the words [s, e) name a party not the speaker's own: a mention of one, or a third-person pronoun. */
function namesThirdParty(ctx: Ctx, tokens: readonly Token[], s: number, e: number, self: ReadonlySet<string>, words: ClauseWords): boolean {
  const base = ctx.sentence.start;
  if (tokens.some((t) => words.third.has(t.lower) || (words.third_quoted.has(t.lower) && ctx.quoted[t.start]))) return true;
  const inside = (m: ActorMention) => m.start - base >= s && m.end - base <= e && m.actor.kind !== "place";
  return ctx.mentions.some((m) => inside(m) && !namesSelf(ctx.text.slice(m.start - base, m.end - base), self));
}

/** A word that opens another clause: a subordinator, a relative, or "and"/"but" before a new subject. */
function opensClause(t: Token, next: Token | undefined, words: ClauseWords): boolean {
  if (t.pos === "CCONJ") return true;
  return words.clause_openers.has(t.lower) && (t.pos === "SCONJ" || t.pos === "PRON" || t.pos === "ADV") && next?.pos !== "NOUN";
}

function judging(t: Token, words: ReadonlySet<string>, excepted: ReadonlySet<string>): boolean {
  if (t.pos !== "VERB" && t.pos !== "ADJ" && t.pos !== "NOUN") return false;
  if (excepted.has(t.lower) || excepted.has(t.lemma)) return false;
  return words.has(t.lower) || words.has(t.lemma);
}

/**
 * Whether the noun at i is what a copula says its third-party subject is, with only determiners, adverbs and
 * adjectives between ("Lind is a disaster", "her plan would be a total catastrophe", "the board is the problem"):
 * a word that names an ill of the world as a topic ("the war", "a crisis") judges the party it is predicated of.
 */
function predicateNominal(t: Token, tokens: readonly Token[], i: number, verbAt: number, words: JudgementWords): boolean {
  if (t.pos !== "NOUN" || !(words.predicateNouns.has(t.lower) || words.predicateNouns.has(t.lemma))) return false;
  const between = tokens.slice(verbAt, i);
  return between.some((v) => words.clause.copulas.has(v.lemma)) && between.every((v) => /^(?:AUX|VERB|DET|ADV|ADJ|PART)$/u.test(v.pos) && !v.lower.endsWith("ing"));
}

/**
 * Whether the clause's subject names a third party: its head, or the owner of its head, is a name not the
 * speaker's, a third-person pronoun, a party of the gazetteer, a noun that names a speaker or an institution
 * ("Smith", "Smith's plan", "they", "the board"); a name that only modifies ("EB-5 investments") does not.
 */
function thirdParty(subject: readonly Token[], ctx: Ctx, quoted: Uint8Array, lex: StatementLexicon, self: ReadonlySet<string>, you: boolean): boolean {
  const words = lex.judgementWords.clause;
  const addressed = (t: Token) => you && SECOND_PERSON.has(t.lower) && !!quoted[t.start];
  if (subject.length === 0) return false;
  // "This man lied", "those people are crooks": a demonstrative before a noun of a person points at a third party.
  // The tagger may take a quotation's first "That" for a pronoun: the noun after it tells.
  if (subject.length === 2 && words.demonstratives.has(subject[0].lower) && words.person_nouns.has(subject[1].lemma)) return true;
  if (subject.some((t) => words.not_third.has(t.lower) && !addressed(t))) return false;
  // The subject's own phrase, before any preposition ("the leader of the party", "investments in the area").
  const adp = subject.findIndex((t) => t.pos === "ADP");
  const phrase = adp > 0 ? subject.slice(0, adp) : subject;
  const head = phrase[phrase.length - 1];
  for (let k = 0; k < phrase.length; k++) {
    const t = phrase[k];
    if (words.third.has(t.lower) || (words.third_quoted.has(t.lower) && quoted[t.start]) || addressed(t)) return true;
    const owner = phrase[k + 1]?.pos === "PART";
    if (t.pos === "PROPN" && (t === head || owner || phrase[k + 1]?.pos === "PROPN") && !self.has(t.lower)) return true;
  }
  // "the board", "the senator": a noun that can name a speaker names a party.
  if (head.pos === "NOUN" && lex.speakerHeads.has(head.lemma)) return true;
  const base = ctx.sentence.start;
  const [from, to] = [phrase[0].start, head.end];
  // A mention of the speaker himself by name ("Ola Berg made a mistake", said by Ola Berg) is an admission, not a charge.
  const named = (m: ActorMention) => m.start - base >= from && m.end - base <= to && m.actor.kind !== "place";
  if (ctx.mentions.some((m) => named(m) && !namesSelf(ctx.text.slice(m.start - base, m.end - base), self))) return true;
  return lex.institutions.test(ctx.text.slice(from, to));
}

/** Whether the word at i is the predicate's act or quality: not a participle after "be" or "get", which tells what befell the subject. */
function predicated(t: Token, tokens: readonly Token[], i: number, verbAt: number, words: ClauseWords): boolean {
  // An adjective is the subject's quality only after a copula ("is reckless", "seems a reckless man"); after
  // another verb it describes the object ("suffered a terrible harvest").
  if (t.pos === "ADJ") return tokens.slice(verbAt, i).some((v) => words.copulas.has(v.lemma));
  // A noun after another verb is the subject's act only in a phrase of its own: "spread lies", not "used Russian aggression".
  if (t.pos === "NOUN") return !ownedByAnother(tokens, i, words);
  // A verb after the first is the subject's only in its verb chain ("has been lying", "tried to deceive"); past
  // a noun it is the verb of another clause ("the examples critics point to failed").
  if (tokens.slice(verbAt + 1, i).some((v) => !/^(?:AUX|VERB|ADV|PART)$/u.test(v.pos))) return false;
  if (/ing$/u.test(t.lower)) return true;
  let j = i - 1;
  while (j >= 0 && tokens[j].pos === "ADV") j--;
  return j < 0 || !words.passive_auxiliaries.has(tokens[j].lower);
}

/** Whether the noun at i stands in a phrase that names another party before it: a name, a proper adjective, a possessive. */
function ownedByAnother(tokens: readonly Token[], i: number, words: ClauseWords): boolean {
  for (let j = i - 1; j >= 0 && /^(?:ADJ|NOUN|PROPN|DET|PART|PRON)$/u.test(tokens[j].pos); j--) {
    const o = tokens[j];
    if (o.pos === "PROPN" || o.pos === "PART" || (o.pos === "ADJ" && /^\p{Lu}/u.test(o.text)) || words.possessives.has(o.lower)) return true;
    if (o.pos === "DET") return false;
  }
  return false;
}

/** Whether a noun phrase a third party owns holds the word: "his reckless conduct", "the senator's failures". */
function ownedByThirdParty(tokens: readonly Token[], i: number, quoted: Uint8Array, self: ReadonlySet<string>, you: boolean, words: ClauseWords): boolean {
  const t = tokens[i];
  if (t.pos === "VERB") return false;
  // An adjective judges the owner only in a noun phrase: a noun follows it.
  if (t.pos === "ADJ" && tokens[i + 1]?.pos !== "NOUN") return false;
  for (let j = i - 1, k = 0; j >= 0 && k < 3; j--, k++) {
    const o = tokens[j];
    if (words.possessives.has(o.lower)) return words.third.has(o.lower) || !!quoted[o.start];
    if (o.lower === "your") return you && !!quoted[o.start];
    // "the mayor's": the clitic is a word of its own after its owner.
    if (/^['’]s$/u.test(o.lower) && j > 0 && (tokens[j - 1].pos === "PROPN" || tokens[j - 1].pos === "NOUN")) return !self.has(tokens[j - 1].lower);
    if (o.pos !== "ADJ" && o.pos !== "ADV" && o.pos !== "NOUN") return false;
  }
  return false;
}
