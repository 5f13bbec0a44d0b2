/**
 * The two numbers of a change: "rose by 3,000 to 12,000", "climbed from 9,000 to 12,000 soldiers".
 * The number reader joins "3,000 to 12,000" as a range; after a change word and a link of its
 * size or start ("by", "from": data/quantity-words.yaml `change_links`) they are two amounts, the
 * second the new level.
 */
import { parseNumberAt, type ParsedNumber, type Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** How far before its link a change word makes "by/from … to …" a change ("increased its troop presence by 3,000 to 12,000"). */
const CHANGE_REACH = 8;

/** Whether the link at `at` ("by", "from") follows a change word of its clause. */
export function isChangeLink(tokens: Token[], at: number, lex: QuantityLexicon): boolean {
  if (!lex.words.changeLinks.has(tokens[at]?.lower ?? "")) return false;
  for (let k = at - 1; k >= Math.max(0, at - CHANGE_REACH) && tokens[k].kind !== "punct"; k--) if (lex.changes.has(tokens[k].lower)) return true;
  return false;
}

/** The number at `j` cut to its first end when the range it reads is a change's start and its new level. */
export function firstEndOfChange(tokens: Token[], j: number, num: ParsedNumber | undefined, lex: QuantityLexicon): ParsedNumber | undefined {
  if (!num || num.valueMax === undefined || !isChangeLink(tokens, j - 1, lex)) return num;
  for (let k = j + 1; k <= num.last; k++) if (lex.numbers.rangeWords.has(tokens[k].lower)) return parseNumberAt(tokens.slice(0, k), j, lex.numbers) ?? num;
  return num;
}
