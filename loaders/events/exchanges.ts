/**
 * A transfer made "in exchange for" something tells the counter-transfer too: "Chile sent
 * rifles to Peru in return for oil" says that Peru gave Chile oil. The counter-act has the
 * transfer's parties the other way round and its status (alleged when the transfer is); it is
 * told at the words that open it (`exchange_phrases` in data/event-words.yaml).
 */
import { allMatches } from "../text.ts";
import type { Mention } from "./types.ts";
import type { EventWords } from "./words.ts";

/** How far after the transfer's trigger the exchange may be told, in characters. */
const REACH = 200;

/** The counter-transfers the sentence's transfers were made for. */
export function counterTransfers(words: EventWords, text: string, mentions: Mention[]): Mention[] {
  const phrases = allMatches(words.exchangePhrase, text);
  if (phrases.length === 0) return [];
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!words.exchangeTypes.has(m.type) || m.actor.length === 0 || m.target.length === 0 || m.status === "denied") continue;
    // The first exchange after the trigger, in the trigger's clause.
    const phrase = phrases.find((p) => p.index >= m.te && p.index - m.te <= REACH && !words.clauseBreak.test(text.slice(m.te, p.index)));
    if (!phrase || m.actor.some((c) => m.target.includes(c)) || peopleSent(words, text, phrase.index + phrase[0].length)) continue;
    if (out.some((o) => o.ts === phrase.index)) continue;
    out.push({
      ...m,
      entry: undefined,
      rule: "exchange-counterpart",
      mode: "exchange",
      ts: phrase.index,
      te: phrase.index + phrase[0].length,
      actor: m.target,
      target: m.actor,
      pendingActor: undefined,
      pendingTarget: undefined,
      fallbackTarget: m.actor,
      speech: false,
      symmetric: false,
      doer: undefined,
      undirected: false,
      location: "",
    });
  }
  return out;
}

/** Whether what was given back, the few words after the exchange phrase, is people sent ("North Korean troops"). */
function peopleSent(words: EventWords, text: string, at: number): boolean {
  const next = text.slice(at, at + 60).toLowerCase().match(/[a-z]+/g) ?? [];
  return next.slice(0, 5).some((w) => words.deployedPeople.has(w) || words.exchangeDeployments.has(w));
}
