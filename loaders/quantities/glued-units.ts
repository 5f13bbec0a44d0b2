/**
 * Letters written onto a number that the number reader would take otherwise: a lower-case "m"
 * that measures metres rather than a million ("a 37m-long hull", "8m tall", "a height of 37m",
 * "32m2", "37m (121ft)"), and a currency sign an encoding turned into letters ("PS2.7m" for £2.7m).
 */
import { tokenize, type ParsedNumber, type Token } from "../numbers.ts";
import type { Measure, QuantityLexicon } from "./lexicon.ts";

/** How far before a glued "m" a noun of size is looked for ("a height of about 37m"). */
const SIZE_NOUN_REACH = 4;

/** A letter sign onto its number at `j` ("PS2.7m"): matched as written, never apart from the number. */
export function gluedCurrencySign(tokens: Token[], j: number, lex: QuantityLexicon): { value: string; length: number } | undefined {
  const sign = lex.gluedCurrencySymbols.match(tokens, j);
  const after = sign ? tokens[j + sign.length] : undefined;
  return sign && after?.glued && after.kind === "num" && !tokens[j - 1]?.glued ? sign : undefined;
}

/**
 * The number without its glued "m" when the words around read it as metres, so that the "m" is
 * read as the unit; else the number as parsed. Money ("$37m") is never metres.
 */
export function metresNotMillion(tokens: Token[], num: ParsedNumber, lex: QuantityLexicon, money: boolean): ParsedNumber {
  const m = tokens[num.last];
  if (money || !num.scaled || !num.digits || num.valueMax !== undefined || m.text !== "m" || !m.glued || num.last - 1 < num.first) return num;
  if (!sizeAfter(tokens, num.last + 1, lex) && !sizeNounBefore(tokens, num.first, lex)) return num;
  return { ...num, value: num.value / 1e6, last: num.last - 1, scaled: false };
}

/** "m2", "-long", " tall", " sprint" or " (121ft)" after the "m". */
function sizeAfter(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const t = tokens[k];
  if (!t) return false;
  const w = lex.words;
  if (t.glued && (t.text === "2" || t.text === "²")) return true;
  if (t.glued && t.text === "-") return !!tokens[k + 1]?.glued && w.dimensionWords.has(tokens[k + 1].lower);
  if (w.dimensionWords.has(t.lower) || w.dimensionNouns.has(t.lower)) return true;
  if (t.text !== "(" || tokens[k + 1]?.kind !== "num") return false;
  const unitAt = k + 2;
  const unit = (tokens[unitAt]?.glued ? lex.gluedMeasures.match(tokens, unitAt) : undefined) ?? lex.measures.match(tokens, unitAt);
  return !!unit && w.lengthUnits.has(unit.value.unit);
}

/** A noun of size a few words before the number: "a height of 37m", "floor area ≈ 32m2". */
function sizeNounBefore(tokens: Token[], first: number, lex: QuantityLexicon): boolean {
  for (let k = first - 1; k >= Math.max(0, first - SIZE_NOUN_REACH); k--) {
    if (lex.words.dimensionNouns.has(tokens[k].lower)) return true;
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
  }
  return false;
}

/** A unit letter onto the number joined to a word of size: "37m-long", "12ft-high" (one token). */
export function gluedSizeWord(t: Token | undefined, lex: QuantityLexicon): Measure | undefined {
  if (!t?.glued || t.kind !== "word") return undefined;
  const [unit, size, ...more] = t.text.split("-");
  if (!size || more.length > 0 || !lex.words.dimensionWords.has(size.toLowerCase())) return undefined;
  return lex.gluedMeasures.match(tokenize(unit), 0)?.value;
}
