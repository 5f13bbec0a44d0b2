/**
 * The words a statement's anchor can be (a speech verb's first word, a source or stance noun,
 * a speech verb's lemma with -s, -d or -ed): a sentence without any has no verbal or nominal
 * statement, and its words need not be read. A word stands between non-letters, as wink-nlp
 * reads it, in any case.
 *
 * Every cue is one word of ASCII letters (loadCueWords checks it), so a sentence holds one
 * when one of its runs of letters and digits (`\p{L}`, `\p{N}`), lower-cased, is a cue: one
 * look-up per word, where one pattern of five hundred alternatives was tried at every
 * character. Read without case, "ſ" is an "s" and the Kelvin sign a "k", as a pattern with
 * the i and u flags reads them.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import { verbsByLemma } from "./verb-lemmas.ts";

export interface CueWords {
  words: ReadonlySet<string>;
  /** The shortest and the longest cue: a run of another length is no cue and is not looked up. */
  shortest: number;
  longest: number;
  /** Each cue's first three letters (shorter cues: all), as prefixKey reads them: most words begin no cue. */
  prefixes: ReadonlySet<number>;
}

const byLexicon = new WeakMap<StatementLexicon, CueWords>();

/** The lexicon's cue words, lower-case. */
export function cueWords(lex: StatementLexicon): CueWords {
  let cues = byLexicon.get(lex);
  if (!cues) {
    // A speech verb read by its lemma may be in a form not listed: the bare lemma ("note") or with -s, -d, -ed.
    const lemmas = [...verbsByLemma(lex).keys()].flatMap((l) => ["", "s", "d", "ed"].map((ending) => l + ending));
    const words = new Set([...lex.verbs.keys(), ...lex.sourceNouns, ...lex.stanceNouns.keys(), ...lemmas].map((w) => w.toLowerCase()));
    for (const word of words) if (!/^[a-z]+$/.test(word)) throw new Error(`statement cue "${word}" is not one word of letters a-z: cue-words.ts reads only such words`);
    const lengths = [...words].map((w) => w.length);
    const prefixes = new Set([...words].map((w) => prefixKey(w, 0, w.length)));
    cues = { words, shortest: Math.min(...lengths), longest: Math.max(...lengths), prefixes };
    byLexicon.set(lex, cues);
  }
  return cues;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LONG_S = 0x17f;
const KELVIN = 0x212a;

/** Whether the code point is a letter or a digit (`[\p{L}\p{N}]`). */
function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** Up to the first three characters of text[from, to), lower-cased ASCII ("ſ" as "s", the Kelvin sign as "k"), as one number. */
function prefixKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let k = from; k < Math.min(to, from + 3); k++) key = key * 128 + foldedCode(text.charCodeAt(k));
  return key;
}

function foldedCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === LONG_S) return 115;
  if (code === KELVIN) return 107;
  return code;
}

/** Whether one of the text's words is a cue. */
export function holdsCue(text: string, cues: CueWords): boolean {
  for (let i = 0; i < text.length; ) {
    let code = text.codePointAt(i)!;
    if (!isLetterOrDigit(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const from = i;
    // Only ASCII letters, "ſ" and the Kelvin sign can spell a cue.
    let spellsCue = true;
    let folded = false;
    for (; i < text.length && isLetterOrDigit((code = text.codePointAt(i)!)); i += code > 0xffff ? 2 : 1) {
      if (code === LONG_S || code === KELVIN) folded = true;
      else if (code >= 128) spellsCue = false;
    }
    if (!spellsCue || i - from < cues.shortest || i - from > cues.longest || !cues.prefixes.has(prefixKey(text, from, i))) continue;
    let word = text.slice(from, i).toLowerCase();
    if (folded) word = word.replace(/ſ/g, "s");
    if (cues.words.has(word)) return true;
  }
  return false;
}
