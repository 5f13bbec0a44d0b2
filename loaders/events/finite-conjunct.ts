/**
 * A verb joined by "and"/"but" with a tense of its own opens a clause of its own: "Chile
 * demanded the envoy's departure and expelled him", "… and ordered the expulsion of": what
 * the first verb asked for, hoped or cancelled does not reach the second.
 */
import type { EventWords } from "./words.ts";

/** Words between the conjunction's verb and a noun trigger it takes as object ("ordered the formal expulsion"). */
const OBJECT_GAP = String.raw`(?:\s+(?:the|a|an|its|their|his|her)\b)?(?:\s+[\w'’-]+){0,2}?`;

/**
 * Where the trigger's own conjunct begins in `before` (the window before the trigger),
 * or 0 when the trigger is not the finite verb of a second conjunct, nor that verb's object.
 */
export function finiteConjunctStart(words: Pick<EventWords, "finiteConjunct">, text: string, windowStart: number, ts: number, te: number): number {
  const before = text.slice(windowStart, ts);
  const conj = /\b(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:[\w'’-]+\s+){0,5}$/i.exec(before);
  if (!conj) return 0;
  // Up to the trigger's first word: a pattern's trigger may run on ("held up the delivery of").
  const first = /^[\w'’-]+/.exec(text.slice(ts, te))?.[0] ?? "";
  const conjunct = text.slice(windowStart + conj.index, ts) + first;
  return words.finiteConjunct.test(conjunct) ? conj.index : 0;
}

/**
 * A second conjunct whose verb has a tense of its own, and that verb's object up to the
 * trigger: built once with the dictionary's irregular participles, not at every trigger.
 */
export function finiteConjunctShape(irregularParticiples: Iterable<string>): RegExp {
  const finite = `(?:\\w+ed|${[...irregularParticiples].join("|")})`;
  return new RegExp(String.raw`^(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?${finite}\b(?:${OBJECT_GAP}\s+[\w'’-]+)?$`, "i");
}
