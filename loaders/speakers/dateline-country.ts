/**
 * The state an office speaks for when the text names none: under a wire dateline ("LIMA, May 4
 * (Reuters) - … the Foreign Ministry said", "LIMA — Defense Secretary Ana Ruiz said"), a state's
 * office described by its kind, or a person whose title is such an office, is the dateline city's
 * state's (data/speakers.yaml `dateline_heads`). A body or title that names its state keeps it.
 */
import type { ResolvedSpeaker } from "./phrase.ts";
import type { SpeakerWords } from "./words.ts";

/**
 * The head of a phrase, lower case, without a possessive or a period: its last word ("the
 * government's defence ministry" → "ministry"), or the word before its first link ("Secretary of
 * State" → "secretary", "leader of the party" → "leader").
 */
function headOf(text: string, words: SpeakerWords): string {
  const ws = text.trim().toLowerCase().split(/\s+/);
  const link = ws.findIndex((w, k) => k > 0 && words.headLinks.has(w));
  return (link > 0 ? ws[link - 1] : ws[ws.length - 1] ?? "").replace(/['’]s?$/, "").replace(/\.$/, "");
}

/** The speaker with the dateline's state as its country, when it has none and is a state's office or holds one. */
export function withDatelineCountry(speaker: ResolvedSpeaker, dateline: string | undefined, words: SpeakerWords): ResolvedSpeaker {
  if (!dateline || speaker.country || speaker.plural || speaker.anonymous) return speaker;
  const head = speaker.kind === "person" ? headOf(speaker.role, words) : speaker.kind === "description" || speaker.kind === "body" ? headOf(speaker.description, words) : "";
  return head && words.datelineHeads.has(head) ? { ...speaker, country: dateline } : speaker;
}
