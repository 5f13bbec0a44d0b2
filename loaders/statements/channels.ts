import { stripDeterminer } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Draft, inRange } from "./sentence.ts";

export interface ChannelSpan {
  start: number;
  end: number;
  via: string;
  media: boolean;
  according: boolean;
}

/** Whether a channel's words name a person (a title or a known person), not an outlet or an occasion. */
export function isPersonAddressed(via: string, lex: StatementLexicon): boolean {
  const found = lex.gazetteer.find(via);
  if (found.some((m) => m.actor.kind === "media")) return false;
  return found.some((m) => m.actor.kind === "person") || via.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && lex.titleWords.has(w.toLowerCase()) && w.length > 3);
}

/** A channel as the table writes it: an outlet by its gazetteer name, others without their article. */
export function channelName(via: string, media: boolean, lex: StatementLexicon): string {
  const text = stripDeterminer(via);
  if (media) {
    const found = lex.gazetteer.find(text);
    const outlet = found.find((m) => m.actor.kind === "media");
    if (outlet && found.length === 1) return outlet.actor.name;
  }
  return text;
}

export function channelOf(draft: Draft): string {
  const { ctx } = draft;
  return ctx.channels.find((c) => !inRange(draft.ranges, c.start) && inRange(draft.attribution, c.start) && !c.according)?.via ?? "";
}
