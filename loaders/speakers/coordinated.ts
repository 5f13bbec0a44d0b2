/**
 * Two speakers coordinated in one phrase, a named person first: "Ruiz and Cano said …" is Ana Ruiz and Luis Cano,
 * "Ruiz and senior navy officers said …" is Ana Ruiz and the officers. Each conjunct is named as fully as the
 * article names it; the row's speaker is both, as a joint statement's is.
 */
import { joinCodes } from "../actors.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { analysePhrase, type ResolvedSpeaker, type SpeakerPhrase } from "./phrase.ts";

/** The phrase's two conjuncts resolved by `resolveOne`, when a named person comes first and the second is a person or a description. */
export function coordinatedSpeakers(phrase: SpeakerPhrase, lex: StatementLexicon, resolveOne: (part: SpeakerPhrase) => ResolvedSpeaker | undefined): ResolvedSpeaker | undefined {
  // One "and", no list or apposition around it ("Ruiz, Cano and Vidal", "Ruiz, the minister, and …" are read elsewhere).
  const m = /^(\S(?:[^,;]*?\S)?)\s+and\s+(\S[^,;]*)$/.exec(phrase.text.trim());
  if (!m || /\sand\s/.test(m[2])) return undefined;
  const parts = [m[1], m[2]].map((text, k) => {
    const start = phrase.start + (k === 0 ? 0 : phrase.text.indexOf(m[2], m[1].length));
    return { text, start, end: start + text.length };
  });
  const [first, second] = parts.map((p) => analysePhrase(p, lex));
  // A name of a body ("the Ministry of Trade and Industry") has no person first.
  if (first.kind !== "person" || !first.person || (second.kind !== "person" && second.kind !== "description") || second.kind === "description" && !lex.speakerHeads.has(second.head)) return undefined;
  const [a, b] = parts.map((p) => resolveOne(p));
  // A name of office words only names no one: "Under-Secretary-General for Humanitarian Affairs and Emergency Relief
  // Coordinator Tom Fletcher" is one title over the "and".
  const officeWords = a?.speaker.split(/\s+/).every((w) => lex.roleWords.has(w.toLowerCase()));
  if (!a || !b || a.kind !== "person" || a.plural || officeWords) return undefined;
  return {
    speaker: `${a.speaker} and ${b.speaker}`,
    role: "",
    country: joinCodes([a.country, b.country]),
    kind: b.kind === "person" ? "person" : "description",
    plural: true,
    parties: 2,
    description: phrase.text,
    anonymous: false,
  };
}
