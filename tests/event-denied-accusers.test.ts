/** A denial told as a statement answers whoever last accused the speaker's side (loaders/events/denied-accusers.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { extractTexts } from "../loaders/benchmarks/common.ts";
import { accuserBefore } from "../loaders/events/denied-accusers.ts";
import type { Charge } from "../loaders/events/denied-accusers.ts";

const rejects = (text: string) =>
  extractTexts([{ id: "d1", text }]).events.filter((e) => e.event_type === "REJECT").map((e) => [e.actor, e.target, e.rule]);

const row = (by: string, against: string, at: number): Charge => ({ by, against, at });

describe("the accuser a denial answers", () => {
  it("is the latest accuser before it of the denier's side, the denier's own state included", () => {
    const rows = [row("CHL", "PER", 10), row("PER", "PER", 50), row("BOL", "PER", 200)];
    expect(accuserBefore(120, ["PER"], rows)).toBe("PER");
    expect(accuserBefore(40, ["PER"], rows)).toBe("CHL");
  });

  it("is none where no one accused the denier's side before, or the accuser has no code", () => {
    expect(accuserBefore(120, ["PER"], [row("PER", "CHL", 10), row("", "PER", 20)])).toBe("");
    expect(accuserBefore(120, [], [row("CHL", "PER", 10)])).toBe("");
  });

  it("a rival of the same state charges, and the denial told with a neutral verb answers that state", () => {
    const text = [
      "Peruvian Senator Ana Ruiz accused the Peruvian interior ministry of hiding the audit.",
      "“The timing of the audit was not intentional,” Peruvian Interior Minister Luis Soto said.",
    ].join("\n\n");
    expect(rejects(text)).toEqual([["PER", "PER", "speech-act:deny"]]);
  });

  it("with no charge before it, the denial stays aimed at no one", () => {
    expect(rejects("“The timing of the audit was not intentional,” Peruvian Interior Minister Luis Soto said.")).toEqual([["PER", "", "speech-act:deny"]]);
  });
});
