/**
 * Who a "he" or "she" takes up by position: the person who opens a sentence as its subject since the
 * last speaker (a known name, a titled name, a name in apposition, an unseen name, a gendered
 * description), before any older speaker the history holds (resolve.ts).
 */
import { lastBefore } from "../speakers/article-people.ts";
import { type ArticleDoc } from "../document.ts";
import { analysePhrase, type ArticlePeople, type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Draft } from "./sentence.ts";

/**
 * The person a "he" or "she" speaks for by position: the subject opening its own sentence before it ("Reed, who chairs the
 * board, agreed, but he said …"), else a person opening one of the sentences since the last speaker.
 */
export function pronounSubject(draft: Draft, doc: ArticleDoc, lex: StatementLexicon, lastAt: number, people: ArticlePeople): SpeakerPhrase | undefined {
  const index = draft.ctx.sentence.index;
  const at = draft.phrase!.start;
  const own = at > draft.ctx.sentence.start ? sentenceSubjectSince(doc, lex, lastAt, index + 1, people, 1) : undefined;
  return own && own.end <= at ? own : sentenceSubjectSince(doc, lex, lastAt, index, people);
}

/** How many sentences back a pronoun may look for a person opening a sentence. */
export const SUBJECT_LOOKBACK = 4;

/** The last known person who opens one of the few sentences after `after` and before sentence `index`, as a speaker phrase. */
export function sentenceSubjectSince(doc: ArticleDoc, lex: StatementLexicon, after: number, index: number, people?: ArticlePeople, lookback = SUBJECT_LOOKBACK): SpeakerPhrase | undefined {
  // Bounded look-back, so that a run of pronouns costs linear time.
  for (let k = index - 1; k >= 0 && k >= index - lookback; k--) {
    const sentence = doc.sentences[k];
    if (!sentence || sentence.start <= after) break;
    const lead = /^[\p{L}\p{M}’'. -]{0,40}/u.exec(sentence.text)?.[0] ?? "";
    const first = lex.gazetteer.find(lead, sentence.start)[0];
    if (first && first.start === sentence.start && !first.demonym && first.actor.kind === "person") return { text: first.text, start: first.start, end: first.end };
    const named = appositionOpening(sentence.text, lex);
    if (named) return { text: named.text, start: sentence.start + named.at, end: sentence.start + named.at + named.text.length };
    const titled = people ? titledOpening(sentence, people, lex) : undefined;
    if (titled) return titled;
    const unseen = unseenPersonOpening(doc, k, lex);
    if (unseen) return unseen;
    // A description is taken up only from near by: a name further back is likelier who speaks.
    const described = k >= index - DESCRIBED_LOOKBACK ? describedPersonOpening(doc, k, lex) : undefined;
    if (described) return described;
  }
  return undefined;
}

/** How many sentences back a pronoun may look for a person described by a noun of their gender ("The woman …"). */
const DESCRIBED_LOOKBACK = 2;

/** How many proper nouns a name opening a sentence may take ("Ana Maria de la Cruz" is read to its last four). */
const MAX_NAME_WORDS = 4;

/**
 * A name the gazetteer does not know that opens sentence `k` as its subject ("Ana Ruiz runs the
 * station."): two or more proper nouns, then a verb or a comma, that read as a person's name.
 */
function unseenPersonOpening(doc: ArticleDoc, k: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  const sentence = doc.sentences[k];
  const words = doc.reading.of(sentence).words;
  const first = adverbialEnd(words);
  let n = first;
  // A particle inside the name ("Piet de Jong") counts as one of its words.
  const nameWord = (i: number) => (words[i].pos === "PROPN" && /^\p{Lu}/u.test(words[i].text)) || (i > first && lex.speakerWords.nameParticles.has(words[i].lower) && words[i + 1]?.pos === "PROPN");
  while (n < words.length && n - first < MAX_NAME_WORDS && nameWord(n)) n++;
  const next = words[n];
  // "Dan Ruiz at the Coastal Herald agreed with …": a short prepositional phrase may stand between the name and its verb.
  const verbAfter = next?.pos === "VERB" || next?.pos === "AUX" || (next?.pos === "ADP" && predicateFollows(words, n));
  if (n - first < 2 || !next || !(verbAfter || (next.text === "," && first === 0))) return undefined;
  const phrase = { text: doc.article.raw.slice(words[first].start, words[n - 1].end), start: words[first].start, end: words[n - 1].end };
  const a = analysePhrase(phrase, lex);
  return a.kind === "person" && a.person?.start === 0 && a.mentions.length === 0 ? phrase : undefined;
}

/**
 * A person described by a noun of their gender who opens sentence `k` as its subject ("The woman
 * watched the debate at home.", "A fisherman from the port joined them."): the description, which a
 * later "she" or "he" takes up when no one was named (data/gender-words.yaml `role_nouns`).
 */
function describedPersonOpening(doc: ArticleDoc, k: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  const sentence = doc.sentences[k];
  const words = doc.reading.of(sentence).words;
  const first = adverbialEnd(words);
  if (words[first]?.pos !== "DET") return undefined;
  let n = first + 1;
  while (n < words.length && n - first <= 2 && words[n].pos === "ADJ") n++;
  const noun = words[n];
  if (!noun || noun.pos !== "NOUN" || !lex.speakerWords.gender.roleWords.has(noun.lower) || !predicateFollows(words, n + 1)) return undefined;
  return { text: doc.article.raw.slice(words[first].start, noun.end), start: words[first].start, end: noun.end };
}

/**
 * Whether a predicate follows a subject's noun from word `i`: a verb, after at most a short prepositional phrase ("in
 * Lima"), or a verb in -s the tagger read as a noun ("the woman disputes …"); not a possessive ("the woman's husband").
 */
function predicateFollows(words: ReadonlyArray<{ text: string; pos: string }>, i: number): boolean {
  const verbLike = (w: { text: string; pos: string } | undefined) => !!w && (w.pos === "VERB" || w.pos === "AUX" || (w.pos === "NOUN" && /\p{Ll}s$/u.test(w.text)));
  if (verbLike(words[i])) return true;
  if (words[i]?.pos !== "ADP") return false;
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    if (words[k].pos === "PUNCT") return false;
    if (words[k].pos === "VERB" || words[k].pos === "AUX") return true;
  }
  return false;
}

/** How many words a sentence's opening adverbial may take before its subject. */
const ADVERBIAL_WORDS = 8;

/**
 * Where the subject begins after an opening prepositional adverbial ("During a town hall, Ana Ruiz asked …",
 * "On Monday, …"): the word after its comma, else 0.
 */
export function adverbialEnd(words: ReadonlyArray<{ text: string; pos: string }>): number {
  if (words[0]?.pos !== "ADP") return 0;
  const comma = words.findIndex((w, i) => i <= ADVERBIAL_WORDS && w.text === ",");
  return comma > 0 ? comma + 1 : 0;
}

/**
 * A person the article names with a title, the title opening the sentence ("Interior Ministry
 * spokesperson Lena Ostrova talked about the raid."): the name, as a speaker phrase.
 */
function titledOpening(sentence: { text: string; start: number; end: number }, people: ArticlePeople, lex: StatementLexicon): SpeakerPhrase | undefined {
  const titled = people.titledPeople();
  const k = lastBefore(titled, (t) => t.at < sentence.start + TITLE_OPENING);
  const t = titled[k];
  if (!t || t.at < sentence.start || t.at >= sentence.end) return undefined;
  const title = sentence.text.slice(0, t.at - sentence.start).trim().split(/\s+/).filter(Boolean);
  const titleWord = (w: string) => /^\p{Lu}/u.test(w) || lex.roleWords.has(w.toLowerCase()) || lex.titleWords.has(w.toLowerCase()) || lex.speakerWords.functionWords.has(w.toLowerCase());
  if (title.length === 0 || !title.every(titleWord)) return undefined;
  const start = sentence.start + (sentence.text.length - sentence.text.trimStart().length);
  return { text: sentence.text.slice(start - sentence.start, t.at - sentence.start) + t.name, start, end: t.at + t.name.length };
}

/** How far into a sentence a titled name may start and still open it, title and all. */
const TITLE_OPENING = 100;

/** A description opening a sentence with a name in apposition ("The head of the agency, Olaf Brekke, viewed …"): the name. */
const APPOSITION_OPENING = /^([^,]{3,80}),\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),/u;

function appositionOpening(text: string, lex: StatementLexicon): { text: string; at: number } | undefined {
  const m = APPOSITION_OPENING.exec(text);
  if (!m) return undefined;
  const head = analysePhrase({ text: m[1], start: 0, end: m[1].length }, lex);
  const name = analysePhrase({ text: m[2], start: 0, end: m[2].length }, lex);
  if (head.kind !== "description" || !lex.speakerHeads.has(head.head) || lex.bodyHeads.has(head.head) || name.kind !== "person" || name.person?.start !== 0) return undefined;
  return { text: m[2], at: m[0].length - 1 - m[2].length };
}
