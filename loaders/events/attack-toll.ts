/**
 * The toll of an attack told by its noun: in "Chilean strikes on two farms had killed six
 * herders" the noun tells the attack (Chile's) and the verb of harm only its toll, so the verb
 * makes no attack of its own, whose doer would be read from the phrase after the noun ("two
 * farms beyond the Bolivian depots"). The verbs and the words that open another clause
 * between the noun and the verb ("strikes hit the port and troops killed …") are `toll_verbs`
 * and `toll_breakers` in data/event-words.yaml.
 */
import { escapeRegExp } from "../text.ts";
import type { Mention } from "./types.ts";
import type { EventWordsFile } from "./words-schema.ts";

export interface TollWords {
  verbs: ReadonlySet<string>;
  /** A word or mark between the noun and the verb that opens another clause. */
  breaker: RegExp;
}

export function tollWords(w: EventWordsFile): TollWords {
  return {
    verbs: new Set(w.toll_verbs.map((v) => v.toLowerCase())),
    breaker: new RegExp(`[;:]|\\b(?:${w.toll_breakers.map(escapeRegExp).join("|")})\\b`, "i"),
  };
}

/** Most characters between the noun of attack and the verb of its toll. */
const REACH = 120;

/**
 * The sentence's mentions without the attacks a verb of harm tells as the toll of an attack
 * named by a noun before it, in the same clause, with another doer. `text` is the sentence.
 */
export function withoutTolls(words: TollWords, text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !isToll(words, text, m, mentions));
}

function isToll(words: TollWords, text: string, m: Mention, mentions: Mention[]): boolean {
  if (m.type !== "ASSAULT" || !m.entry || m.entry.noun || !words.verbs.has(text.slice(m.ts, m.te).toLowerCase())) return false;
  return mentions.some((n) => {
    if (n === m || n.type !== "ASSAULT" || !n.entry?.noun || n.actor.length === 0 || n.te > m.ts || m.ts - n.te > REACH) return false;
    if (m.actor.length > 0 && m.actor.every((c) => n.actor.includes(c))) return false;
    return !words.breaker.test(text.slice(n.te, m.ts));
  });
}
