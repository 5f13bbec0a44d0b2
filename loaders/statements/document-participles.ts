/**
 * A participle of speech that tells a document's words ("issued a joint statement condemning …",
 * "posted messages early Friday saying that …"): the document before the participle, and who
 * issued it, the subject of the verb whose object it is. The speaker is that subject, not the
 * clause's nor the participle's own (document heads in data/speakers.yaml).
 */
import { type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx } from "./sentence.ts";
import { subjectBefore } from "./subjects.ts";

/** How many words of time may stand between a document and the participle that tells its words ("tweets early Friday saying …"). */
const MAX_DOCUMENT_GAP = 4;

/**
 * The token of the document whose words a participle at token `i` tells: right before it ("issued a statement
 * condemning …"), or a few words of time before ("posted a series of messages early Friday saying that …"),
 * in the singular or the plural; -1 when there is none.
 */
export function documentBefore(ctx: Ctx, i: number, lex: StatementLexicon): number {
  const { tokens } = ctx;
  let end = i;
  let recipient = false;
  for (let k = i - 1; k >= 0 && end - k <= MAX_DOCUMENT_GAP + 1; k--) {
    const t = tokens[k];
    if (!t.word || ctx.quoted[t.start]) return -1;
    const heads = lex.speakerWords.documentHeads;
    if (heads.has(t.lower) || (t.lower.endsWith("s") && heads.has(t.lower.slice(0, -1)))) return k;
    // "sent a letter to the housing board urging …": whom it went to, once, may come between too.
    const to = recipient ? -1 : recipientStart(ctx, k);
    if (to >= 0) {
      recipient = true;
      end = k = to;
      continue;
    }
    // Only the time it was put out may come between: "early Friday", "on Monday", "last week".
    if (!ctx.words.timeWords.has(t.lower) && t.lower !== "on") return -1;
  }
  return -1;
}

/** How many words the noun phrase of a document's recipient may take ("to the board of directors"). */
const MAX_RECIPIENT_WORDS = 6;
const RECIPIENT_POS = new Set(["NOUN", "PROPN", "DET", "ADJ", "ADP", "CCONJ", "PART"]);

/** The token of "to" opening a recipient's noun phrase that ends at token `last` ("to council leaders"), else -1. */
function recipientStart(ctx: Ctx, last: number): number {
  const { tokens } = ctx;
  if (tokens[last].pos !== "NOUN" && tokens[last].pos !== "PROPN") return -1;
  for (let k = last - 1; k >= 0 && last - k <= MAX_RECIPIENT_WORDS; k--) {
    const t = tokens[k];
    if (t.lower === "to") return k;
    if (!t.word || ctx.quoted[t.start] || !RECIPIENT_POS.has(t.pos)) return -1;
  }
  return -1;
}

/** The subject of the verb whose object is the document at token `doc` ("the ministers issued a joint statement"). */
export function documentAuthor(ctx: Ctx, doc: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  for (let k = doc - 1; k >= 0 && doc - k <= 6; k--) {
    const t = ctx.tokens[k];
    if (t.text === "," || ctx.quoted[t.start]) return undefined;
    if (t.pos === "VERB") return subjectBefore(ctx, k, lex)?.phrase;
  }
  return undefined;
}
