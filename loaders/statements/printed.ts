/**
 * A statement printed whole: a line names whose it is and ends with a colon ("The following
 * statement was issued today by the Spokesman for the Secretary-General:", "The harbour board
 * issued the following statement:"), and every sentence after it is the issuer's own words, with
 * no verb of saying. The patterns are built from data/statement-words.yaml (printed_texts,
 * printing_verbs); the sentences after it are read by own-voice.ts.
 */
import { type Ctx } from "./sentence.ts";
import { type SpeakerPhrase } from "../speakers.ts";
import { type Sentence } from "../text.ts";
import { type StatementWords } from "./words.ts";

/** The issuer a line that opens a statement printed whole names, with its offsets in the article. */
export function printedOpening(ctx: Ctx): SpeakerPhrase | undefined {
  const { text } = ctx;
  if (!/:\s*$/.test(text)) return undefined;
  for (const pattern of ctx.words.printedOpening) {
    const m = pattern.exec(text);
    const at = m?.indices?.groups?.speaker;
    if (!m?.groups?.speaker || !at) continue;
    // "the Spokesman for the Secretary-General": the one spoken for issues the words.
    const spokenFor = ctx.words.printedFor.exec(m.groups.speaker)?.[0].length ?? 0;
    const base = ctx.sentence.start;
    return { text: m.groups.speaker.slice(spokenFor), start: base + at[0] + spokenFor, end: base + at[1] };
  }
  return undefined;
}

/** Who a sentence says issued a text ("The harbour board issued a statement on Monday."), with its offsets. */
export function issuerOf(sentence: Sentence, words: StatementWords): SpeakerPhrase | undefined {
  const m = words.printedIssue.exec(sentence.text);
  const at = m?.indices?.groups?.speaker;
  if (!m?.groups?.speaker || !at) return undefined;
  return { text: m.groups.speaker, start: sentence.start + at[0], end: sentence.start + at[1] };
}
