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

/**
 * Whether a description's words before its head name a state's office ("a senior administration
 * official", "army officials", "two defence ministry officials") or its government ("federal
 * investigators"): who holds a post there serves the state, unnamed or many, and what it issues is
 * the state's. A head linked after it ("officials of the ministry") is no modifier.
 */
function officeModifier(description: string, words: SpeakerWords): boolean {
  const all = description.toLowerCase().replace(/['’]s?\b/g, "").split(/\s+/);
  const link = all.findIndex((w, k) => k > 0 && words.headLinks.has(w));
  const head = link > 0 ? link - 1 : all.length - 1;
  const before = all.slice(0, head);
  // "federal prosecutors", "federal data": an adjective of government puts any head in the state's service.
  if (before.some((w) => words.governmentModifiers.has(w))) return true;
  return words.officeMemberHeads.has(all[head]) && before.some((w) => words.datelineHeads.has(w));
}

/** The speaker with the dateline's state as its country, when it has none and is a state's office or holds one. */
export function withDatelineCountry(speaker: ResolvedSpeaker, dateline: string | undefined, words: SpeakerWords): ResolvedSpeaker {
  if (!dateline || speaker.country) return speaker;
  // "McConnell aides", "a senior adviser to the Reed campaign": a politician's staff, one or many, serve as the politician does.
  if ((speaker.kind === "person" || speaker.kind === "description") && words.staffOf.test(speaker.kind === "person" ? speaker.role : speaker.description)) return { ...speaker, country: dateline };
  if (speaker.kind === "description" && (officeModifier(speaker.description, words) || words.officeHolderPlurals.has(headOf(speaker.description, words).toLowerCase()))) return { ...speaker, country: dateline };
  if (speaker.plural || speaker.anonymous) return speaker;
  const head = speaker.kind === "person" ? headOf(speaker.role, words) : speaker.kind === "description" || speaker.kind === "body" ? headOf(speaker.description, words) : "";
  return head && words.datelineHeads.has(head) ? { ...speaker, country: dateline } : speaker;
}
