/**
 * A count written before a calibre with a space between: "20 120 mm mortars", "30 155-mm
 * howitzers". The tokenizer reads "20 120" as one number grouped by a space (as "2 500" is), but
 * a calibre after it says the last group is the weapon's bore: two numbers, the count and the calibre.
 */
import type { Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** The tokens with every space-grouped number before a calibre split in two. */
export function splitCalibreCounts(tokens: Token[], lex: QuantityLexicon): Token[] {
  if (!tokens.some((t, k) => t.kind === "num" && /\s/u.test(t.text) && calibreAt(tokens, k + 1, lex))) return tokens;
  return tokens.flatMap((t, k) => {
    if (t.kind !== "num" || !/\s/u.test(t.text) || !calibreAt(tokens, k + 1, lex)) return [t];
    const space = t.text.search(/\s(?=\S*$)/u);
    const count = t.text.slice(0, space);
    const bore = t.text.slice(space + 1);
    return [
      { ...t, text: count, lower: count, end: t.start + space },
      { ...t, text: bore, lower: bore, start: t.end - bore.length, glued: false },
    ];
  });
}

/** A calibre word at `k`, apart from the number or after a hyphen: "120 mm", "155-mm". */
function calibreAt(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === "-" && t.glued) return !!tokens[k + 1]?.glued && lex.calibres.has(tokens[k + 1].lower);
  return !t.glued && lex.calibres.has(t.lower);
}
