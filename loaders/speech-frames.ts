/**
 * Speech frames: constructions that name who spoke around the words spoken — relayed speech
 * ("…, the TASS news agency cited Kremlin spokesman Dmitry Peskov as saying", "Putin was
 * quoted by RIA as saying …") and the passive ("… has been condemned by the U.S."). The frames
 * are data (`frames` in data/speech-verbs.yaml); this finds them in a sentence, outside
 * quotations, with sentence offsets.
 */
import type { StatementLexicon } from "./statement-lexicon.ts";
import { allMatches } from "./text.ts";

interface Span {
  start: number;
  end: number;
  text: string;
}

export interface SpeechFrame {
  /** The whole frame, from the speaker or the relaying outlet to "as saying". */
  start: number;
  end: number;
  speaker: Span;
  /** Who relays the words, if the frame names one. */
  via?: Span;
  /** The speech verb of a passive frame ("condemned"), whose stance the statement takes. */
  verb?: string;
  /** True when the words spoken stand before the frame: a passive's subject, or a frame that closes the sentence. */
  contentBefore: boolean;
  /** The words that tell the act, when the frame names them (", which Moscow denies": "denies"). */
  content?: Span;
  /** An aside that relays the words before it when they name their own speaker ("…, as reported by TASS"). */
  relays: boolean;
}

/** The speech frames of a sentence; `quoted` marks the characters inside quotations. */
export function findSpeechFrames(text: string, quoted: Uint8Array, lex: Pick<StatementLexicon, "frames" | "framesByWord">): SpeechFrame[] {
  const found: SpeechFrame[] = [];
  // In the dictionary's order, only the frames whose words the sentence holds.
  const mayStand = lex.framesByWord.candidates(text);
  for (const frame of lex.frames) {
    if (!mayStand.has(frame)) continue;
    const { pattern } = frame;
    for (const m of allMatches(pattern, text)) {
      const speaker = groupSpan(m, "speaker");
      const via = groupSpan(m, "via");
      const content = groupSpan(m, "content");
      if (!speaker || quoted[speaker.start] || (via && quoted[via.start])) continue;
      const start = Math.min(speaker.start, via?.start ?? m.index!);
      const end = Math.max(m.index! + m[0].length, speaker.end);
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const verb = m.groups?.verb?.toLowerCase();
      // A passive's words are its subject; relayed words stand before a frame that ends the sentence.
      // '"…," the statement reads, according to the agency.': a source after the frame still closes it.
      const closing = /^["”’'\s]*[.!?]?["”’'\s]*$/.test(text.slice(end)) || /^\s*,?\s*according to\b[^,;"“”]*[.!?]?["”’'\s]*$/i.test(text.slice(end));
      found.push({ start, end, speaker, via, verb, contentBefore: !content && (verb !== undefined || closing), content, relays: m.groups?.relays !== undefined });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A named group's text and offsets (the patterns carry the `d` flag). */
function groupSpan(m: RegExpMatchArray, name: "speaker" | "via" | "content"): Span | undefined {
  const text = m.groups?.[name];
  const at = m.indices?.groups?.[name];
  return text && at ? { start: at[0], end: at[1], text } : undefined;
}
