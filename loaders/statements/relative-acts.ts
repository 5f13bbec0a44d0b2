/**
 * A second verb of one speaker inside a relative clause on the first verb's object ("cited problems that he
 * blamed on …"): one act, which mergeSameSentence (rows.ts) keeps as one row.
 */
import { type Built } from "./rows.ts";
import { type StatementWords } from "./words.ts";

/**
 * Whether the later verb stands in a relative clause on the earlier one's object, with the speaker as its
 * pronoun subject ("cited problems abroad that he blamed on …", "named three firms which she accused of …"):
 * the clause tells what the object is, one act with it.
 */
export function relativeOnObject(prev: Built, b: Built, words: StatementWords): boolean {
  const s = prev.draft.sentence;
  if (b.row.char_start < prev.row.char_end || b.draft.sentence !== s) return false;
  const between = s.text.slice(prev.row.char_end - s.start, b.row.char_start - s.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  // The relative word ends the earlier row's words ("… elsewhere that") or opens the words between.
  const last = prev.row.quote.toLowerCase().match(/\p{L}+$/u)?.[0] ?? "";
  const [relative, subject] = between.length === 1 ? [last, between[0]] : between;
  return between.length <= 2 && words.relativeObjects.has(relative ?? "") && words.pronouns.has(subject ?? "");
}
