/** Small questions about a sentence's wording: words, characters, codes in common. */

/** The number of whitespace-separated words. */
export function wordCount(s: string): number {
  return s.trim() ? s.trim().split(/\s+/).length : 0;
}

/** The last position at or before `from` of any of `chars`, or -1. */
export function lastIndexOfAny(text: string, chars: string, from: number): number {
  for (let i = Math.min(from, text.length - 1); i >= 0; i--) if (chars.includes(text[i])) return i;
  return -1;
}

/** The first match of a global pattern, as `text.matchAll(pattern)` gives it first. */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m;
}

const isWordUnit = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * Whether `word` stands in `text` between non-word characters (or the ends), as the pattern
 * `(?:^|\W)word(?:\W|$)` tests it, without compiling a pattern per word.
 */
export function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = at < text.length ? text.indexOf(word, at + 1) : -1) {
    const end = at + word.length;
    if ((at === 0 || !isWordUnit(text.charCodeAt(at - 1))) && (end === text.length || !isWordUnit(text.charCodeAt(end)))) return true;
  }
  return false;
}

/** Whether two code lists share a code. */
export function intersects(a: string[], b: string[]): boolean {
  return a.some((c) => b.includes(c));
}

/** The list under `key`, made empty on first use. */
export function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
