/** A statement that tells another party's act (an arms transfer, an attack) accuses it, even with a neutral verb. */
import { describe, expect, it } from "vitest";
import type { EventRow } from "../../loaders/events/index.ts";
import type { StatementRow } from "../../loaders/statements/index.ts";
import { stanceFromActs } from "../../loaders/statements/stance-from-acts.ts";

const evidence = "The minister said the North had sent 3,000 shells to Russia.";
const statement = (over: Partial<StatementRow> = {}): StatementRow => ({
  statement_id: "s", article_id: "a", speaker: "the minister", speaker_role: "", speaker_country: "KOR", quote: "the North had sent 3,000 shells to Russia",
  kind: "indirect", stance: "other", target: "", date: "", date_precision: "", via: "", evidence, char_start: 18, char_end: 59, ...over,
});
const event = (over: Partial<EventRow> = {}) => ({ article_id: "a", event_type: "AID", actor: "PRK", target: "RUS", status: "alleged", evidence, char_start: 0, char_end: 60, ...over }) as EventRow;
const acts = new Set(["AID", "ASSAULT", "MOBILIZE", "COERCE"]);
const stanceOf = (s: StatementRow, e: EventRow) => stanceFromActs([s], [e], acts)[0];

describe("stance from the act a statement tells", () => {
  it("accuses the actor of a transfer its words tell", () => {
    expect(stanceOf(statement(), event())).toMatchObject({ stance: "accuse", target: "PRK" });
  });

  it("leaves the stance when the act is planned, the speaker's own, not an accusing act, or mostly outside the words", () => {
    expect(stanceOf(statement(), event({ status: "planned" })).stance).toBe("other");
    expect(stanceOf(statement({ speaker_country: "PRK" }), event()).stance).toBe("other");
    expect(stanceOf(statement(), event({ event_type: "CONSULT" })).stance).toBe("other");
    expect(stanceOf(statement({ char_start: 40, char_end: 59 }), event()).stance).toBe("other");
  });

  it("reads a report by a speaker for no state as accusing too, and leaves a stance the verb already gave", () => {
    expect(stanceOf(statement({ speaker_country: "" }), event()).stance).toBe("accuse");
    expect(stanceOf(statement({ stance: "deny" }), event()).stance).toBe("deny");
  });
});
