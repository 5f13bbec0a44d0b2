/** Status: what a clause says about an act's reality — occurred, planned, alleged or denied. */
import type { EventEntry } from "../event-dictionary.ts";
import type { EventStatus, Party } from "./types.ts";
import { lastIndexOfAny } from "./wording.ts";

const SUPPRESS = /\b(?:commit(?:s|ted|ting)?|oblig(?:es|ed|ation)|if|unless|would|could|might|should|potential(?:ly)?|unlikely|any|no|not|never|attempt(?:s|ed)? to|unable to|convince|persuade|urg(?:e|es|ed|ing)|whether|may(?!\s+have))\b/i;

const PLANNED = /\b(?:plans?|planned|planning|consider(?:s|ing|ed)?|intends?|intended|intention|interested in|likely to|expected to|will|shall|is to|are to|set to|going to|aims? to|possibility|eyeing|prepar(?:ing|es) to|hint(?:ed|s)?|pledged? to|vowed? to)\b/i;

const HEDGED = /\b(?:may have|might have|reportedly|allegedly|believed|suspected|secret(?:ly)?|purported(?:ly)?|said to)\b/i;

/** A contested act told as someone's report or finding is alleged. */
const REPORTED = /\b(?:reports?|reported|according to|intelligence|findings?|indicat(?:es|ed|ing)|claims?)\b/i;

/** "Moscow denied that North Korea sent troops": the act is denied by the speaker. */
const DENIAL_VERB = /\bden(?:y|ies|ied|ying)\b/i;

/**
 * What the clause says about the act's reality, or undefined when it tells no act (a
 * condition, a wish, a negation: "if Pyongyang supplied", "would never send").
 */
export function statusOf(entry: EventEntry, text: string, ts: number, te: number, actorParty: Party | undefined, attributed: boolean): EventStatus | undefined {
  // The window runs from the clause start, or from the actor when it is nearer
  // ("if Pyongyang supplied": the few words before the actor still count).
  const clauseStart = Math.max(0, lastIndexOfAny(text, ",;:()“”\"—", ts - 1) + 1);
  const actorStart = actorParty && actorParty.end <= ts ? Math.max(0, actorParty.start - 12) : -1;
  const windowStart = actorStart < 0 ? clauseStart : actorParty!.anaphor ? actorStart : Math.max(clauseStart, actorStart);
  const before = text.slice(windowStart, ts);
  if (entry.speech) return "occurred";
  const denial = DENIAL_VERB.exec(text.slice(0, ts));
  if (denial && /^\s+(?:that|having|sending|supplying|providing|selling|any)\b/i.test(text.slice(denial.index + denial[0].length))) return "denied";
  if (SUPPRESS.test(before)) return undefined;
  if (PLANNED.test(before + text.slice(ts, te))) return "planned";
  if (HEDGED.test(before) || (entry.contested && (attributed || HEDGED.test(text) || REPORTED.test(text) || /\baccus\w*\b[^.]*\bof\s*$/i.test(text.slice(0, ts))))) return "alleged";
  return "occurred";
}
