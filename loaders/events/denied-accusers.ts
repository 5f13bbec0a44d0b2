/**
 * Whom a denial told only as a statement answers: the side that accused the denier's side last,
 * before it in the article. Between states the statements name the accuser already (stance.ts);
 * within one state's politics a rival of the same state accused ("Republicans said the aides broke
 * the law … Democrats said the timing was not intentional"), so the denial is aimed at that state
 * too (USA→USA, as the guide allows a charge within one state).
 */
import { splitCodes } from "../actors.ts";
import type { StatementRow } from "../statements/index.ts";
import type { EventRow } from "./types.ts";

/** A charge told before: by an event's actor, or by a statement's speaker. */
export interface Charge {
  at: number;
  by: string;
  against: string;
}

/** The charges of an article's accusing events and statements. */
export function chargesOf(events: readonly EventRow[], statements: readonly StatementRow[]): Charge[] {
  const out: Charge[] = [];
  for (const e of events) if (e.event_type === "ACCUSE") out.push({ at: e.char_start, by: e.actor, against: e.target });
  for (const s of statements) if (s.stance === "accuse" || s.stance === "condemn") out.push({ at: s.char_start, by: s.speaker_country, against: s.target });
  return out;
}

/** The side of the latest charge before `at` aimed at one of `codes`, or "" where none is. */
export function accuserBefore(at: number, codes: readonly string[], charges: readonly Charge[]): string {
  if (codes.length === 0) return "";
  let best: Charge | undefined;
  for (const c of charges) {
    if (c.by === "" || c.at >= at || (best && c.at <= best.at)) continue;
    if (splitCodes(c.against).some((code) => codes.includes(code))) best = c;
  }
  return best?.by ?? "";
}
