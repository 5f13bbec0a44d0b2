/** Merging a long article's mentions into events takes time proportionate to the mentions (issue 19). */
import { describe, expect, it, vi } from "vitest";
import { MergeCandidates } from "../loaders/events/merge-candidates.ts";
import { mergeMentions } from "../loaders/events/merging.ts";
import type { Mention } from "../loaders/events/types.ts";
import type { Sentence } from "../loaders/text.ts";

function mention(index: number, day: string, target: string[]): Mention {
  const sentence: Sentence = { text: "Russia shipped shells.", start: index * 30, end: index * 30 + 22, index, paragraph: index };
  return {
    entry: undefined, rule: "test", type: "AID", mode: "", sentence, ts: 7, te: 14,
    actor: ["RUS"], target, fallbackTarget: [], status: "occurred",
    date: { text: day, start: 0, end: 0, date: day, precision: "day", dateEnd: "", lastDay: day },
    speakerKey: "", speakerLevel: "state", speech: false, symmetric: false, undirected: false, location: "", index, attributed: false,
  };
}

const dayOf = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe("merging the mentions of a long article", () => {
  it("joins mentions of one day and parties into one event, and keeps other days apart", () => {
    const mentions = [mention(0, "2023-01-01", ["PRK"]), mention(1, "2023-01-02", ["PRK"]), mention(2, "2023-01-01", ["PRK"]), mention(3, "2023-01-01", ["UKR"])];
    const events = mergeMentions(mentions);
    expect(events.map((e) => [e.date?.date, e.target.join(";"), e.mentions.map((m) => m.index)])).toEqual([
      ["2023-01-01", "PRK", [0, 2]],
      ["2023-01-02", "PRK", [1]],
      ["2023-01-01", "UKR", [3]],
    ]);
  });

  it("keeps arms and economic aid between the same sides apart, as it keeps different launches and deployments", () => {
    const arms = { ...mention(0, "2023-01-01", ["PRK"]), date: undefined, mode: "military" };
    const aid = { ...mention(1, "2023-01-01", ["PRK"]), date: undefined, mode: "aid" };
    const again = { ...mention(2, "2023-01-01", ["PRK"]), date: undefined, mode: "military" };
    expect(mergeMentions([arms, aid, again]).map((e) => [e.anchor.mode, e.mentions.map((m) => m.index)])).toEqual([
      ["military", [0, 2]],
      ["aid", [1]],
    ]);
  });

  it("merges 20,000 mentions of 2,000 days without trying each against every event", () => {
    // Before merge-candidates.ts each mention was tried against every event of its type (about
    // 20 million tries here); by key and month a mention meets only the events of its month.
    const mentions = Array.from({ length: 20_000 }, (_, i) => mention(i, dayOf(i % 2000), ["PRK"]));
    const offered = vi.spyOn(MergeCandidates.prototype, "of");
    const events = mergeMentions(mentions);
    const tries = offered.mock.results.reduce((n, r) => n + (r.value as unknown[]).length, 0);
    offered.mockRestore();
    expect(events).toHaveLength(2000);
    expect(events.every((e) => e.mentions.length === 10)).toBe(true);
    expect(tries).toBeLessThan(20_000 * 100);
  });

  it("keeps 20,000 undated strikes apart without trying each against every earlier one", () => {
    // A strike told again by a verb is another strike (told-before.ts): thousands of undated
    // acts of the same sides, each of which the next may not join; by key they are passed over.
    const recurring = { types: new Set(["AID" as const]), modes: new Set<string>() };
    const mentions = Array.from({ length: 20_000 }, (_, i) => ({ ...mention(i, "", ["PRK"]), date: undefined }));
    const offered = vi.spyOn(MergeCandidates.prototype, "of");
    const events = mergeMentions(mentions, recurring);
    const tries = offered.mock.results.reduce((n, r) => n + (r.value as unknown[]).length, 0);
    offered.mockRestore();
    expect(events).toHaveLength(20_000);
    expect(tries).toBeLessThan(20_000 * 10);
  });

  it("lets a strike named as told before join the strike of its sides told last", () => {
    const recurring = { types: new Set(["AID" as const]), modes: new Set<string>() };
    const first = { ...mention(0, "", ["PRK"]), date: undefined };
    const second = { ...mention(1, "", ["PRK"]), date: undefined };
    const again = { ...mention(2, "", ["PRK"]), date: undefined, toldBefore: true };
    expect(mergeMentions([first, second, again], recurring).map((e) => e.mentions.map((m) => m.index))).toEqual([[0], [1, 2]]);
  });
});
