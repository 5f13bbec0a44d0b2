import { type Draft, inRange } from "./sentence.ts";

/** The channel a statement's attribution names ("in a statement", "told Reuters"), outside its words. */
export function channelOf(draft: Draft): string {
  const { ctx } = draft;
  return ctx.channels.find((c) => !inRange(draft.ranges, c.start) && inRange(draft.attribution, c.start) && !c.according)?.via ?? "";
}
