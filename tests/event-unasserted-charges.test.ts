/** Charges told under a condition or as another's words make no ACCUSE (loaders/events/unasserted-charges.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { eventResources } from "../loaders/events/index.ts";
import { speechActEvents } from "../loaders/events/speech-acts.ts";
import { chargesUnasserted } from "../loaders/events/unasserted-charges.ts";
import type { StatementRow } from "../loaders/statements/index.ts";

const res = eventResources();
const unasserted = (quote: string) => chargesUnasserted(quote, res.speakers, res.speechActs.unasserted);

function statement(quote: string, char_start = 100): StatementRow {
  return {
    statement_id: "", article_id: "a1", speaker: "Ana Ruiz", speaker_role: "senator", speaker_country: "CHL",
    quote, kind: "direct", stance: "accuse", target: "CHL", date: "2024-03-05", date_precision: "day", via: "",
    evidence: `"${quote}," Ruiz said.`, char_start, char_end: char_start + quote.length + 14, corrected: "",
  } as StatementRow;
}

describe("charges the speaker does not assert", () => {
  it("a charge inside a condition's clause is told as possible: if, unless, in case, in any tense", () => {
    expect(unasserted("If the mayor had stolen public money, we would have heard of it")).toBe(true);
    expect(unasserted("We will act at once if the board commits fraud again")).toBe(true);
    expect(unasserted("The ministry keeps a reserve in case a rival state turns hostile")).toBe(true);
  });

  it("a main clause with an unreal modal holds only under the condition after it", () => {
    expect(unasserted("She would call that a disgrace if the party left the coalition")).toBe(true);
    expect(unasserted("I'd consider it an insult if voters stayed home")).toBe(true);
  });

  it("a charge after another's verb of saying within the quote is theirs, not the speaker's", () => {
    expect(unasserted("When voters hear a candidate say the report is a hoax, they stop listening")).toBe(true);
    expect(unasserted("Their aides claimed the audit was a scam")).toBe(true);
    expect(unasserted("The old minutes said the contract was a fraud")).toBe(true);
  });

  it("a charge the speaker asserts stays: beside a condition, after the speaker's own saying, or a verb of calling opening the words", () => {
    expect(unasserted("The governor is a fraud, and if voters knew it they would say so")).toBe(false);
    expect(unasserted("Everything the minister says is a lie unless proven otherwise")).toBe(false);
    expect(unasserted("I said it then and I say it now: the deal is a scam")).toBe(false);
    expect(unasserted("called the deal a scam")).toBe(false);
    expect(unasserted("His claims of a stolen vote are a hoax, and the voters have a say in it")).toBe(false);
    expect(unasserted("They called for an end to the fraud")).toBe(false);
    expect(unasserted("The senator lied to voters. If he runs again, we will win")).toBe(false);
  });

  it("makes no ACCUSE of an unasserted charge, and keeps an asserted one", () => {
    const rows = speechActEvents([statement("If the council had hidden the fraud, the auditors would know"), statement("The council hid the fraud from the auditors", 400)], [], res);
    expect(rows.map((r) => [r.event_type, r.actor, r.target, r.char_start])).toEqual([["ACCUSE", "CHL", "CHL", 400]]);
  });
});
