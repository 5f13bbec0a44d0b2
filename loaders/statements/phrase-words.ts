/**
 * A speaker's noun phrase read backwards from its verb, word by word: which words may stand in it
 * ("Ostmark special forces", "a spokesman for the ministry", "a communique from the Office of …") and where it starts.
 */
import { STATE_KINDS } from "../actors.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { issuerLink, roleLink } from "./phrase-links.ts";
import { type Ctx, type Token, dateAt } from "./sentence.ts";

/** The first token of the speaker phrase that ends at `endTok`, read backwards through a list of parties. */
export function phraseStartBefore(ctx: Ctx, endTok: number, lex: StatementLexicon): number {
  const { tokens, text } = ctx;
  let startTok = endTok + 1;
  let k = endTok;
  while (k >= 0 && endTok - k < 25) {
    const t = tokens[k];
    if (t.text === ",") {
      // A list of parties continues through commas when an "and" closes it.
      const scanned = tokens.slice(k + 1, endTok + 1);
      if (!scanned.some((x) => x.lower === "and")) break;
      let m = k - 1;
      while (m >= 0 && tokens[m].text !== "," && speakerPhraseWord(ctx, m, false, lex) && !["a", "an"].includes(tokens[m].lower)) m--;
      const segStart = tokens[m + 1]?.start ?? 0;
      const segment = text.slice(segStart, t.start);
      const base = ctx.sentence.start;
      const segMentions = ctx.mentions.filter((x) => x.start - base >= segStart && x.end - base <= t.start && !x.demonym && x.actor.kind !== "person");
      const wholeSegment = m < 0 || tokens[m].text === ",";
      if (!wholeSegment || m + 1 > k - 1 || segMentions.length === 0 || dateAt(ctx, segStart) || !segment.trim()) break;
      startTok = m + 1;
      k = m;
      continue;
    }
    if (!speakerPhraseWord(ctx, k, k === endTok, lex)) break;
    startTok = k;
    if (ctx.words.pronouns.has(t.lower)) break;
    // A determiner ends the phrase, unless a preposition inside it comes before ("vice president of the ministry").
    if (["the", "a", "an", "some"].includes(t.lower) && !["of", "at", "for", "from", ",", "and"].includes(tokens[k - 1]?.text.toLowerCase() ?? "") && !roleLink(ctx, k - 1, lex) && !issuerLink(ctx, k - 1, lex)) break;
    k--;
  }
  return startTok;
}

/** Whether the token at `at` may stand in a speaker's noun phrase read backwards from its verb (`isFirst`: the phrase's last word). */
export function speakerPhraseWord(ctx: Ctx, at: number, isFirst: boolean, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  const t = tokens[at];
  if (ctx.quoted[t.start]) return false;
  // "Its statement said", "their report says": a possessive pronoun before a document belongs to the phrase.
  // So before a speaker's head: "its manufacturer said", "their lawyer said"; and before a relative: "his wife said".
  const next = tokens[at + 1]?.lower ?? "";
  const headAfter = lex.speakerWords.documentHeads.has(next) || lex.speakerHeads.has(next) || lex.speakerWords.kinHeads.has(next);
  if (lex.speakerWords.possessivePronouns.has(t.lower) && headAfter) return true;
  if (ctx.words.pronouns.has(t.lower)) return isFirst;
  // A long word in capitals is a scraping artefact ("ADVERTISEMENT"), not part of a name.
  // But a lead may set its first word so: "VENEZUELAN President …" names a state when read in title case.
  if (t.text.length >= 8 && t.text === t.text.toUpperCase() && /^\p{Lu}+$/u.test(t.text)) return shoutedState(t.text, lex);
  if (/^\p{Lu}/u.test(t.text)) return !ctx.words.clauseStops.has(t.lower) || t.lower === "the";
  if (/^\p{N}/u.test(t.text)) return true;
  if (t.text === "’" || t.text === "'" || t.text === "-") return true;
  // A slash between two names of one body ("Radio Free Europe/Radio Liberty", "RFE/RL").
  if (t.text === "/" && /^\p{Lu}/u.test(tokens[at - 1]?.text ?? "") && /^\p{Lu}/u.test(tokens[at + 1]?.text ?? "")) return true;
  // The final period of an abbreviation ("U.N." in "Russia's U.N. ambassador").
  if (t.text === "." && /\.\p{L}$/u.test(tokens[at - 1]?.text ?? "")) return true;
  // The period of a title written short ("Mr. Barrett", "Gov. Abbott") or of an initial ("Donald J. Trump").
  if (t.text === "." && (lex.titleWords.has(`${tokens[at - 1]?.lower ?? ""}.`) || /^\p{Lu}$/u.test(tokens[at - 1]?.text ?? ""))) return true;
  if (/['’]s$/.test(t.text)) return true;
  // A particle of a name after a capitalised word ("Khalid bin Saud", "Samir al-Hadi").
  if (lex.speakerWords.particleWord.test(t.text) && /^\p{Lu}/u.test(tokens[at - 1]?.text ?? "")) return true;
  if (!isFirst && (roleLink(ctx, at, lex) || issuerLink(ctx, at, lex))) return true;
  // A speaker's head the tagger reads as an adjective heads the phrase all the same ("the captive said").
  if (lex.roleWords.has(t.lower) || lex.speakerHeads.has(t.lower) || ctx.words.phraseFunctionWords.has(t.lower) || lex.numbers.has(t.lower) || (/^[\p{L}]+-[\p{L}]+$/u.test(t.text) && lex.roleWords.has(t.lower.split("-")[0]))) return true;
  if (ctx.words.clauseStops.has(t.lower) || ctx.words.auxiliaries.has(t.lower)) return false;
  // A common noun heads the subject of a speech verb ("the bank said", "several cast members
  // said"); nouns, adjectives and numbers modify it ("a Ukrainian military source").
  if (t.word && (t.pos === "NOUN" || (!isFirst && (t.pos === "ADJ" || t.pos === "NUM")))) return true;
  // "a captured Chilean soldier", "a retired general": a participle between a determiner and the head modifies it.
  if (!isFirst && t.pos === "VERB" && /ed$/.test(t.lower) && lex.speakerWords.determiners.has(tokens[at - 1]?.lower ?? "")) return true;
  // A modifier the tagger does not call one, between a possessor and the head: "South Korea's spy agency".
  return !isFirst && t.word && (possessive(tokens[at - 1]) || (tokens[at - 1]?.word && possessive(tokens[at - 2])));
}

/** Whether a word in capitals, read in title case, is a state's name or adjective ("PERUVIAN"). */
function shoutedState(word: string, lex: StatementLexicon): boolean {
  const titled = word[0] + word.slice(1).toLowerCase();
  const found = lex.gazetteer.find(titled);
  return found.length === 1 && found[0].text === titled && STATE_KINDS.has(found[0].actor.kind);
}

export const possessive = (t: Token | undefined) => !!t && /^\p{Lu}.*['’]s$/u.test(t.text);
