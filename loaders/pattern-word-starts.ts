/**
 * The words a regular expression cannot match without, read from its source, so that the
 * dictionaries' phrase patterns are tried only on sentences that hold one of them: the
 * pattern `\b(?:talks|negotiations|discussions)\b` only where a word begins "talks",
 * "negotiations" or "discussions"; `\bfail(?:s|ed|ing)? to (?:reach|agree)\b` where one
 * begins "fail".
 *
 * The reading spells out what each part of the pattern can match while the strings are few,
 * and keeps, of what every match needs, the word beginnings: a run of word characters after
 * a `\b`, a space or a hyphen in the spelled-out string. Only ASCII characters are spelled
 * out: without the u flag a case-insensitive pattern matches an ASCII letter only with itself
 * in either case. A class of characters, a repetition that may be empty, a non-ASCII letter
 * say nothing definite of what they match, but what the text ends with before a part is read
 * through them: "\s+(?:\w+\s+){0,2}concerned" needs a word beginning "concerned", whether the
 * optional words stand or not. A pattern whose every match needs no word beginning of three
 * letters or more is tried on every sentence. The index is a necessary condition, never a
 * sufficient one: a pattern still runs on the sentences it lets through.
 */

/** Values (the dictionary entries) by the word beginnings their patterns need. */
export class WordStartIndex<T> {
  /** By the first MIN_KEY characters of the word beginning, as a number (see prefixKey). */
  private readonly byPrefix = new Map<number, Array<{ start: string; value: T }>>();
  private readonly anywhere: T[] = [];
  private readonly all: T[] = [];

  /** The index of `values` by the patterns `patternOf` gives them. */
  static of<T>(values: Iterable<T>, patternOf: (value: T) => RegExp): WordStartIndex<T> {
    const index = new WordStartIndex<T>();
    for (const value of values) index.add(patternOf(value), value);
    return index;
  }

  add(pattern: RegExp, value: T): void {
    const starts = requiredWordStarts(pattern.source, pattern.flags);
    this.all.push(value);
    if (!starts) this.anywhere.push(value);
    for (const start of starts ?? []) {
      const key = prefixKey(start, 0);
      const list = this.byPrefix.get(key) ?? [];
      if (!list.length) this.byPrefix.set(key, list);
      list.push({ start, value });
    }
  }

  /**
   * The values whose patterns may match in `text`: one look-up per word of MIN_KEY characters
   * or more, scanned by character code (it runs on every sentence, and makes no strings).
   */
  candidates(text: string): Set<T> {
    const out = new Set(this.anywhere);
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      if (!isWordCode(code)) {
        if (code === LONG_S || code === KELVIN) return new Set(this.all);
        i++;
        continue;
      }
      const from = i;
      while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
      const list = i - from >= MIN_KEY ? this.byPrefix.get(prefixKey(text, from)) : undefined;
      if (list) for (const { start, value } of list) if (beginsWith(text, from, i, start)) out.add(value);
    }
    return out;
  }
}

/**
 * The two characters a case-insensitive pattern with the u flag reads as ASCII letters ("ſ" as
 * "s", the Kelvin sign as "k") and as word characters: a text with one is given every pattern.
 */
const LONG_S = 0x17f;
const KELVIN = 0x212a;

/** A word character as `\b` reads it: [A-Za-z0-9_]. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The first MIN_KEY (three) characters from `at`, lower-cased, as one number. */
function prefixKey(text: string, at: number): number {
  return (lowerCode(text.charCodeAt(at)) << 14) | (lowerCode(text.charCodeAt(at + 1)) << 7) | lowerCode(text.charCodeAt(at + 2));
}

/** Whether the word text[from, to) begins with `start` (lower-case), in any case. */
function beginsWith(text: string, from: number, to: number, start: string): boolean {
  if (to - from < start.length) return false;
  for (let k = 0; k < start.length; k++) if (lowerCode(text.charCodeAt(from + k)) !== start.charCodeAt(k)) return false;
  return true;
}

/** What a part of a pattern can match: every string it matches, when few; what its sentence must contain. */
interface Reading {
  /** All the strings the part matches (lower-case), when there are at most MAX_STRINGS. */
  exact?: string[];
  /** Strings one of which the sentence contains wherever the part matches. */
  required?: string[];
  /** Strings one of which every match of the part begins with. */
  starts?: string[];
  /**
   * Strings one of which every non-empty match of the part ends with (the last word's start
   * and the character before it); "" among them when the part may match nothing.
   */
  ends?: string[];
}

/** Most strings a set of alternatives is spelled out to. */
const MAX_STRINGS = 256;
/** Shortest word beginning worth a look-up: shorter ones begin words of nearly every sentence. */
const MIN_KEY = 3;
/** Requirements of more word beginnings than this are kept only when no shorter one is known. */
const FEW_KEYS = 12;
/**
 * Stands in a spelled-out string where no word character stands before what follows: a word
 * boundary (\b), or one or more characters that are no word characters (\s+, \W).
 */
const EDGE = "\u0001";

const UNKNOWN: Reading = {};
const EMPTY: Reading = { exact: [""] };
const AT_EDGE: Reading = { exact: [EDGE] };

/**
 * The word beginnings (lower-case) one of which a text must hold for the pattern (in any case)
 * to match in it, or undefined when the source says nothing so definite. A word is a run of
 * [A-Za-z0-9_], as `\b` reads it; with the u flag a case-insensitive pattern also reads "ſ"
 * and the Kelvin sign as "s" and "k" (see FOLDED_TO_ASCII). The v flag's classes are not read.
 */
export function requiredWordStarts(source: string, flags = ""): string[] | undefined {
  if (flags.includes("v")) return undefined;
  const reader = { source, at: 0 };
  const reading = readAlternatives(reader);
  if (reader.at !== source.length) return undefined;
  const required = requiredOf(reading);
  return required && keysOf(required);
}

/**
 * The word beginnings a set of strings guarantees, one per string (the longest), or undefined
 * when one of them holds none: a run of word characters that follows a boundary within the
 * string (a space, a hyphen, a \b) begins a word of any text that holds the string.
 */
function keysOf(strings: string[]): string[] | undefined {
  const keys = new Set<string>();
  for (const s of strings) {
    let key = "";
    // The runs after the first follow a character that is no word character (the strings are lower-case ASCII).
    for (const word of s.split(/[^a-z0-9_]/).slice(1)) if (word.length > key.length) key = word;
    if (key.length < MIN_KEY) return undefined;
    keys.add(key);
  }
  return [...keys];
}

interface Reader {
  source: string;
  at: number;
}

function readAlternatives(r: Reader): Reading {
  const branches = [readSequence(r)];
  while (r.source[r.at] === "|") {
    r.at++;
    branches.push(readSequence(r));
  }
  if (branches.length === 1) return branches[0];
  const exact = branches.every((b) => b.exact) ? capped(branches.flatMap((b) => b.exact!)) : undefined;
  const each = branches.map(requiredOf);
  const required = each.every(Boolean) ? capped(each.flatMap((s) => s!)) : undefined;
  const starts = branches.every(startsOf) ? capped(branches.flatMap((b) => startsOf(b)!)) : undefined;
  const ends = branches.every(endsOf) ? lastWords(branches.flatMap((b) => endsOf(b)!)) : undefined;
  return { exact, required, starts, ends };
}

function readSequence(r: Reader): Reading {
  const parts: Reading[] = [];
  while (r.at < r.source.length && r.source[r.at] !== "|" && r.source[r.at] !== ")") parts.push(readQuantified(r));
  const candidates = parts.map(requiredOf);
  // Runs of parts that are spelled out: their strings joined are whole substrings of the match.
  // A run before a part that is not spelled out joins the strings that part begins with ("\\b" before "arriv(?:ed|es) in").
  let run: string[] | undefined;
  for (const part of parts) {
    if (run && !part.exact && part.starts) candidates.push(joined(run, part.starts));
    run = (run && part.exact && joined(run, part.exact)) || part.exact;
    if (run && !run.includes("")) candidates.push(run);
  }
  // What the text before each part ends with, read through parts that may match nothing or are
  // not spelled out ("\s+(?:\w+\s+)?claims": "claims" begins a word either way).
  let tail: string[] | undefined = [""];
  for (const part of parts) {
    if (tail && startsOf(part)) candidates.push(joined(tail, startsOf(part)!));
    tail = followedBy(tail, part);
  }
  return { exact: joinedAll(parts), required: strongest(candidates), starts: leading(parts), ends: tail };
}

/** What the text ends with after `part`, when before it the text ends with one of `tail`. */
function followedBy(tail: string[] | undefined, part: Reading): string[] | undefined {
  if (part.exact) {
    // Strings that each hold a character that is no word character say what the text ends with by themselves.
    const before = tail ?? (part.exact.every((x) => /[^a-z0-9_]/.test(x)) ? [""] : undefined);
    return before && lastWords(concatenations(before, part.exact));
  }
  if (!part.ends) return undefined;
  if (!part.ends.includes("")) return part.ends;
  return tail && lastWords([...tail, ...part.ends.filter(Boolean)]);
}

/**
 * Each string from its last character that is no word character (which stands before a word
 * beginning): all a following word's beginning needs, and few strings however many were joined.
 */
function lastWords(strings: Iterable<string>): string[] | undefined {
  return capped(lastWordsOf(strings));
}

function* lastWordsOf(strings: Iterable<string>): Generator<string> {
  for (const s of strings) yield /[^a-z0-9_][a-z0-9_]*$/.exec(s)?.[0] ?? s;
}

function endsOf(reading: Reading): string[] | undefined {
  return reading.exact ?? reading.ends;
}

/** Every string the parts match one after another, when each is spelled out and they are few. */
function joinedAll(parts: Reading[]): string[] | undefined {
  let out: string[] | undefined = [""];
  for (const part of parts) out = out && part.exact ? joined(out, part.exact) : undefined;
  return out;
}

/** What every match of the parts begins with: the spelled-out parts that lead, and what the next one begins with. */
function leading(parts: Reading[]): string[] {
  let out = [""];
  for (const part of parts) {
    const next = startsOf(part) && joined(out, startsOf(part)!);
    if (next) out = next;
    if (!next || !part.exact) break;
  }
  return out;
}

/** Each of `a` followed by each of `b`, or undefined when they are too many. */
function joined(a: string[], b: string[]): string[] | undefined {
  return capped(concatenations(a, b));
}

function* concatenations(a: string[], b: string[]): Generator<string> {
  for (const x of a) for (const y of b) yield x + y;
}

function startsOf(reading: Reading): string[] | undefined {
  return reading.exact ?? reading.starts;
}

/** An atom and its quantifier. */
function readQuantified(r: Reader): Reading {
  const atom = readAtom(r);
  const quantifier = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(r.source.slice(r.at));
  if (!quantifier) return atom;
  r.at += quantifier[0].length;
  const q = quantifier[0][0];
  const min = q === "{" ? Number(quantifier[1]) : q === "+" ? 1 : 0;
  const once = q === "?" || (q === "{" && min === 0 && quantifier[2] === "1");
  const ends = endsOf(atom) && lastWords(min >= 1 ? endsOf(atom)! : [...endsOf(atom)!, ""]);
  if (once) return { exact: atom.exact ? capped([...atom.exact, ""]) : undefined, ends };
  // Non-word characters repeated are still no word characters ("\s+").
  if (min >= 1 && atom.exact?.length === 1 && atom.exact[0] === EDGE) return AT_EDGE;
  return min >= 1 ? { required: requiredOf(atom), starts: startsOf(atom), ends } : { ends };
}

function readAtom(r: Reader): Reading {
  const c = r.source[r.at++];
  if (c === "(") return readGroup(r);
  if (c === "[") return readClass(r);
  if (c === "\\") return readEscape(r);
  if (c === "^" || c === "$") return EMPTY;
  if (c === ".") return UNKNOWN;
  return literal(c);
}

function readGroup(r: Reader): Reading {
  const opening = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)?/.exec(r.source.slice(r.at))?.[0] ?? "";
  r.at += opening.length;
  // "(?<![\w-])", "(?<!\w)": not after a word character, as \b before one.
  const afterNoWord = opening === "?<!" && /^(?:\\w|\[(?!\^)[^\]]*\\w[^\]]*\])\)/.test(r.source.slice(r.at));
  const inner = readAlternatives(r);
  if (r.source[r.at++] !== ")") r.at = Number.NaN;
  if (opening === "?=" || opening === "?<=") return { exact: [""], required: requiredOf(inner) };
  if (opening === "?!" || opening === "?<!") return afterNoWord ? AT_EDGE : EMPTY;
  return inner;
}

/** A class of characters: spelled out when it lists single characters ("[sz]", "[eé]" is not: é is no ASCII). */
function readClass(r: Reader): Reading {
  const end = closingBracket(r.source, r.at);
  const body = r.source.slice(r.at, end);
  r.at = end + 1;
  if (body.startsWith("^") || /\\|-(?!$)/.test(body.slice(1)) || body.startsWith("\\")) return UNKNOWN;
  const chars = [...new Set(body.split("").map((ch) => literal(ch).exact?.[0]))];
  return chars.every((ch) => ch !== undefined) ? { exact: chars as string[] } : UNKNOWN;
}

/** Where the class opened before `from` closes (its first character may be "]" only escaped). */
function closingBracket(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return source.length;
}

function readEscape(r: Reader): Reading {
  const c = r.source[r.at++];
  if (c === "b" || c === "s" || c === "W") return AT_EDGE;
  if (c === "B") return EMPTY;
  const skip = /^(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|\d+)/.exec(r.source.slice(r.at - 1));
  if (skip) {
    r.at += skip[0].length - 1;
    return UNKNOWN;
  }
  // A letter escape is a class or a control character (\w, \s, \d, \n …); any other is the character itself.
  return /[A-Za-z0-9]/.test(c) ? UNKNOWN : literal(c);
}

/** One character of the pattern: an ASCII one stands for itself (in either case), any other is unknown. */
function literal(c: string | undefined): Reading {
  const code = c?.charCodeAt(0) ?? 0;
  return code >= 32 && code < 128 ? { exact: [c!.toLowerCase()] } : UNKNOWN;
}

/** What a part requires of its sentence: its own requirement, or its strings when none is empty. */
function requiredOf(reading: Reading): string[] | undefined {
  const own = reading.exact && !reading.exact.includes("") ? reading.exact : undefined;
  return strongest([reading.required, own]);
}

/**
 * Of several requirements (each holds), the one that says most and costs least: one whose
 * strings all begin words, of few word beginnings, then the longest shortest one.
 */
function strongest(candidates: Array<string[] | undefined>): string[] | undefined {
  let best: string[] | undefined;
  let bestKeys: string[] | undefined;
  for (const c of candidates) {
    if (!c || c.length === 0) continue;
    const keys = keysOf(c);
    if (!best || better(keys, bestKeys)) [best, bestKeys] = [c, keys];
  }
  return best;
}

function better(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a || !b) return !!a;
  if (a.length <= FEW_KEYS !== b.length <= FEW_KEYS) return a.length <= FEW_KEYS;
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b);
  return a.length < b.length;
}

function shortest(strings: string[]): number {
  return Math.min(...strings.map((s) => s.length));
}

/** The distinct strings, or undefined (as soon as it is known) when there are too many to spell out. */
function capped(strings: Iterable<string>): string[] | undefined {
  const distinct = new Set<string>();
  for (const s of strings) if (distinct.add(s).size > MAX_STRINGS) return undefined;
  return [...distinct];
}
