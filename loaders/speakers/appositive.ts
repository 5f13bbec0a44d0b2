/**
 * A name in apposition right after a description ("the head of Norland's army, Brig. Gen. Ola
 * Brenn, said …", "according to the mayor's spokesman, Tom Reed."): the person the description
 * stands for, named with the titles before the name.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import { escapeRegExp } from "../text.ts";

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
  const named = namedByParticiple(m[1], lex);
  if (named !== undefined) return named;
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

/**
 * "identified only by his surname Quispe", "named as Pedro Soto": a participle that names the person, then the name
 * (a surname alone too, as the participle says it is a name) up to the apposition's end; undefined with no such participle.
 */
function namedByParticiple(apposition: string, lex: StatementLexicon): string | undefined {
  const lead = lex.namingLead.exec(apposition);
  if (!lead) return undefined;
  const words = apposition.slice(lead[0].length).trim().split(/\s+/);
  const fits = words.length >= 1 && words.length <= 4 && words.every((w, i) => plain(w, lex) && (i === words.length - 1 || !w.endsWith(".")));
  return fits ? words.join(" ").replace(/\.$/, "") : "";
}

/** The lead of an apposition naming a person: a naming participle, "only", then "as" or "by his surname". */
export function namingLead(participles: string[], nouns: string[]): RegExp {
  const alt = (ws: string[]) => ws.map((w) => escapeRegExp(w).replace(/\s+/g, "\\s+")).join("|");
  return new RegExp(`^(?:who\\s+(?:was|is)\\s+)?(?:${alt(participles)})(?:\\s+only)?(?:\\s+as|\\s+by\\s+(?:his|her|their|the)\\s+(?:${alt(nouns)}))?\\s+`, "iu");
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
