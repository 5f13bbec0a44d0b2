/**
 * The runs of capitalised words of an article ("Russian Defense Minister Andrei Belousov", "Samir
 * al-Hadi"), outside lines in headline case: the names a lone surname or given name may stand for.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import { escapeRegExp, straightApostrophes } from "../text.ts";
import { titleAsSurname } from "./phrase.ts";

const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,6}/gu;
const nameRunPatterns = new WeakMap<Set<string>, RegExp>();

/**
 * Runs of capitalised words, through the lower-case particles of a name ("Petra van Dijk", "Samir
 * al-Hadi", "Luis de la Fuente", data/speakers.yaml `name_particles`) when a capitalised word follows them.
 */
export function nameRunPattern(particles: Set<string>): RegExp {
  let pattern = nameRunPatterns.get(particles);
  if (!pattern) {
    const p = [...particles].map(escapeRegExp).join("|");
    pattern = p ? new RegExp(`\\p{Lu}[\\p{L}’'-]*(?: (?:(?:${p}) ){0,2}(?:(?:${p})-)?\\p{Lu}[\\p{L}’'-]*){0,6}`, "gu") : NAME_RUN;
    nameRunPatterns.set(particles, pattern);
  }
  return pattern;
}


/** A surname that opens with a capitalised particle ("Al-Hadi") as a name run writes it ("al-Hadi"). */
export function particleCase(name: string, lex: StatementLexicon): string {
  const hyphen = name.indexOf("-");
  return hyphen > 0 && lex.speakerWords.nameParticles.has(name.slice(0, hyphen).toLowerCase()) ? name[0].toLowerCase() + name.slice(1) : name;
}


/** Words of four letters or more: those headline case capitalises and prose does not. */
const LONG_WORD = /\p{L}{4,}/gu;

/**
 * The capitalised runs of the body ("Russian Defense Minister Andrei Belousov", "The") outside
 * the lines in headline case, in text order, as offsets: a long article has hundreds of
 * thousands, kept as two lists of numbers rather than an object and a string each.
 */
export interface NameRuns {
  starts: number[];
  ends: number[];
}

export function nameRuns(raw: string, bodyStart: number, pattern: RegExp = NAME_RUN): NameRuns {
  const lines = headlineCaseLines(raw, bodyStart);
  const runs: NameRuns = { starts: [], ends: [] };
  // The pattern looks neither behind nor at the text's end: read from bodyStart, it finds what it finds in the body alone.
  pattern.lastIndex = bodyStart;
  let k = 0;
  for (let m = pattern.exec(raw); m; m = pattern.exec(raw)) {
    while (k < lines.length && lines[k][1] <= m.index) k++;
    if (k < lines.length && lines[k][0] <= m.index) continue;
    runs.starts.push(m.index);
    runs.ends.push(m.index + m[0].length);
  }
  pattern.lastIndex = 0;
  return runs;
}

/**
 * The lines written in headline case ("Obama Says African-American Museum Will Tell of …"):
 * four or more long words, all capitalised. Their runs of capitals are not names
 * ("Obama Says African-American Museum Will" is no one's full name).
 */
function headlineCaseLines(raw: string, bodyStart: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  const line = /[^\n]+/g;
  line.lastIndex = bodyStart;
  for (let m = line.exec(raw); m; m = line.exec(raw)) {
    const words = m[0].match(LONG_WORD) ?? [];
    if (words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w))) lines.push([m.index, m.index + m[0].length]);
  }
  return lines;
}

/**
 * Capitalised runs of two or more words (titles left out) by their first and last word,
 * in article order: the fuller names a lone surname or given name may stand for.
 */
export function nameRunIndex(raw: string, runs: NameRuns, lex: StatementLexicon): Map<string, Array<{ start: number; name: string }>> {
  const index = new Map<string, Array<{ start: number; name: string }>>();
  for (let r = 0; r < runs.starts.length; r++) {
    const start = runs.starts[r];
    const end = runs.ends[r];
    // Most runs are one capitalised word, which names nothing fuller.
    const space = raw.indexOf(" ", start);
    if (space < 0 || space >= end) continue;
    // A title ends what describes the person ("South Korean Defense Minister Shin Won-sik"): the name follows the last one.
    const all = raw.slice(start, end).split(" ");
    // "When Ruiz’s report …": a word that opens a sentence, capitalised there, is no part of a name.
    while (all.length > 1 && lex.speakerWords.nameRunOpeners.has(all[0].toLowerCase())) all.shift();
    let lastTitle = -1;
    all.forEach((w, k) => {
      // "Charlie King": a title word that ends the run after a given name is the surname.
      if (lex.titleWords.has(w.toLowerCase()) && !(k === all.length - 1 && k > 0 && titleAsSurname(all[k - 1], w, lex))) lastTitle = k;
    });
    for (const ws of possessorSplit(all.slice(lastTitle + 1))) {
      while (ws.length && lex.speakerWords.nameSuffixes.has(ws[ws.length - 1].toLowerCase().replace(/[.,]+$/, ""))) ws.pop();
      if (ws.length < 2) continue;
      const hit = { start, name: ws.join(" ") };
      // Indexed by its first and its last word (once when they are the same).
      pushTo(index, nameKey(ws[0]), hit);
      if (ws[ws.length - 1] !== ws[0]) pushTo(index, nameKey(ws[ws.length - 1]), hit);
    }
  }
  return index;
}

type NameHits = ReadonlyArray<{ start: number; name: string }>;

/** Each list's answer to runSpelledAsSurname, found once: the list holds every run of the name in the article. */
const asSurnameOf = new WeakMap<NameHits, string>();

/**
 * The name the runs of `hits` (the index's list for `key`) give in full: the first run that ends in `key` as its
 * surname, else the first run. The same whatever the phrase asking: a long article's list holds thousands of
 * runs and is asked at every phrase of the name, so a search each time made resolving speakers quadratic.
 */
export function runSpelledAsSurname(hits: NameHits, key: string): string {
  let name = asSurnameOf.get(hits);
  if (name === undefined) {
    const asSurname = hits.find((h) => nameKey(h.name).endsWith(` ${nameKey(key)}`));
    asSurnameOf.set(hits, (name = (asSurname ?? hits[0]).name));
  }
  return name;
}

/**
 * A possessive ends a name ("Anna Berg’s Harbour Party" names Anna Berg, then the party; "Norland's
 * Ola Brenn" names a state, then a person): the words before it without its "’s", and those after it.
 */
function possessorSplit(ws: string[]): string[][] {
  const parts: string[][] = [[]];
  for (const w of ws) {
    const owner = /^(.+)[’']s$/u.exec(w);
    parts[parts.length - 1].push(owner ? owner[1] : w);
    if (owner) parts.push([]);
  }
  return parts;
}

/**
 * A name's word as the index keeps it: a curly apostrophe as a straight one, as a page that mixes the two
 * ("James O’Neill … said O'Neill") writes one name.
 */
export const nameKey = straightApostrophes;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

