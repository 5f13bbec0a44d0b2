/** Losses among fighters told in a reported clause are war news: they accuse no one; harm to civilians still does. */
import { describe, expect, it } from "vitest";
import type { EventRow } from "../../loaders/events/index.ts";
import type { StatementRow } from "../../loaders/statements/index.ts";
import { stanceFromActs } from "../../loaders/statements/stance-from-acts.ts";
import { sharedStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("losses among fighters in the reported clause", () => {
  it("leaves soldiers or insurgents killed a report", () => {
    expect(stances("General Ida Moen said 300 Peruvian soldiers sent to the border had been killed and 900 wounded.")).toEqual([["Ida Moen", "other"]]);
    expect(stances("General Ida Moen said the drone attack was carried out on Sunday and killed four insurgents near the pass.")).toEqual([["Ida Moen", "other"]]);
  });

  it("still reads harm to civilians as an accusation", () => {
    expect(stances("General Ida Moen said the drone attack on Sunday killed four insurgents and nine members of a family near the pass.")).toEqual([["Ida Moen", "accuse"]]);
  });
});

describe("a launch told by its course into the sea", () => {
  it("leaves a test launch a report", () => {
    expect(stances("The Chilean navy said Peru fired two cruise missiles toward the sea off its southern coast on Friday.")).toEqual([["the Chilean navy", "other"]]);
    expect(stances("The Chilean navy said the rockets were launched from the harbour and flew about 300 km.")).toEqual([["the Chilean navy", "other"]]);
  });

  it("still reads a launch that struck something as an accusation", () => {
    expect(stances("The Chilean navy said Peru fired two cruise missiles that struck a ferry off its southern coast.")).toEqual([["the Chilean navy", "accuse"]]);
  });
});

describe("the act an event row tells, where the losses are a fighter's", () => {
  const evidence = "The minister said 300 Peruvian soldiers were killed in the strikes.";
  const statement: StatementRow = {
    statement_id: "s", article_id: "a", speaker: "the minister", speaker_role: "", speaker_country: "CHL", quote: "300 Peruvian soldiers were killed in the strikes",
    kind: "indirect", stance: "other", target: "", date: "", date_precision: "", via: "", evidence, char_start: 18, char_end: 66,
  };
  const event = { article_id: "a", event_type: "ASSAULT", actor: "BOL", target: "PER", status: "occurred", evidence, char_start: 0, char_end: 67 } as EventRow;

  it("accuses no one", () => {
    expect(stanceFromActs([statement], [event], new Set(["ASSAULT"]), sharedStatementLexicon())[0].stance).toBe("other");
    expect(stanceFromActs([{ ...statement, quote: "30 civilians were killed in the strikes" }], [event], new Set(["ASSAULT"]), sharedStatementLexicon())[0].stance).toBe("accuse");
  });
});
