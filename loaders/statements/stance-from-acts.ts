/**
 * Stance from what the reported clause tells, not only from its verb: "Shin said North
 * Korea had sent millions of shells to Russia" uses a neutral verb, but tells that another
 * party did an act the story holds against it (an arms transfer, an attack, a deployment:
 * data/statement-words.yaml `accusing_acts`). Such a statement accuses that party. The act
 * is read from the events table's rows of the same sentence. A speaker who speaks for no state
 * accuses as well (a UN panel's report, a think tank's findings, an outlet's investigation tell
 * the act against its actor), but only of an act told as done, not planned, and not its own.
 */
import { splitCodes as codes } from "../actors.ts";
import type { EventRow } from "../events/index.ts";
import type { StatementRow } from "./index.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { toldAsWarNews } from "./stance-cues.ts";


/** Whether most of the event's span lies in the statement's reported words (an event row spans its clause or sentence). */
function mostlyWithin(e: EventRow, s: StatementRow): boolean {
  const shared = Math.min(e.char_end, s.char_end) - Math.max(e.char_start, s.char_start);
  return shared > 0 && shared >= 0.5 * (e.char_end - e.char_start);
}

/** Statements of one article, with "other" turned to "accuse" where the clause tells another party's accusing act. */
export function stanceFromActs(statements: StatementRow[], events: EventRow[], accusingActs: ReadonlySet<string>, lex?: StatementLexicon): StatementRow[] {
  if (!accusingActs.size || !events.length) return statements;
  const acts = events.filter((e) => accusingActs.has(e.event_type) && (e.status === "occurred" || e.status === "alleged"));
  return statements.map((s) => {
    const own = codes(s.speaker_country);
    if (s.stance !== "other") return s;
    // Losses among fighters are war news ("300 of their soldiers were killed"), held against no one.
    if (lex && toldAsWarNews(s.quote, lex)) return s;
    const act = acts.find((e) => e.evidence === s.evidence && mostlyWithin(e, s) && codes(e.actor).length > 0 && !codes(e.actor).some((c) => own.includes(c)));
    return act ? { ...s, stance: "accuse", target: s.target || codes(act.actor)[0] } : s;
  });
}
