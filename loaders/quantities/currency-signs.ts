/**
 * How a currency stands around its number when no glued sign says it: a symbol spaced inside
 * ("HK $216,925") or before the number ("$ 375 million"), an ISO code ("KES 2.5 billion",
 * "110 JPY"), a sign after it ("1,200€"), a currency word after its country's adjective
 * ("2,000 Russian rubles"). amounts.ts asks these before and after a number.
 */
import { numberWord, type Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** A symbol of two tokens written with a space inside: "HK $216,925", "US $58.24". */
export function spacedSymbol(tokens: Token[], j: number, lex: QuantityLexicon): { value: string; length: number } | undefined {
  const symbol = lex.currencySymbols.match(tokens, j);
  // "A $2.5 billion package" opens with the article, not the Australian "A$".
  return symbol && symbol.length > 1 && /^[A-Z]+$/.test(tokens[j].text) && !lex.words.articles.has(tokens[j].lower) ? symbol : undefined;
}

/** A currency sign with a space before its number, as some sites print it: "$ 375 million", "€ 40 million". */
export function signBeforeSpace(tokens: Token[], j: number, lex: QuantityLexicon): { value: string; length: number } | undefined {
  const symbol = lex.currencySymbols.match(tokens, j);
  const next = tokens[j + 1];
  return symbol && symbol.length === 1 && /^\p{Sc}$/u.test(tokens[j].text) && next && !next.glued && next.kind === "num" && next.start === tokens[j].end + 1 ? symbol : undefined;
}

/** An ISO code in capitals, a space before its number: "KES 2.5 billion" (not "COP29", nor a model's "BMD-4"). */
export function codeBefore(tokens: Token[], j: number, lex: QuantityLexicon): { value: string; length: number } | undefined {
  const code = lex.currencyCodes.match(tokens, j);
  const next = tokens[j + 1];
  return code && next && !next.glued && (next.kind === "num" || numberWord(next.lower, lex.numbers) !== undefined) ? code : undefined;
}

/**
 * A currency word after its country's adjective that the dictionary does not list together:
 * "2,000 Russian rubles", "50 million Chinese renminbi" are the word's currency.
 */
export function namedCurrency(tokens: Token[], k: number, lex: QuantityLexicon): { value: string; length: number } | undefined {
  const adjective = tokens[k];
  const money = adjective && adjective.kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(adjective.text) ? lex.currencyWords.match(tokens, k + 1) : undefined;
  return money && { value: money.value, length: money.length + 1 };
}

/** A currency written after its number: a sign onto it ("1,200€") or a code ("110 JPY"). */
export function symbolAfter(tokens: Token[], k: number, lex: QuantityLexicon): { value: string; length: number } | undefined {
  const symbol = lex.currencySymbols.match(tokens, k, "glued") ?? lex.currencyCodes.match(tokens, k);
  const t = tokens[k];
  if (!symbol || !t) return undefined;
  return (t.glued && t.kind === "punct") || /^[A-Z]{3}$/.test(t.text) ? symbol : undefined;
}
