/**
 * The timeline's colours per event type (src/components/type-colours.js): one per type of the
 * schema, and no two a reader could confuse (aid and mobilisation were ΔE 20 apart, a brown
 * and a red-brown side by side in one lane).
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module of the site, without types.
import { TYPE_COLOURS } from "../src/components/type-colours.js";
import { columnEnums } from "../loaders/column-enums.ts";

const ENUMS = columnEnums();

/** CIELAB (D65) of a "#rrggbb" colour. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047, r * 0.2126 + g * 0.7152 + b * 0.0722, (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883].map(f);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const distance = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

describe("event type colours", () => {
  it("give every type of the schema its own colour", () => {
    expect(TYPE_COLOURS.length).toBeGreaterThanOrEqual(ENUMS.events.event_type.length);
    expect(new Set(TYPE_COLOURS).size).toBe(TYPE_COLOURS.length);
  });

  it("keep every two types at least ΔE 24 apart", () => {
    const types = ENUMS.events.event_type;
    const close = types.flatMap((a, i) => types.slice(i + 1).map((b, j) => [a, b, distance(TYPE_COLOURS[i], TYPE_COLOURS[i + 1 + j])] as const)).filter(([, , d]: readonly [string, string, number]) => d < 24);
    expect(close).toEqual([]);
  });
});
