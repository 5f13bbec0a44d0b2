import { type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, analysedPhrase, proseEnd, tokenAt } from "./sentence.ts";
import { nounPhraseWords, plausibleSpeaker } from "./subjects.ts";

/** The speaker after an inverted verb ('"…," said Kim Son-gyong, undersecretary of …'). */
export function invertedSubject(ctx: Ctx, from: number, lex: StatementLexicon): { phrase: SpeakerPhrase; end: number } | undefined {
  const { text } = ctx;
  const end = proseEnd(ctx);
  let s = from;
  while (s < end && /\s/.test(text[s])) s++;
  let e = s;
  while (e < end && text[e] !== "," && !ctx.channels.some((c) => c.start === e)) e++;
  let np = text.slice(s, e).trim();
  // '"…," said Ana Ruiz (D-N.M.)', 'said Ole Brandt (pictured)': a short parenthesis after the name is no part of it.
  const aside = PARENTHESIS_AFTER.exec(np);
  const asideLength = aside && aside.index > 0 ? aside[0].length : 0;
  if (asideLength) np = np.slice(0, aside!.index);
  const named = np;
  const namedEnd = e;
  // '"…," said Kirby in a statement on Monday': the speaker ends where the occasion or the date begins.
  if (!nounPhraseWords(np, lex)) {
    const stop = /\s(\p{L}+)(?=\s|$)/gu;
    for (let m = stop.exec(np); m; m = stop.exec(np)) {
      if (!ctx.words.invertedSubjectStops.has(m[1].toLowerCase())) continue;
      np = np.slice(0, m.index);
      e = s + np.length;
      break;
    }
  }
  // 'said economy expert Ana Ruiz of the Institute for Trade': the trade and name end where the affiliation begins.
  const affiliation = AFFILIATION.exec(np);
  const person = affiliation && !TRADE_AND_NAME.test(np) && TRADE_AND_NAME.test(np.slice(0, affiliation.index)) && !PROPER_NAME.test(np);
  if (person && analysedPhrase(ctx.phrases, np.slice(0, affiliation.index), lex).kind === "person") {
    np = np.slice(0, affiliation.index);
    e = s + np.length;
  }
  let a = analysedPhrase(ctx.phrases, np, lex);
  // '"…," said fisherman Ole Brandt': a common noun before a name is the person's trade.
  const tradeAndName = TRADE_AND_NAME.test(np) && a.kind === "person";
  let modified = false;
  const tooLong = np.split(/\s+/).length > 8 && !PROPER_NAME.test(np);
  if (!np || tooLong || !(plausibleSpeaker(a, lex) || documentPhrase(np, lex)) || (!nounPhraseWords(np, lex) && !tradeAndName && !documentPhrase(np, lex))) {
    // '"…," said a person familiar with the talks': the head speaks, its modifier runs to the comma.
    const head = modifiedHead(named, ctx, lex) ?? placedHead(named, s, ctx, lex);
    if (!head) return undefined;
    np = head;
    a = analysedPhrase(ctx.phrases, np, lex);
    modified = true;
  }
  let after = modified ? namedEnd : s + np.length + (np === named ? asideLength : 0);
  let apposition: string | undefined;
  if (text[e] === ",") {
    let k = e + 1;
    while (k < end && /\s/.test(text[k])) k++;
    const word = /^[\p{L}]+/u.exec(text.slice(k, k + 20))?.[0]?.toLowerCase() ?? "";
    if (!word.endsWith("ing") && word !== "according") {
      let stop = k;
      while (stop < end && text[stop] !== ",") stop++;
      apposition = text.slice(k, stop).trim();
      after = stop;
    }
  }
  const base = ctx.sentence.start;
  return { phrase: { text: np, start: base + s, end: base + s + np.length, apposition }, end: after };
}

/** '"…," said the ruling', 'said the group's latest report': a document, its last word a head of data/speakers.yaml `document_heads`, speaks for its issuer. */
function documentPhrase(np: string, lex: StatementLexicon): boolean {
  const words = np.split(/\s+/);
  const last = words.pop()!.toLowerCase();
  return words.length > 0 && words.length < 6 && lex.speakerWords.documentHeads.has(last) && nounPhraseWords(words.join(" "), lex);
}

/**
 * The head of an inverted speaker that a modifier follows: "a person familiar with the talks", "one
 * source briefed on the plan", "an official speaking on condition of anonymity" → "a person", "one
 * source", "an official". The modifier opens with an adjective of data/statement-words.yaml
 * `postmodifier_adjectives` or a participle in -ed or -ing; the head is a speaker's head.
 */
function modifiedHead(np: string, ctx: Ctx, lex: StatementLexicon): string | undefined {
  const words = np.split(/\s+/);
  for (let k = 1; k < words.length && k <= 6; k++) {
    const next = words[k];
    const head = words.slice(0, k).join(" ");
    // '"…," said the statement broadcast on state television': a document with a participle and its phrase speaks for its issuer.
    if (documentPhrase(head, lex) && /^\p{Ll}+$/u.test(next) && isPreposition(ctx, words[k + 1] ?? "")) return head;
    if (!(ctx.words.postmodifierAdjectives.has(next) || /^\p{Ll}+(?:ed|ing)$/u.test(next))) continue;
    const a = analysedPhrase(ctx.phrases, head, lex);
    return a.kind !== "pronoun" && plausibleSpeaker(a, lex) && nounPhraseWords(head, lex) && lex.speakerHeads.has(a.head) ? head : undefined;
  }
  return undefined;
}

/** Words the noun phrase of a placing preposition may take, and the relative clause after it. */
const MAX_PLACE_WORDS = 6;
const MAX_RELATIVE_WORDS = 6;

/**
 * '"…," said a nurse at the clinic', 'said one of the doctors at the hospital who treated them': a speaker's head, a
 * preposition that places it and its noun phrase with no verb, or a relative clause, or both: the phrase as the article words it.
 */
function placedHead(np: string, from: number, ctx: Ctx, lex: StatementLexicon): string | undefined {
  const words = np.split(/\s+/);
  const who = words.indexOf("who");
  const object = (k: number) => words.slice(k + 1, who < 0 ? undefined : who);
  for (let k = 1; k < words.length && k <= 6; k++) {
    // 'said a doctor who treated them': the relative clause right after the head.
    if (!ctx.words.invertedPlacePrepositions.has(words[k]) && k !== who) continue;
    const head = words.slice(0, k).join(" ");
    const a = analysedPhrase(ctx.phrases, head, lex);
    if (a.kind === "pronoun" || !plausibleSpeaker(a, lex) || !nounPhraseWords(head, lex) || !lex.speakerHeads.has(a.head)) continue;
    const place = k === who ? ["-"] : object(k);
    if (place.length === 0 || place.length > MAX_PLACE_WORDS || (who >= 0 && words.length - who > MAX_RELATIVE_WORDS + 1)) return undefined;
    // The place has no verb of its own ("said a nurse at the clinic", not "said a nurse at the clinic was shelled").
    const placeEnd = from + words.slice(0, who < 0 ? words.length : who).join(" ").length;
    for (let i = tokenAt(ctx, from); i < ctx.tokens.length && ctx.tokens[i].start < placeEnd; i++) {
      if (ctx.tokens[i].pos === "VERB" || ctx.tokens[i].pos === "AUX") return undefined;
    }
    return np;
  }
  return undefined;
}

const isPreposition = (ctx: Ctx, word: string) => ctx.words.invertedSubjectStops.has(word) || ctx.words.tailPrepositions.has(word);

/** A preposition that ties a person to where they work, before a capitalised word ("of Chile's Institute", "at Leiden University"). */
const AFFILIATION = /\s(?:of|at|from|with)\s+(?=\p{Lu})/u;

/** A body's proper name, however long: capitalised words with "of", "for", "the", "and" between ("the National Council for the Defence of the Andes"). */
const PROPER_NAME = /^(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|the|and|on|\p{Lu}[\p{L}’'-]*)){0,13}$/u;

/**
 * A parenthesis closing the speaker's phrase: a party and state, an acronym, an age ("(D-N.M.)", "(HSB)", "(45)"),
 * or the writer's aside about the words ('said Ruiz (a view shared by everyone I asked)').
 */
const PARENTHESIS_AFTER = /\s*\([^()]{1,160}\)$/u;

/**
 * Up to three lower-case words, then a name of two to four capitalised words ("local fisherman Ole Brandt"),
 * maybe after a name or number that places the trade ("Lima radio host Ana Ruiz", "TVN anchor Ole Brandt").
 */
const TRADE_AND_NAME = /^(?:[\p{Lu}\d][\p{L}\d\/.’'-]*\s+){0,2}(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*$/u;
