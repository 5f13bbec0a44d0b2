/**
 * The subject of a clause whose verb of saying has none of its own: a participle or a coordinated
 * verb takes its clause's subject ("Ruiz, speaking on Monday, said …"), and a participle after
 * "with" its absolute subject ("with Lima and Quito condemning …").
 */

import type { SpeakerPhrase } from "../speakers.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, analysedPhrase, skipChannelOrDate, tokenAt } from "./sentence.ts";
import { plausibleSpeaker, speakerPhraseWord } from "./subjects.ts";

/** Tags of the words a described subject is made of ("several farm groups", "two local unions"): its head must still speak. */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "NUM", "DET"]);

/** The subject of the clause a participle or a coordinated verb belongs to. */
export function mainSubject(ctx: Ctx, before: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  const { tokens } = ctx;
  const last = tokenAt(ctx, before);
  // Clause starts: the sentence start and every comma, latest first.
  const starts = [0];
  for (let i = 0; i < last; i++) if (tokens[i].text === "," && !ctx.quoted[tokens[i].start]) starts.push(i + 1);
  for (const start of starts.reverse()) {
    const s = pastFrontedTime(ctx, start, last);
    let i = s;
    const first = tokens[i];
    if (!first || ctx.words.clauseStops.has(first.lower) && first.lower !== "the") continue;
    while (i < last && (!ctx.words.auxiliaries.has(tokens[i].lower) || titleComplement(ctx, i, lex)) && !lex.verbs.has(tokens[i].lower) && (/^\p{Lu}/u.test(tokens[i].text) || ctx.words.phraseFunctionWords.has(tokens[i].lower) || titleComplement(ctx, i, lex) || lex.roleWords.has(tokens[i].lower) || /['’]s$/.test(tokens[i].text) || NOUN_PHRASE_TAGS.has(tokens[i].pos) || (i > s && tokens[i].text === "." && speakerPhraseWord(ctx, i, false, lex)))) i++;
    if (i === s || i >= last) continue;
    const subjectEnd = i;
    // "Clinton, the former secretary of State, stressed …": an apposition between commas, then the verb.
    if (tokens[i].text === "," && i > s) {
      let j = i + 1;
      while (j < last && j - i < 20 && tokens[j].text !== ",") j++;
      if (j < last && tokens[j].text === ",") i = j + 1;
    }
    // "Mr. Schultz generally supported …": an adverb between the subject and its verb.
    while (i < last && /ly$/.test(tokens[i].lower) && tokens[i].text === tokens[i].lower) i++;
    const next = tokens[i];
    if (!next) continue;
    if (!ctx.words.auxiliaries.has(next.lower) && !/ed$/.test(next.lower) && !lex.verbs.has(next.lower) && next.pos !== "VERB") continue;
    const text = ctx.text.slice(tokens[s].start, tokens[subjectEnd - 1].end);
    const a = analysedPhrase(ctx.phrases, text, lex);
    if (!plausibleSpeaker(a, lex) || a.kind === "pronoun" && a.pronoun === "it") continue;
    return { text, start: tokens[s].start + ctx.sentence.start, end: tokens[subjectEnd - 1].end + ctx.sentence.start };
  }
  return undefined;
}

/**
 * The first token after a time that opens a clause, with the conjunction or preposition before it: "But since
 * last year Chile has …", "Last week Peru …" (no comma after the time); `i` when none opens it.
 */
function pastFrontedTime(ctx: Ctx, i: number, last: number): number {
  const { tokens } = ctx;
  let k = i;
  if (tokens[k]?.pos === "CCONJ") k++;
  if (tokens[k] && (tokens[k].pos === "ADP" || tokens[k].pos === "SCONJ")) k++;
  const end = k < last ? skipChannelOrDate(ctx, tokens[k].start) : undefined;
  if (end === undefined) return i;
  const next = tokenAt(ctx, end);
  return next < last && tokens[next].text !== "," ? next : i;
}

/** Whether "to" at token `i` opens a title's complement ("Ambassador to Peru Ana Ruiz"), not an infinitive. */
function titleComplement(ctx: Ctx, i: number, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  return tokens[i].lower === "to" && i > 0 && lex.titleWords.has(tokens[i - 1].lower) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "");
}

/**
 * The subject of a participle in an absolute construction after "with" ("…, with Washington,
 * Kyiv and Seoul condemning North Korea …", "with medics reporting most injuries as minor"):
 * the noun phrase between "with" and the participle, when it may speak.
 */
export function absoluteSubject(ctx: Ctx, verbToken: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  const { tokens } = ctx;
  let k = verbToken - 1;
  while (k >= 0 && verbToken - k <= 10 && tokens[k].lower !== "with") {
    const t = tokens[k];
    if (ctx.quoted[t.start] || t.pos === "VERB" || t.pos === "AUX" || t.text === ";" || t.text === ".") return undefined;
    k--;
  }
  // "toured the port with her daughter, praising …": a comma closes the "with" phrase; its noun is no subject of the participle.
  if (k < 0 || tokens[k].lower !== "with" || k + 1 >= verbToken || tokens[verbToken - 1].text === ",") return ownedAbsolute(ctx, verbToken, lex);
  const start = tokens[k + 1].start;
  const end = tokens[verbToken - 1].end;
  const text = ctx.text.slice(start, end);
  if (!plausibleSpeaker(analysedPhrase(ctx.phrases, text, lex), lex)) return undefined;
  return { text, start: start + ctx.sentence.start, end: end + ctx.sentence.start };
}

/**
 * An absolute construction after a bare comma whose subject is a person told as someone's: "The bloc stepped
 * into the row, its foreign policy chief Ana Ruiz condemning the remarks". Only a possessive and a name:
 * another noun phrase there is more often what the clause before acted on.
 */
function ownedAbsolute(ctx: Ctx, verbToken: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  const { tokens } = ctx;
  let k = verbToken - 1;
  while (k >= 0 && verbToken - k <= 8 && tokens[k].text !== ",") {
    if (ctx.quoted[tokens[k].start] || !["PROPN", "NOUN", "ADJ", "PRON", "DET"].includes(tokens[k].pos)) return undefined;
    k--;
  }
  if (k < 0 || tokens[k].text !== "," || k + 2 >= verbToken || !lex.speakerWords.possessivePronouns.has(tokens[k + 1].lower)) return undefined;
  const start = tokens[k + 1].start;
  const end = tokens[verbToken - 1].end;
  const text = ctx.text.slice(start, end);
  if (analysedPhrase(ctx.phrases, text, lex).kind !== "person") return undefined;
  return { text, start: start + ctx.sentence.start, end: end + ctx.sentence.start };
}
