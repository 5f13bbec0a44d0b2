/**
 * A channel that relays another side's words: "according to a report by local media citing
 * Chilean intelligence", "according to newspaper reports quoting Peru's defence ministry". The
 * side cited is the one that speaks (and accuses, as a speaker does); the report only carries
 * its words. An outlet that tells it with its own verb ("the agency reported, citing …") is
 * the speaker itself, as the annotation guide has it, and speaks for no side. The participles
 * that relay are `relay_participles` in data/statement-words.yaml, which the statements read too.
 */
import type { Attribution, Party } from "./types.ts";
import type { EventWords } from "./words.ts";

/** How far after the speech verb the relaying participle may stand, in characters. */
const REACH = 100;
/** How far after the participle the side cited may stand. */
const CITED_REACH = 16;

/** The attribution to the side a channel cites, when a speaker that speaks for no side relays it; else none. */
export function relayedSpeaker(words: EventWords, text: string, parties: Party[], a: Attribution): Attribution | undefined {
  if (a.verb !== "according to" || (!a.stateless && a.codes.length > 0)) return undefined;
  const relay = words.relayParticiple.exec(text.slice(a.end, a.end + REACH));
  if (!relay || /[.;:!?“”"]/.test(text.slice(a.end, a.end + relay.index))) return undefined;
  const at = a.end + relay.index + relay[0].length;
  const cited = parties.find((p) => p.start >= at && p.start - at <= CITED_REACH && p.codes.length > 0 && !p.anaphor);
  if (!cited || cited.kinds.some((k) => k === "media" || k === "group")) return undefined;
  return { ...a, codes: cited.codes, key: `relayed:${[...cited.codes].sort().join(";")}`, level: "body", stateless: false };
}
