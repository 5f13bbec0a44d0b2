/**
 * A name in apposition right after a description ("the head of Norland's army, Brig. Gen. Ola
 * Brenn, said …", "according to the mayor's spokesman, Tom Reed."): the person the description
 * stands for, named with the titles before the name.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";

/** How far past a description its apposition may run. */
const MAX_APPOSITION = 80;

/**
 * The name the words after `end` give in apposition: ", " then titles (title words, capitalised
 * words, abbreviations with a stop, "of"), then a name of two to four words, then a comma, a
 * stop or the sentence's end; "" when none, or when the name is a body the gazetteer knows.
 */
export function appositiveName(raw: string, end: number, lex: StatementLexicon): string {
  const m = /^,\s+([^,;:()“”"\n]+)/u.exec(raw.slice(end, end + MAX_APPOSITION));
  if (!m) return "";
  const words = m[1].trim().split(/\s+/);
  // The titles, then the name: plain capitalised words, the last closing the apposition or the sentence.
  let k = 0;
  while (k < words.length && !startsName(words, k, lex)) {
    if (!isTitleWord(words[k], lex)) return "";
    k++;
  }
  const name: string[] = [];
  let last = k;
  for (; k < words.length && name.length < 4 && plain(words[k], lex); k++) {
    name.push(words[k].replace(/\.$/, ""));
    last = k;
    if (words[k].endsWith(".")) break;
  }
  if (name.length < 2) return "";
  if (last < words.length - 1 && !words[last].endsWith(".")) return "";
  const text = name.join(" ");
  return lex.gazetteer.find(text).some((x) => x.actor.kind !== "person" || x.demonym) ? "" : text;
}

/** A word of a personal name: capitalised letters (a stop may close the sentence), no title or role word. */
function plain(word: string | undefined, lex: StatementLexicon): boolean {
  const stem = word?.replace(/\.$/, "") ?? "";
  return /^\p{Lu}[\p{Ll}’'-]+$/u.test(stem) && !lex.titleWords.has(stem.toLowerCase()) && !lex.roleWords.has(stem.toLowerCase());
}

/** Whether a name of two or more plain words starts at `k`. */
const startsName = (words: string[], k: number, lex: StatementLexicon) => plain(words[k], lex) && !words[k].endsWith(".") && plain(words[k + 1], lex);

/** A word a title before a name may hold: a title word, a capitalised word (an abbreviation with a stop too), "of". */
function isTitleWord(word: string, lex: StatementLexicon): boolean {
  const w = word.toLowerCase();
  return lex.titleWords.has(w) || lex.titleWords.has(w.replace(/\.$/, "")) || /^\p{Lu}/u.test(word) || w === "of";
}
