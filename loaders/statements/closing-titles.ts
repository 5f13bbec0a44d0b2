/**
 * Title words between a closing attribution's comma and its subject ("…, Ambassador to Peru Jorge
 * Vidal said", "…, Minister of Defence Ana Ruiz said"): where the content ends, and the speaker phrase
 * with its title.
 */
import { type SpeakerPhrase } from "../speakers.ts";
import { type Ctx, endsOnClosing, tokenAt } from "./sentence.ts";

/**
 * The text before a title that the subject phrase left out ('"…," Maj. Gen. Ivan Petrenko
 * said', "…, U.S. Deputy Ambassador to the United Nations Jane Doe said"): a run of proper
 * nouns, with "to", "of", "the" and the periods of abbreviations, after a comma or a quotation
 * mark. The prefix unchanged when no such run stands there.
 */
export function titleBefore(ctx: Ctx, prefix: string): string {
  if (endsOnClosing(ctx, prefix)) return prefix;
  const cut = Math.max(prefix.lastIndexOf(","), prefix.lastIndexOf("”"), prefix.lastIndexOf("»"), prefix.lastIndexOf('"'));
  if (cut < 0 || prefix.length - cut > 80) return prefix;
  const first = tokenAt(ctx, cut + 1);
  let sawProper = false;
  for (let i = first; i < ctx.tokens.length && ctx.tokens[i].start < prefix.length; i++) {
    const t = ctx.tokens[i];
    if (t.pos === "PROPN" && /^\p{Lu}/u.test(t.text)) sawProper = true;
    else if (!(t.pos === "PUNCT" && t.text === ".") && !ctx.words.titleLinks.has(t.lower)) return prefix;
  }
  return sawProper ? prefix.slice(0, cut + 1) : prefix;
}

/**
 * "…, Ambassador to Peru Jorge Vidal said": title words the subject reading left before the name
 * (titleBefore stepped over them to the comma) are the speaker's role, so they open the phrase.
 */
export function withTitle(ctx: Ctx, subject: SpeakerPhrase, from: number): SpeakerPhrase {
  const base = ctx.sentence.start;
  const start = from + (/^[,”"’'»—–\s]*/.exec(ctx.text.slice(from))?.[0].length ?? 0);
  if (subject.apposition || start >= subject.start - base) return subject;
  return { ...subject, text: ctx.text.slice(start, subject.end - base), start: start + base };
}
