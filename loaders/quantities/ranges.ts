/**
 * Two amounts written as one range: "between 5% and 6%", "ranging from $200 to $4 million",
 * "1 per cent to 1.5 per cent", "$89 to $93 billion", "from 252 miles to 287 miles". The
 * quantity reader reads each end on its own (each may carry its unit or symbol); this joins
 * them into one row with `value` and `value_max`.
 *
 * A change is not a range: "rose from 5% to 10%" or "dropped from 208 pounds to 193" says
 * where a figure went, not the bounds of one figure, so two amounts after a change word stay
 * two rows (and a falling pair never makes a range).
 */
import type { Bound, Token } from "../numbers.ts";

/** The reader's reading of one amount (token indices into the sentence). */
export interface AmountReading {
  /** Token range of the amount's text. */
  first: number;
  last: number;
  value: number;
  valueMax: number | "";
  bound: Bound;
  unit: string;
  /** Token range of what is counted or measured, if the text names it. */
  item?: [number, number];
  /** Token range of what a share is a share of ("a third of the budget"), if the text names it. */
  whole?: [number, number];
  category: string;
}

/** The words a range is read with. */
export interface RangeWords {
  changes: ReadonlyMap<string, unknown>;
  /** Links of a change's size or start: "by", "from" (data/quantity-words.yaml `change_links`). */
  changeLinks: ReadonlySet<string>;
  links: ReadonlySet<string>;
  /** Links that join only a bare first number ("20 or 30 fighters"). */
  alternatives: ReadonlySet<string>;
  /** Scale words and their values ("billion"; data/number-words.yaml). */
  scales: ReadonlyMap<string, number>;
  /** Change words that compare with an earlier level after a comma (", down from"): data/quantity-words.yaml. */
  comparisons?: ReadonlySet<string>;
}

export type AmountOutcome<R extends AmountReading> = { reading?: R; next: number } | undefined;

/** How far before the range a change word makes it a change ("climbed sharply from 4 to 6"). */
const CHANGE_REACH = 3;

/**
 * The outcome at `first`, with a following "to"/"and" amount of the same unit joined into a
 * range; `readAt` reads the amount at a token. `words` are the change words (data/quantity-cues.yaml)
 * and the links between the two ends ("to", dashes: data/quantity-words.yaml); "and" links them
 * only after "between".
 */
export function withRange<R extends AmountReading>(tokens: Token[], outcome: AmountOutcome<R>, readAt: (i: number) => AmountOutcome<R>, words: RangeWords): AmountOutcome<R> {
  const low = outcome?.reading;
  if (!low || low.valueMax !== "") return outcome;
  const link = tokens[low.last + 1];
  const opener = tokens[low.first - 1]?.lower;
  const alternative = !!link && words.alternatives.has(link.lower) && !low.unit;
  // "at least 1,000 and as many as 1,500 soldiers": a floor and a ceiling joined by "and" bound one amount.
  const floorAndCeiling = link?.lower === "and" && low.bound === "at_least" && !low.unit;
  if (!link || !(words.links.has(link.lower) || alternative || floorAndCeiling || (link.lower === "and" && opener === "between"))) return outcome;
  // "and its navy by 10 warships to 30": a size that names what it counts, then a bare level, is a change's, not a range.
  if (opener === "by" && low.item && tokens[low.last]?.kind === "word" && tokens[low.last + 2]?.kind === "num") return outcome;
  // A dash never tells a change's size and level: "grew 3%-4%" is a range.
  const dash = link.text === "-" || link.text === "–";
  const changed = opener !== "between" && !dash && afterChange(tokens, words.changeLinks.has(opener ?? "") ? low.first - 1 : low.first, words);
  // "rents could rise 7 to 9 percent": a bare number, no "by" or "from", then one with the unit
  // is a range of the change's size; "rose 3% to 12%" or "rose by 3 to 12" tell a size and a level.
  const sizeRange = changed && !low.unit && link.lower === "to" && !words.changeLinks.has(opener ?? "");
  if (changed && !sizeRange) return outcome;
  const second = readAt(low.last + 2);
  const high = second?.reading;
  if (sizeRange && !high?.unit) return outcome;
  // An upper end may carry its own hedge of the top or of nearness: "5,000 to as many as 8,000", "10 to about 12".
  // Two orders of magnitude offered as alternatives are one vague range: "a few hundred or a few thousand dollars", "dozens or hundreds of drones".
  const vague = alternative && low.bound === "at_least" && high?.bound === "at_least";
  // "$500,000 to more than $1 million": an open upper end makes the range a floor.
  const openTop = link.lower === "to" && low.bound === "exact" && high?.bound === "at_least";
  if (!high || high.valueMax !== "" || !(high.bound === "exact" || high.bound === "at_most" || high.bound === "approx" || vague || openTop)) return outcome;
  if (floorAndCeiling && opener !== "between" && high.bound !== "at_most") return outcome;
  // "$62 and $68 per share": the rate written on the upper end covers both.
  const [lowUnit, highUnit] = [low.unit.toLowerCase(), high.unit.toLowerCase()];
  if (lowUnit && highUnit && lowUnit !== highUnit && !highUnit.startsWith(`${lowUnit} per `)) return outcome;
  const from = withScaleOf(tokens, low, high, words.scales);
  if (!(high.value > from)) return outcome;
  const unitFrom = high.unit ? high : low;
  // "between" is part of the range's text, as when the number reader reads "between 5 and 6".
  const first = opener === "between" ? low.first - 1 : low.first;
  // "10 to about 12": nearness said of one end is said of the range.
  const bound = low.bound === "exact" && (high.bound === "approx" || openTop) ? high.bound : low.bound;
  return { next: second.next, reading: { ...low, first, last: high.last, value: from, valueMax: high.value, bound, unit: unitFrom.unit, item: high.item ?? low.item, category: unitFrom.category } };
}

/** How far before "from" or "by" a change word of its clause makes "from … to …" a change ("planned to double its aid for Kyiv from €4 billion to €8 billion"). */
const FROM_REACH = 8;

function afterChange(tokens: Token[], at: number, words: RangeWords): boolean {
  const k = changeWordBefore(tokens, at, words.changes);
  return (k >= 0 && !comparesWithEarlier(tokens, k, words)) || isChangeLink(tokens, at, words);
}

/** ", down from …": the change word at `k` compares the level told before the comma with an earlier one, which "from" opens. */
function comparesWithEarlier(tokens: Token[], k: number, words: Pick<RangeWords, "comparisons" | "changeLinks">): boolean {
  return !!words.comparisons?.has(tokens[k].lower) && tokens[k - 1]?.text === "," && tokens[k + 1]?.lower === "from";
}

/** The nearest change word in the few tokens before `at` ("climbed sharply from 4 to 6"), or -1. */
export function changeWordBefore(tokens: Token[], at: number, changes: ReadonlyMap<string, unknown>): number {
  for (let k = at - 1; k >= Math.max(0, at - CHANGE_REACH); k--) if (changes.has(tokens[k].lower)) return k;
  return -1;
}

/** Whether the link at `at` ("by", "from") follows a change word of its clause ("increased its troops by 3,000 to 12,000"). */
export function isChangeLink(tokens: Token[], at: number, words: Pick<RangeWords, "changes" | "changeLinks" | "comparisons">): boolean {
  if (!words.changeLinks.has(tokens[at]?.lower ?? "")) return false;
  for (let k = at - 1; k >= Math.max(0, at - FROM_REACH) && tokens[k].kind !== "punct"; k--) if (words.changes.has(tokens[k].lower)) return !comparesWithEarlier(tokens, k, words);
  return false;
}

/** In "$89 to $93 billion" the scale written on the upper end also applies to the lower one. */
function withScaleOf(tokens: Token[], low: AmountReading, high: AmountReading, scales: ReadonlyMap<string, number>): number {
  const scaleOf = (r: AmountReading) => {
    for (let k = r.first; k <= r.last; k++) if (tokens[k].kind !== "num" && scales.has(tokens[k].lower)) return scales.get(tokens[k].lower)!;
    return 1;
  };
  const scale = scaleOf(high);
  return scale > 1 && scaleOf(low) === 1 && low.value < high.value / scale + 1e-9 ? low.value * scale : low.value;
}
