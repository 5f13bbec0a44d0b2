/**
 * Two counts that share one head noun: "four heavy and six light tanks", "12 Russian and 8
 * Chinese ships", "three 155mm and two 105mm howitzers" — the first number counts the noun that
 * ends the second count, with its own modifiers.
 */
import type { Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import type { Reading } from "./amounts.ts";
import type { Category } from "./row.ts";

/** Categories of things counted by a head noun (not sums, measures, shares or durations). */
const COUNTED: ReadonlySet<Category> = new Set(["munitions", "personnel", "count"]);

/** Whether a token may modify a noun between a number and "and": an adjective, a name, a calibre ("155mm"). */
function modifier(t: Token | undefined, next: Token | undefined, lex: QuantityLexicon): boolean {
  if (!t) return false;
  if (t.kind === "num") return !!next?.glued && next.kind === "word"; // "155mm"
  if (t.kind === "punct") return t.glued && (t.text === "-" || t.text === "/") && !!next?.glued;
  const w = lex.words;
  // A state's, a place's or a person's name is an object, not a modifier: "three struck Lima and two others fell short".
  if (t.actor) return false;
  return !w.stopWords.has(t.lower) && !w.casualtyWords.has(t.lower) && !w.months.has(t.lower) && !w.weekdays.has(t.lower) && !lex.uncounted.has(t.lower);
}

/**
 * The head a count at `from` (the token after its number) shares with the count after "and" or
 * "or": `second` reads that count. Undefined unless one to four modifiers, then "and" or "or",
 * then a count of things with a head noun (not money, a measure or a share) follow.
 */
export function sharedHead(tokens: Token[], from: number, lex: QuantityLexicon, second: (k: number) => Reading | undefined): Pick<Reading, "last" | "unit" | "item" | "category"> | undefined {
  let j = from;
  while (j < from + 4 && (modifier(tokens[j], tokens[j + 1], lex) || modelDigits(tokens, j, from))) j++;
  const link = tokens[j]?.lower;
  if (j === from) return undefined;
  if (link === ",") return namedAgain(tokens, from, j, second);
  if (link !== "and" && link !== "or") return undefined;
  const other = second(j + 1);
  if (!other?.unit || !other.item || other.first !== j + 1 || !COUNTED.has(other.category)) return undefined;
  return { last: j - 1, unit: other.unit, item: [other.item[1], other.item[1]], category: other.category };
}

/** Digits that end a model's name after its capitalised word, and what is written onto them: "1" in "30 Leopard 1, …", "2A4" in "14 Leopard 2A4, …". */
function modelDigits(tokens: Token[], j: number, from: number): boolean {
  const t = tokens[j];
  if (j <= from || !t || t.kind === "punct") return false;
  if (t.glued && tokens[j - 1].kind !== "punct") return true;
  return t.kind === "num" && /^\d{1,4}$/.test(t.text) && /^\p{Lu}/u.test(tokens[j - 1].text) && tokens[j - 1].kind === "word";
}

/** How many tokens on a list may run before the count that names a model again with its head. */
const LIST_REACH = 30;

/**
 * A model counted on a list without its head, which a later count of the list names with one:
 * "30 Leopard 1, 90 Marder vehicles and 18 Leopard 2 tanks" — the first are tanks. The model's
 * first word (capitalised) must open the later count's phrase; `end` is the comma after the model.
 */
function namedAgain(tokens: Token[], from: number, end: number, second: (k: number) => Reading | undefined): Pick<Reading, "last" | "unit" | "item" | "category"> | undefined {
  const name = tokens[from];
  if (name.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(name.text)) return undefined;
  for (let k = end + 1; k < Math.min(tokens.length, end + LIST_REACH); k++) {
    if (tokens[k].text === "." || tokens[k].text === ";") return undefined;
    if (tokens[k].kind !== "num") continue;
    const other = second(k);
    if (!other?.unit || !other.item || !COUNTED.has(other.category)) continue;
    if (tokens[other.item[0]].text === name.text) return { last: end - 1, unit: other.unit, item: [from, end - 1], category: other.category };
    k = other.last;
  }
  return undefined;
}
