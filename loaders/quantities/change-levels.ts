/**
 * The levels a change runs between, read as amounts of what the change counts: the start
 * ("12.4 billion rupees, up from 11.9 billion"; "grew from 6,000 in 2023 to 9,000 soldiers") and
 * the new level after the change's size ("grew by 3,000 soldiers to 12,000"). The table keeps
 * both levels as rows, as it keeps any amount of the story.
 */
import type { Token } from "../numbers.ts";
import { readQuantity, type Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { changeWordBefore, isChangeLink } from "./ranges.ts";

/** How many words a time phrase may take between a level and the next ("in 2023", "last year"). */
const TIME_GAP = 3;

/** A bare level of a change, given the unit of the amount it is of; other readings unchanged. */
export function levelOfChange(r: Reading, tokens: Token[], sum: Reading | undefined, previous: Reading | undefined, lex: QuantityLexicon, general: boolean): Reading {
  if (r.unit || r.category !== "number") return r;
  const link = tokens[r.first - 1]?.lower;
  const words = { changes: lex.changes, changeLinks: lex.words.changeLinks };
  // "12.4 billion rupees, up from 11.9 billion": the sum's.
  if (sum && link === "from" && lex.changes.has(tokens[r.first - 2]?.lower ?? "")) return { ...r, unit: sum.unit, category: sum.category };
  // "from about 14-18 mpg to 24": a range cannot take a third end, so the bare end after "to" is a level in the range's unit.
  if (link === "to" && previous?.unit && previous.valueMax !== "" && previous.last === r.first - 2 && tokens[previous.first - 1]?.lower === "from") {
    return { ...r, unit: previous.unit, category: previous.category };
  }
  // The benchmark's general reader names only what a mention's own words count ("dropped from 208 pounds to 193").
  if (general) return r;
  // "grew by roughly 3,000 soldiers to 12,000": the size's, when it follows "by" or "from" after a change word.
  if (link === "to" && previous?.unit && previous.category !== "share" && (isChangeLink(tokens, previous.first - 1, words) || sizeNamed(tokens, previous, r)) && timeGap(tokens, previous.last + 1, r.first - 1, lex)) {
    return { ...r, unit: previous.unit, category: previous.category, item: previous.item };
  }
  // "rose to 9,000 soldiers from 6,000": the new level's, read before.
  if (link === "from" && previous?.unit && previous.category !== "share" && previous.last === r.first - 2 && tokens[previous.first - 1]?.lower === "to" && changeWordBefore(tokens, previous.first - 1, lex.changes) >= 0) {
    return { ...r, unit: previous.unit, category: previous.category, item: previous.item };
  }
  // "grew from 6,000 in 2023 to 9,000 soldiers": the new level's, read ahead.
  if (link === "from" && isChangeLink(tokens, r.first - 1, words)) {
    for (let to = r.last + 1; to <= r.last + 1 + TIME_GAP && to < tokens.length; to++) {
      if (tokens[to].lower !== "to") continue;
      if (!timeGap(tokens, r.last + 1, to, lex)) break;
      const level = readQuantity(tokens, to + 1, lex)?.reading;
      if (level?.unit && level.category !== "share") return { ...r, unit: level.unit, category: level.category };
      break;
    }
  }
  return r;
}

/** "and its navy by 10 warships to 30": a size after "by" that names what it counts, right before "to" and the level. */
function sizeNamed(tokens: Token[], size: Reading, level: Reading): boolean {
  return tokens[size.first - 1]?.lower === "by" && !!size.item && size.last === level.first - 2;
}

/** Whether tokens [from, to) are nothing or a time phrase: "in 2023", "in May", "last year". */
function timeGap(tokens: Token[], from: number, to: number, lex: QuantityLexicon): boolean {
  if (to === from) return true;
  if (to - from > TIME_GAP || to < from) return false;
  const gap = tokens.slice(from, to);
  if (gap.some((t) => t.kind === "punct")) return false;
  const opener = gap[0].lower;
  const timed = gap.some((t) => /^\d{4}$/.test(t.text) || lex.words.months.has(t.lower) || lex.timeUnits.has(t.lower));
  return timed && (lex.words.levelLinks.has(opener) || opener === "last" || opener === "this" || opener === "a" || lex.words.months.has(opener));
}
