/**
 * Relayed speech: a sentence that names who spoke and who relays the words — "…, the TASS
 * news agency cited Kremlin spokesman Dmitry Peskov as saying", "Putin was quoted by RIA as
 * saying …". The frames are data (`frames` in data/speech-verbs.yaml); this finds them in a
 * sentence, outside quotations, with sentence offsets.
 */
import type { StatementLexicon } from "./statement-lexicon.ts";

interface Span {
  start: number;
  end: number;
  text: string;
}

export interface RelayedSpeech {
  /** The whole frame, from the speaker or the relaying outlet to "as saying". */
  start: number;
  end: number;
  speaker: Span;
  via: Span;
  /** True when the frame closes the sentence, so the words quoted stand before it. */
  contentBefore: boolean;
}

/** The relayed-speech frames of a sentence; `quoted` marks the characters inside quotations. */
export function findRelayedSpeech(text: string, quoted: Uint8Array, lex: Pick<StatementLexicon, "frames">): RelayedSpeech[] {
  const found: RelayedSpeech[] = [];
  for (const { pattern } of lex.frames) {
    for (const m of text.matchAll(pattern)) {
      const speaker = groupSpan(m, "speaker");
      const via = groupSpan(m, "via");
      if (!speaker || !via || quoted[speaker.start] || quoted[via.start]) continue;
      const start = Math.min(speaker.start, via.start);
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // Only a full stop and closing marks after the frame: the words stand before it.
      found.push({ start, end, speaker, via, contentBefore: /^["”’'\s]*[.!?]?["”’'\s]*$/.test(text.slice(end)) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A named group's text and offsets (the patterns carry the `d` flag). */
function groupSpan(m: RegExpMatchArray, name: "speaker" | "via"): Span | undefined {
  const text = m.groups?.[name];
  const at = m.indices?.groups?.[name];
  return text && at ? { start: at[0], end: at[1], text } : undefined;
}
