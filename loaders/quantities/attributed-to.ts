/**
 * The `attributed_to` of a number: the cue that governs it within its sentence's window, else
 * a next sentence of the same paragraph that only attributes the figure ("That figure comes
 * from …", data/quantity-words.yaml).
 */
import type { Gazetteer } from "../actors.ts";
import type { ArticleDoc } from "../document.ts";
import { tokenize, type Token } from "../numbers.ts";
import { findCues, pickCue, type Context } from "./claimants.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { pollOwner } from "./poll-owners.ts";
import { firstTokenAfter, WINDOW, windowTokens } from "./window.ts";

export function attribution(doc: ArticleDoc, index: number, tokens: Token[], start: number, end: number, lex: QuantityLexicon, gazetteer: Gazetteer): string {
  const raw = doc.article.raw;
  const contextOf = (toks: Token[], sentenceStart: number): Context => {
    const claimantNounAt = (k: number) => !!lex.claimantNouns.match(toks, k);
    if (toks.length === 0) return { tokens: toks, mentions: [], raw, sentenceStart, words: lex.words, claimantNounAt };
    const from = toks[0].start;
    return { tokens: toks, mentions: gazetteer.find(raw.slice(from, toks[toks.length - 1].end), from), raw, sentenceStart, words: lex.words, claimantNounAt };
  };
  const window = windowTokens(tokens, start, end);
  const mayAttribute = (toks: Token[]) => toks.some((t) => lex.attributionPhraseStarts.has(t.lower) || lex.attributionVerbs.has(t.lower));
  const cues = mayAttribute(window) ? findCues(contextOf(window, doc.sentences[index].start), lex) : [];
  const own = pickCue(cues, start, end, window, lex.words);
  if (own || cues.length > 0) return titleNamed(raw, doc.sentences[index].start, own, lex) ?? own;
  const next = doc.sentences[index + 1];
  if (next && next.paragraph === doc.sentences[index].paragraph && lex.words.attributingFollowUp.test(next.text) && next.text.length < 2 * WINDOW) {
    return findCues(contextOf(tokenize(next.text, next.start), next.start), lex)[0]?.claimant ?? "";
  }
  const account = sourceGoingOn(doc, index, lex, (toks, from) => findCues(contextOf(toks, from), lex));
  if (account) return account;
  // "The Lima Daily poll …, surveying a sample of 1,001 adults": no verb of saying, the pollster's count.
  const first = firstTokenAfter(tokens, start);
  return tokens[first]?.start === start ? (pollOwner(doc, index, tokens, first, lex) ?? "") : "";
}

/**
 * "A Times analysis … shows donors moving left. In May, they gave $4 million": a sentence with no
 * cue of its own goes on with the findings the sentence before in its paragraph set out, when a
 * source (analysis, study, poll) sets them out by a verb of findings before them (data/quantity-
 * words.yaml account_verbs); that source's author claims its figures.
 */
function sourceGoingOn(doc: ArticleDoc, index: number, lex: QuantityLexicon, cuesOf: (tokens: Token[], from: number) => ReturnType<typeof findCues>): string | undefined {
  const before = doc.sentences[index - 1];
  if (!before || before.paragraph !== doc.sentences[index].paragraph || before.text.length > 2 * WINDOW) return undefined;
  const tokens = tokenize(before.text, before.start);
  const verb = tokens.findIndex((t) => lex.words.accountVerbs.has(t.lower));
  // A verb that closes its sentence ("…, a Times analysis shows.") attributes only that sentence's words.
  if (verb < 0 || tokens[verb + 1]?.kind !== "word" || !tokens.slice(0, verb).some((t) => lex.sources.has(t.lower))) return undefined;
  const cue = cuesOf(tokens, before.start).find((c) => c.at === tokens[verb].start);
  return cue?.claimant;
}

/** A name's words after a title: capitalised, or a particle hyphened onto one ("al-Qudra"). */
const NAME = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|\p{Ll}{1,3}-\p{Lu}[\p{L}'’-]+)`;

/**
 * "According to the spokesman" after "ministry spokesman Ana Ruiz Vidal said": a claimant that is
 * a title alone (one claimant noun) is the person the article named with that title before.
 */
function titleNamed(raw: string, before: number, claimant: string, lex: QuantityLexicon): string | undefined {
  // "the spokesman", or a title written capitalised ("the Commissioner said").
  if (!/^\p{L}\p{Ll}+$/u.test(claimant) || !lex.claimantNouns.match(tokenize(claimant, 0), 0)) return undefined;
  // The title may open a capitalised run ("Defence Minister Ana Ruiz"): its first letter either way.
  const title = `[${claimant[0].toLowerCase()}${claimant[0].toUpperCase()}]${claimant.slice(1)}`;
  const titled = new RegExp(String.raw`\b${title}\s+(${NAME}(?:\s+${NAME}){1,3})`, "gu");
  let name: string | undefined;
  // Within an article's length before the amount: a file of many articles read as one stays linear.
  const from = Math.max(0, before - TITLE_REACH);
  const text = raw.slice(from, before);
  for (const m of text.matchAll(titled)) {
    // "Deputy Defense Minister Ana Ruiz" is no "the minister": a rank before the title names another.
    const words = raw.slice(Math.max(0, from + m.index - 40), from + m.index).toLowerCase().split(/\s+/).filter(Boolean).slice(-2);
    if (!words.some((w) => lex.words.titleRanks.has(w))) name = m[1];
  }
  return name ?? appositiveNamed(text, title, lex);
}

/** How far before an amount the person a title names is looked for, in characters: a long report's length. */
const TITLE_REACH = 30_000;

/** How many words a title in apposition may have before it: "Ana Ruiz, Peru's trade commissioner". */
const APPOSITION_WORDS = 3;

/**
 * A name with the title in apposition after it: "Ana Ruiz, the EU Commissioner for Trade, said …"
 * names the person "the Commissioner" is later; the title ends the apposition or opens its
 * "for"/"of" ("Ana Ruiz, a police sergeant" is no police). The last such name before the sentence.
 */
function appositiveNamed(text: string, title: string, lex: QuantityLexicon): string | undefined {
  // The title is found first (a literal scan), then the name just before it: a pattern opening
  // on every capital would be tried all through a long article for each amount.
  const titles = new RegExp(String.raw`\b${title}(?=,|[^\S\n]+(?:for|of|to|at|in)\b)`, "gu");
  // Within a line: a headline's last word is no first name.
  const apposed = new RegExp(String.raw`(${NAME}(?:[^\S\n]+${NAME}){1,3}),[^\S\n]+(?:[\p{L}.'’]+[^\S\n]+){0,${APPOSITION_WORDS}}$`, "u");
  let name: string | undefined;
  for (const t of text.matchAll(titles)) {
    const m = apposed.exec(text.slice(Math.max(0, t.index - APPOSITION_REACH), t.index));
    // "On Monday, Chile's trade commissioner": no name of a person.
    const words = m?.[1].split(/\s+/) ?? [];
    if (m && !words.some((w) => lex.words.stopWords.has(w.toLowerCase()) || lex.words.months.has(w.toLowerCase()) || /day$/i.test(w))) name = m[1];
  }
  return name;
}

/** How far before a title its name and apposition may start, in characters. */
const APPOSITION_REACH = 160;
