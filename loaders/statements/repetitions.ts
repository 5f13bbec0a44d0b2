/** How often words were said, after their attribution: '"…," Ruiz said three times', "… told reporters several times". */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx } from "./sentence.ts";

/** Where a count of times said ends, when one starts at `pos` ("three times", "10 times", "several times"); undefined otherwise. */
export function repetitionEnd(ctx: Ctx, pos: number, lex: StatementLexicon): number | undefined {
  const m = /^([\p{L}\p{N}]+)\s+(\p{L}+)\b/u.exec(ctx.text.slice(pos, pos + 40));
  if (!m) return undefined;
  const count = m[1].toLowerCase();
  const counted = lex.numbers.has(count) || /^\p{N}+$/u.test(count) || ctx.words.tailRepetitionCounts.has(count);
  return counted && ctx.words.tailRepetitionHeads.has(m[2].toLowerCase()) ? pos + m[0].length : undefined;
}
