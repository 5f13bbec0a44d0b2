/**
 * The count of what a verb of giving moves, in the few words after it ("deliver 15 more
 * tanks", "six helicopters"): read once when the act is read, so that merging can keep apart
 * deliveries of different counts without reading the sentence again for every pair it tries.
 */
import { numberWord, parseDigits } from "../numbers.ts";
import type { NumberWords } from "../number-words.ts";
import type { Mention } from "./types.ts";

/** How many words after the verb the count may stand in ("deliver 15 more tanks"). */
const WORDS_AFTER = 4;

export function movedCount(m: Pick<Mention, "sentence" | "te">, numbers: NumberWords): number | undefined {
  const words = m.sentence.text.slice(m.te, m.te + 40).split(/\s+/).filter(Boolean).slice(0, WORDS_AFTER);
  for (const w of words) {
    const n = /^\d[\d,.]*$/.test(w) ? parseDigits(w) : numberWord(w.toLowerCase(), numbers);
    if (n !== undefined) return n;
  }
  return undefined;
}

/** The acts of giving with the count they move (merging.ts compares them); other acts as they are. */
export function withMovedCounts(mentions: Mention[], numbers: NumberWords): Mention[] {
  return mentions.map((m) => (m.type === "AID" ? { ...m, moved: movedCount(m, numbers) } : m));
}
