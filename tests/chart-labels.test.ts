import { describe, expect, it } from "vitest";
// @ts-expect-error: a browser component in plain JavaScript, without types
import { amountTick, labelsThatFit, powersOfTen, tallestStack, wrapLines } from "../src/components/chart-marks.js";

type Box = { left: number; right: number; top: number; bottom: number };
/** Runs the render option as Plot would, returning the indices of the labels it draws. */
function drawn(data: Array<{ label: string; value: number }>, xs: number[], ys: number[], options: Record<string, unknown> = {}, placed = new Map<number, Box[]>(), fi?: number): number[] {
  const render = labelsThatFit(data, { text: (d: { label: string }) => d.label, placed, width: 400, priority: (d: { value: number }) => d.value, ...options });
  const index = Object.assign(data.map((_, i) => i), fi === undefined ? {} : { fi });
  return render(index, {}, { x: xs, y: ys }, {}, {}, (kept: number[]) => [...kept].sort((a, b) => a - b));
}

describe("labels that fit", () => {
  it("leave off a label that would cover one already drawn, the most important kept", () => {
    const data = [{ label: "Vladivostok", value: 1 }, { label: "Pyongyang", value: 5 }, { label: "Hanoi", value: 2 }];
    expect(drawn(data, [100, 105, 100], [50, 52, 150])).toEqual([1, 2]);
  });

  it("leave off a label that would run past the chart's edge, and keep facets apart", () => {
    const data = [{ label: "a long label near the edge", value: 1 }];
    expect(drawn(data, [390], [10])).toEqual([]);
    expect(drawn(data, [390], [10], { anchor: "end" })).toEqual([0]);
    const placed = new Map<number, Box[]>();
    expect(drawn([{ label: "one", value: 1 }], [10], [10], {}, placed, 0)).toEqual([0]);
    expect(drawn([{ label: "two", value: 1 }], [10], [10], {}, placed, 1)).toEqual([0]);
    expect(drawn([{ label: "three", value: 1 }], [10], [10], {}, placed, 1)).toEqual([]);
  });
});

describe("labels of several lines", () => {
  it("break at spaces within the room, keeping a name whole rather than cutting it", () => {
    expect(wrapLines("South Korea's National Intelligence Service", 24)).toBe("South Korea's National\nIntelligence Service");
    expect(wrapLines("Washington Post · 2 articles", 40)).toBe("Washington Post · 2 articles");
    expect(wrapLines("1.6 million · Washington Post", 40, { breaks: [" · "] })).toBe("1.6 million\nWashington Post");
    // Past maxLines only the last line is shortened; a word longer than the room is too.
    expect(wrapLines("a b c d e f g h i j k l m n o p", 8, { maxLines: 2 })).toBe("a b c d\ne f g h…");
    expect(wrapLines("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
  });

  it("are placed as high as their lines: a two-line label above a dot covers a label just above it", () => {
    const placed = new Map<number, Box[]>();
    const data = [{ label: "first\nsecond", value: 2 }, { label: "above", value: 1 }];
    const render = labelsThatFit(data, { text: (d: { label: string }) => d.label, placed, width: 400, lineAnchor: "bottom", priority: (d: { value: number }) => d.value });
    expect(render(Object.assign([0, 1]), {}, { x: [10, 10], y: [100, 88] }, {}, {}, (kept: number[]) => kept)).toEqual([0]);
  });
});

describe("amount ticks", () => {
  it("read as a newsroom writes amounts, not in SI prefixes", () => {
    expect([0.5, 10, 2500, 20000, 3e6, 1.5e9, 5e12].map(amountTick)).toEqual(["0.5", "10", "2.5k", "20k", "3M", "1.5bn", "5000bn"]);
  });

  it("on a log axis, only the powers of ten, thinned to as many as fit", () => {
    expect(powersOfTen(7, 9.6e6)).toEqual([10, 100, 1e3, 1e4, 1e5, 1e6]);
    expect(powersOfTen(7, 9.6e6, 4)).toEqual([10, 1e3, 1e5]);
    expect(powersOfTen(0.3, 2e9, 4)).toEqual([1, 1e3, 1e6, 1e9]);
    expect(powersOfTen(2, 9)).toEqual([]);
  });
});

describe("the tallest stack a dodge makes", () => {
  const day = (d: string) => ({ when: new Date(`${d}T00:00:00Z`), country: "US" });
  const rows = [day("2022-09-01"), day("2023-07-28"), day("2023-08-03"), day("2023-08-03"), day("2023-08-28"), day("2024-06-24")];
  const options = { x: (d: { when: Date }) => d.when, group: (d: { country: string }) => d.country, r: 4.5, padding: 1 };

  it("counts dots of different days that a narrow chart puts within a dot of each other", () => {
    // 154 px for 21 months: late July to late August 2023 lie within 10 px, so four dots stack.
    expect(tallestStack(rows, { ...options, span: 154 })).toBe(4);
    // At desktop width the same days stand apart and only the two of 3 August stack.
    expect(tallestStack(rows, { ...options, span: 1500 })).toBe(2);
  });

  it("keeps groups apart, and counts one dot for a single date", () => {
    const two = [day("2023-08-03"), { ...day("2023-08-03"), country: "KP" }];
    expect(tallestStack(two, { ...options, span: 154 })).toBe(1);
    expect(tallestStack([], { ...options, span: 154 })).toBe(0);
  });
});
