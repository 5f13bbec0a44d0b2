/**
 * The state an office speaks for when the text names none: under a wire dateline ("LIMA, May 4
 * (Reuters) - … the Foreign Ministry said", "LIMA — Defense Secretary Ana Ruiz said"), a state's
 * office described by its kind, or a person whose title is such an office, is the dateline city's
 * state's (data/speakers.yaml `dateline_heads`). A body or title that names its state keeps it.
 */
import type { ResolvedSpeaker } from "./phrase.ts";
import { phraseHead, type SpeakerWords } from "./words.ts";

/** The head of a phrase without a possessive or a period ("the government's defence ministry" → "ministry", "Secretary of State" → "secretary"). */
const headOf = (text: string, words: SpeakerWords) => phraseHead(text, words.headLinks).replace(/['’]s?$/, "").replace(/\.$/, "");

/** The speaker with the dateline's state as its country, when it has none and is a state's office or holds one. */
export function withDatelineCountry(speaker: ResolvedSpeaker, dateline: string | undefined, words: SpeakerWords): ResolvedSpeaker {
  if (!dateline || speaker.country || speaker.plural || speaker.anonymous) return speaker;
  const head = speaker.kind === "person" ? headOf(speaker.role, words) : speaker.kind === "description" || speaker.kind === "body" ? headOf(speaker.description, words) : "";
  return head && words.datelineHeads.has(head) ? { ...speaker, country: dateline } : speaker;
}
