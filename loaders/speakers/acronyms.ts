/**
 * The name a short form stands for where the article defines it: in brackets after the name ("Royal United
 * Services Institute (RUSI)") or in apposition between commas ("the Andean Border Agency, ABA, said"). Initials
 * may be written in capitals or in title case ("Andean Trade Council (Atco)"): their letters begin the name's
 * words in turn, a word giving one letter or more ("Co" of "Cooperation"), "of", "for", "the", "and" none.
 * Capitals that spell no words of the name (initials of its name in another language) still name the
 * capitalised name they are written beside.
 */
import { escapeRegExp } from "../text.ts";

const INNER = /^(?:of|for|the|and|on|to)$/;
/** Initials with stops that may open a body's name: "U.S.", "U.K.". */
const STATE_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** How many words a name may have before its short form. */
const MAX_WORDS = 9;

export function definedAcronym(raw: string, short: string): string {
  // "the S.E.C.", "the F.B.I.": initials written with stops are the same short form; two ("U.S.") name a state, not a body.
  if (/^(?:\p{Lu}\.){3,6}$/u.test(short)) return definedAcronym(raw, short.replace(/\./g, ""));
  const caps = /^\p{Lu}{2,6}$/u.test(short);
  if (!caps && !/^\p{Lu}\p{Ll}{2,6}$/u.test(short)) return "";
  const written = new RegExp(`\\(${escapeRegExp(short)}\\)|,\\s${escapeRegExp(short)},`, "gu");
  for (const m of raw.matchAll(written)) {
    const before = raw.slice(Math.max(0, m.index! - 160), m.index!);
    const run = nameRun(before);
    if (run.length === 0) continue;
    const spelt = spellingStart(run, short.toUpperCase());
    // "the U.S. Department of Justice (DOJ)": a state's initials before the spelt name stay with it.
    if (spelt >= 0) return run.slice(spelt > 0 && STATE_INITIALS.test(run[spelt - 1]) ? spelt - 1 : spelt).join(" ");
    // Another language's initials ("SVR" beside its English name): capitals only, beside a name of two words or more.
    // Only a name the text opens ("the …", "Peru's …"): after any other lower-case word it may run on further back.
    if (caps && run.filter((w) => !INNER.test(w)).length >= 2 && opensName(before, run)) return run.join(" ");
  }
  return caps ? spelledOut(raw, short) : "";
}

/** How far after its first word a name written out is read, and how many such words are tried. */
const NAME_REACH = 120;
const MAX_CANDIDATES = 500;

/**
 * "the Ministry of External Affairs said … the MEA added": capitals never defined beside a name still stand for
 * a name the article writes out, one word for each letter, its words capitalised but for one at most.
 */
function spelledOut(raw: string, short: string): string {
  if (short.length < 3) return "";
  let candidates = 0;
  for (const m of raw.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(short[0])}\\p{Ll}+`, "gu"))) {
    // Bounded: each short form reads at most so many words of its first letter, however long the text.
    if (++candidates > MAX_CANDIDATES) break;
    const words: string[] = [];
    for (const w of raw.slice(m.index, m.index + NAME_REACH).split(/\s+/)) {
      words.push(w.replace(/[,.;:)”"]+$/, ""));
      if (words.length >= MAX_WORDS || /[,.;:)”"]$/.test(w)) break;
    }
    for (let n = short.length; n <= words.length; n++) {
      const name = words.slice(0, n);
      const content = name.filter((w) => !INNER.test(w));
      if (content.length > short.length) break;
      const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
      if (content.length === short.length && capitalised >= content.length - 1 && !INNER.test(name[n - 1]) && initials(content) === short) return name.join(" ");
    }
  }
  return "";
}

/** The first letters of words, in capitals. */
const initials = (words: string[]) => words.map((w) => w[0].toUpperCase()).join("");

/** The capitalised words (with "of", "for" … between them) that end the text: the name before the short form. */
function nameRun(before: string): string[] {
  const words = before.trimEnd().split(/\s+/);
  const kept: string[] = [];
  while (words.length && kept.length < MAX_WORDS) {
    const word = words.pop()!;
    // "Chile's Andean Border Agency": the possessor is no word of the name.
    if (INNER.test(word)) kept.unshift(word);
    else if ((/^\p{Lu}[\p{L}\d’'&-]*$/u.test(word) && !/[’']s$/.test(word)) || STATE_INITIALS.test(word)) kept.unshift(word);
    else break;
  }
  while (kept.length && (INNER.test(kept[0]) || /^(?:The|A|An)$/.test(kept[0]))) kept.shift();
  return kept;
}

/** Whether the word before the run opens a name: an article, a possessive, a stop or nothing. */
function opensName(before: string, run: string[]): boolean {
  const words = before.trimEnd().split(/\s+/);
  const prior = words[words.length - run.length - 1] ?? "";
  return prior === "" || /^(?:the|The|a|an)$/.test(prior) || /[’']s$|[.,;:—–-]$/.test(prior);
}

/** The first word from which the name's words spell the letters, the longest name first; -1 when none does. */
function spellingStart(run: string[], letters: string): number {
  for (let i = 0; i < run.length; i++) {
    if (!INNER.test(run[i]) && spells(run.slice(i), letters)) return i;
  }
  return -1;
}

/** Whether the letters are made of a leading piece of each capitalised word in turn (inner words may give none). */
function spells(words: string[], letters: string): boolean {
  if (words.length === 0) return letters.length === 0;
  const [word, ...rest] = words;
  const upper = word.toUpperCase();
  if (INNER.test(word) && spells(rest, letters)) return true;
  for (let n = 1; n <= Math.min(upper.length, letters.length); n++) {
    if (upper[n - 1] !== letters[n - 1]) break;
    if (spells(rest, letters.slice(n))) return true;
  }
  return false;
}
