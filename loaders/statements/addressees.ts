/**
 * Whom quoted words are spoken to, when the sentence tells it: a word of speaking to someone, then a person by
 * name or a rival ("“You lied to the voters,” Ola Berg told Tove Lind", "Berg, turning to his opponent, said …";
 * data/stance-words.yaml `addressing_words`). Then "you" in the words is that person, not the reader or an
 * audience: a fault said of "you" is a charge against the addressee. An audience ("told reporters", "said to
 * the crowd") is no addressee, nor is a channel ("told CNN"), nor the speaker himself.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import { allMatches } from "../text.ts";
import type { Draft } from "./sentence.ts";

/** The second person, as subject, object or owner. */
export const SECOND_PERSON = new Set(["you", "your", "yourself"]);

const YOU = /(?<![\p{L}’'])(?:you|your|yourself)(?![\p{L}’'])/iu;

export interface Addressee {
  /** Start and end of the addressee's words in the sentence. */
  start: number;
  end: number;
  /** The party's code, when the addressee is a mention of one. */
  code?: string;
}

/**
 * The addressee the sentence names for the draft's words, where they say "you": found outside the words
 * themselves, in the attribution around them.
 */
export function addresseeOf(draft: Draft, lex: StatementLexicon, self: ReadonlySet<string>): Addressee | undefined {
  const { ctx } = draft;
  if (!draft.ranges.some(([s, e]) => YOU.test(ctx.text.slice(s, e)))) return undefined;
  const base = ctx.sentence.start;
  for (const m of allMatches(lex.stanceWords.addressing, ctx.text)) {
    const start = m.index + m[0].length;
    if (draft.ranges.some(([s, e]) => start >= s && start < e)) continue;
    if (ctx.channels.some((c) => c.start <= start && start < c.end)) continue;
    const mention = ctx.mentions.find((x) => x.start - base >= start && x.start - base <= start + 24 && x.actor.kind !== "place");
    const end = mention ? mention.end - base : start + (/^[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)*/u.exec(ctx.text.slice(start))?.[0].length ?? 0);
    if (namesSelf(ctx.text.slice(start, end), self)) continue;
    return { start, end, code: mention?.actor.code || undefined };
  }
  return undefined;
}

/** Whether the capitalised words of a phrase are all the speaker's own name's ("Berg", "Ola Berg" for Senator Ola Berg). */
export function namesSelf(text: string, self: ReadonlySet<string>): boolean {
  const words = text.match(/\p{Lu}[\p{L}’'-]+/gu) ?? [];
  return words.length > 0 && words.every((w) => self.has(w.replace(/['’]s$/u, "").toLowerCase()));
}
