/** Apposition: a party inside an aside that describes the subject before it. */
import type { Party } from "./types.ts";
import type { EventWords } from "./words.ts";

/**
 * Whether `p` stands in an aside between commas after another party's noun phrase and before the
 * verb at `ts` ("Kenyan troops, part of an AU force, attacked"): the aside opens with words of its
 * own before `p` (a list, "France, Germany, attacked", has none), its closing comma before the verb.
 */
export function inApposition(words: EventWords, text: string, coded: Party[], p: Party, ts: number): boolean {
  if (!/^[^,]*,/.test(text.slice(p.end, ts))) return false;
  return coded.some((q) => {
    if (q.end > p.start) return false;
    const m = /^[^,;:]{0,30},\s*([^,;:]*)$/.exec(text.slice(q.end, p.start));
    return m !== null && words.appositionOpener.test(m[1]);
  });
}
