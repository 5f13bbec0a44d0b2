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
  while (j < from + 4 && modifier(tokens[j], tokens[j + 1], lex)) j++;
  const link = tokens[j]?.lower;
  if (j === from || (link !== "and" && link !== "or")) return undefined;
  const other = second(j + 1);
  if (!other?.unit || !other.item || other.first !== j + 1 || !COUNTED.has(other.category)) return undefined;
  return { last: j - 1, unit: other.unit, item: [other.item[1], other.item[1]], category: other.category };
}
