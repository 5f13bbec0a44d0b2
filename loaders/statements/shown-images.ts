/**
 * Pictures put out to show something: "Chile released satellite images showing frigates at the
 * border", "the navy shared footage that shows the damage", "Lima provided photos that allegedly
 * showed …". Who put the pictures out claims what they show: the subject of the verb of putting
 * out speaks, and the words after the word of showing are the content (data/statement-words.yaml
 * putting_out_verbs, picture_nouns, showing_words). Pictures nobody is said to have put out ("a
 * video showing …") name no speaker here.
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { nextCut } from "./opening.ts";
import { type Ctx, type Draft, isNegated, proseEnd } from "./sentence.ts";
import { mainSubject } from "./main-subjects.ts";
import { subjectBefore } from "./subjects.ts";

/** How many words may stand between the verb and the pictures ("released detailed new satellite images"). */
const MAX_WORDS_BEFORE_PICTURES = 5;

/** Words that may stand between the pictures and the word of showing ("that allegedly showed", "which it said show"). */
const BETWEEN_SHOWING: ReadonlySet<string> = new Set(["that", "which", "allegedly", "reportedly", "purportedly", "apparently", "clearly", "purporting", "to"]);

/** Statements told by pictures put out, which no draft of the sentence covers yet. */
export function shownImages(ctx: Ctx, lex: StatementLexicon, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const { tokens } = ctx;
  const w = ctx.words;
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i];
    if (verb.pos !== "VERB" || !w.puttingOutVerbs.has(verb.lemma) || ctx.quoted[verb.start]) continue;
    const pictures = picturesAfter(ctx, i);
    if (pictures < 0) continue;
    let k = pictures + 1;
    while (k < tokens.length && BETWEEN_SHOWING.has(tokens[k].lower)) k++;
    if (!w.showingWords.has(tokens[k]?.lower ?? "")) continue;
    const from = tokens[k + 1]?.lower === "that" ? k + 2 : k + 1;
    if (from >= tokens.length) continue;
    const start = tokens[from].start;
    const end = nextCut(ctx, start, proseEnd(ctx), lex);
    if (end <= start || drafts.some((d) => d.ranges.some(([s, e]) => s < end && e > start))) continue;
    // "The navy met on Monday and released photos …": a coordinated verb's subject is the clause's.
    const subject = subjectBefore(ctx, i, lex);
    const phrase = subject?.coordinated ? mainSubject(ctx, verb.start, lex) : subject?.phrase;
    if (!phrase) continue;
    const phraseStart = phrase.start - ctx.sentence.start;
    out.push({ ctx, phrase, anchor: verb.start, ranges: [[start, end]], attribution: [[phraseStart, start]], stance: "other", negated: isNegated(ctx, verb.start, lex), via: "", nominal: false });
  }
  return out;
}

/** The token of the pictures a verb at `i` puts out, past a few determiners, adjectives and nouns ("detailed satellite images"); -1 when none. */
function picturesAfter(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_WORDS_BEFORE_PICTURES + 1; k++) {
    const t = tokens[k];
    if (ctx.words.pictureNouns.has(t.lower)) return k;
    if (!t.word || !["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"].includes(t.pos)) return -1;
  }
  return -1;
}
