/**
 * A post embedded in a page, signed on the line after its words or at their end as the platforms
 * print them: "… pic.twitter.com/xyz — Ana Ruiz (@anaruiz) May 4, 2025". The words are the
 * signer's own, direct; the link the post carries is no part of them.
 */
import { type SpeakerPhrase } from "../speakers.ts";
import { type Ctx, type Draft } from "./sentence.ts";
import { type Untold } from "./taken-up.ts";

/** "— Name (@handle) Month D, YYYY" closing a sentence; the date may be cut with the page. */
const SIGNATURE = /(?:^|\s)[—–]\s*(?<name>[^()—–|]{2,60}?)\s*(?:\|[^()]{0,60})?\(@\w{1,30}\)\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s*\d{0,4})?\s*$/u;

/** A link a post carries at the end of its words ("pic.twitter.com/…", "https://t.co/…"). */
const POST_LINK = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)\s*$/u;

/** The signer a sentence ends with, and where the signature starts in it. */
export function postSignature(ctx: Ctx): { phrase: SpeakerPhrase; at: number } | undefined {
  const m = SIGNATURE.exec(ctx.text);
  const name = m?.groups?.name.trim();
  if (!m || !name) return undefined;
  const nameAt = ctx.text.indexOf(name, m.index);
  return { phrase: { text: name, start: ctx.sentence.start + nameAt, end: ctx.sentence.start + nameAt + name.length }, at: m.index };
}

/** The post's words as the signer's: those before the signature in its sentence, else the sentence before (`untold`). */
export function signedPostDraft(ctx: Ctx, signature: { phrase: SpeakerPhrase; at: number }, untold: Untold | undefined): Draft | undefined {
  const own = ctx.text.slice(0, signature.at).replace(POST_LINK, "");
  const words = own.trim() ? { ctx, end: own.trimEnd().length } : untold && { ctx: untold.ctx, end: untold.ctx.text.slice(0, untold.end).replace(POST_LINK, "").trimEnd().length };
  if (!words || words.end <= 0) return undefined;
  return { ctx: words.ctx, phrase: signature.phrase, anchor: words.end, ranges: [[0, words.end]], attribution: [], stance: "other", negated: false, via: "", nominal: false, printed: true };
}
