/**
 * The aim of a protest: in "students staged demonstrations to demand reforms", "began a
 * hunger strike outside parliament to press their demands", "rioted …, joining demonstrators
 * in demanding a referendum" the demand is what the protest is for, told as its purpose, not
 * a second act: CAMEO and PLOVER code the protest alone. The words that link a protest to its
 * aim (an infinitive's "to", "in" before a gerund) are `protest_aim_links` in data/event-words.yaml.
 */
import type { Mention, Party } from "./types.ts";

/** Most characters between the protest's trigger and its aim's. */
const REACH = 120;

/** "to demand", "to press their demands", "in demanding": a link, then at most two words, right before the aim. */
export function protestAimPattern(links: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${links.join("|")})\\s+(?:[\\w'’-]+\\s+){0,2}$`, "i");
}

/**
 * The sentence's mentions without the requests told as the aim of a protest before them in
 * the same clause (no full stop, semicolon or colon, and no named party between, which would
 * open an act of its own). `text` is the sentence.
 */
export function withoutProtestAims(aimBefore: RegExp, text: string, parties: Party[], mentions: Mention[]): Mention[] {
  const protests = mentions.filter((m) => m.type === "PROTEST");
  if (protests.length === 0) return mentions;
  return mentions.filter((m) => m.type !== "REQUEST" || !protests.some((p) => isAim(aimBefore, text, parties, p, m)));
}

function isAim(aimBefore: RegExp, text: string, parties: Party[], protest: Mention, m: Mention): boolean {
  if (protest.te > m.ts || m.ts - protest.te > REACH) return false;
  const between = text.slice(protest.te, m.ts);
  if (/[.;:]/.test(between) || !aimBefore.test(between)) return false;
  // A pronoun ("to press their demands") refers back to the protesters: it names no one new.
  return !parties.some((p) => p.codes.length > 0 && !p.anaphor && p.start >= protest.te && p.end <= m.ts);
}
