/**
 * The two numbers of a change: "rose by 3,000 to 12,000", "rose 3,000 to 12,000", "climbed from
 * 9,000 to 12,000 soldiers".
 * The number reader joins "3,000 to 12,000" as a range; after a change word and a link of its
 * size or start ("by", "from": data/quantity-words.yaml `change_links`) they are two amounts, the
 * second the new level.
 */
import { parseNumberAt, type ParsedNumber, type Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { changeWordBefore, isChangeLink } from "./ranges.ts";

/** How many times its step a new level after "by" is at least ("rose by 3,000 to 12,000"); below, "by 1 to 1.5" is a range. */
const RISE = 2;

/** The number at `j` cut to its first end when the range it reads is a change's start and its new level. */
export function firstEndOfChange(tokens: Token[], j: number, num: ParsedNumber | undefined, lex: QuantityLexicon): ParsedNumber | undefined {
  if (!num || num.valueMax === undefined) return num;
  if (yearBeforeLevel(tokens, j, num, lex)) return firstEnd(tokens, j, num, lex) ?? num;
  // "rose 3,000 to 12,000", but "rose to 10 to 12 missiles" is a level's range.
  const change = changeWordBefore(tokens, j, lex.changes);
  const sized = change >= 0 && !tokens.slice(change, j).some((t) => lex.words.levelLinks.has(t.lower));
  if (!sized && !isChangeLink(tokens, j - 1, { changes: lex.changes, changeLinks: lex.words.changeLinks })) return num;
  // "rose 3-4%", "fell 10–12 cents": ends written tight about a dash are one range, never a level and another.
  if (dashedRange(tokens, num)) return num;
  // "dropped by 1 to 1.5 degrees" is a range of the change's size: a new level is well above its step.
  const link = tokens[j - 1]?.lower ?? "";
  if (lex.words.changeLinks.has(link) && link !== "from" && num.valueMax < RISE * num.value) return num;
  // "from 24.2 to 33-35 billion": a change to a range, which the reader leaves as it read it.
  const next = tokens[num.last + 1];
  if (next?.glued && lex.numbers.rangeWords.has(next.lower) && tokens[num.last + 2]?.kind === "num") return num;
  // The scale written on the new level is the start's too: "rose from 9 to 12 billion" starts at 9 billion.
  const first = firstEnd(tokens, j, num, lex);
  return first ? { ...first, value: num.value, scaled: num.scaled } : num;
}

/** Whether the range's ends stand tight about a dash: "3-4", "10–12". */
function dashedRange(tokens: Token[], num: ParsedNumber): boolean {
  for (let k = num.first + 1; k < num.last; k++) {
    const t = tokens[k];
    if (t.kind === "punct" && (t.text === "-" || t.text === "–")) return t.glued && tokens[k + 1].glued;
  }
  return false;
}

/** The range's first end read alone, up to its range word. */
function firstEnd(tokens: Token[], j: number, num: ParsedNumber, lex: QuantityLexicon): ParsedNumber | undefined {
  for (let k = j + 1; k <= num.last; k++) if (lex.numbers.rangeWords.has(tokens[k].lower)) return parseNumberAt(tokens.slice(0, k), j, lex.numbers);
  return undefined;
}

/** "grew from 6,000 in 2023 to 9,000 soldiers": a year after "in" ends a time phrase; the number after "to" is a level of its own. */
function yearBeforeLevel(tokens: Token[], j: number, num: ParsedNumber, lex: QuantityLexicon): boolean {
  const year = (t: Token | undefined) => !!t && /^\d{4}$/.test(t.text) && Number(t.text) >= 1900 && Number(t.text) <= 2199;
  return tokens[j - 1]?.lower === "in" && year(tokens[j]) && tokens[j + 1]?.lower === "to" && !year(tokens[num.last]);
}
