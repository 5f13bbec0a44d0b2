/**
 * Phrases of the dictionaries (units, currencies, hedges, claimant nouns) matched against a
 * sentence's tokens, longest first.
 */
import { tokenize, type Token } from "../numbers.ts";

/** A phrase of the dictionaries as the lower-case token texts it must match. */
type Phrase = string[];

interface PhraseEntry<T> {
  phrase: Phrase;
  value: T;
  /** The tokens as written, when case must match too (a unit symbol such as "W" or "C"). */
  cased?: string[];
}

/** Phrases indexed by their first token, longest first, so matching is one lookup per token. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<PhraseEntry<T>>>();

  /** Adds a phrase matched in any case, or, `cased`, only as written. */
  add(text: string, value: T, cased = false): void {
    const tokens = tokenize(text);
    const phrase = tokens.map((t) => t.lower);
    if (phrase.length === 0) return;
    const list = this.byFirst.get(phrase[0]) ?? [];
    list.push({ phrase, value, cased: cased ? tokens.map((t) => t.text) : undefined });
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    this.byFirst.set(phrase[0], list);
  }

  /** The longest entry that matches at token `i`, with how many tokens it covers. */
  match(tokens: Token[], i: number, glued?: "glued"): { value: T; length: number } | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    const entries = this.byFirst.get(first.lower);
    if (!entries) return undefined;
    for (const entry of entries) {
      const ok = entry.phrase.every((w, k) => tokens[i + k]?.lower === w && (!entry.cased || tokens[i + k].text === entry.cased[k]) && (k === 0 || glued !== "glued" || tokens[i + k].glued));
      if (ok) return { value: entry.value, length: entry.phrase.length };
    }
    return undefined;
  }
}
