import { describe, expect, it } from "vitest";
import { stableId } from "../loaders/document.ts";

describe("row ids", () => {
  it("never collide across articles whose ids and offsets would run together", () => {
    const first = new Set<string>();
    const a = [stableId("e", "s", 622, first), stableId("e", "s", 622, first)];
    const b = [stableId("e", "s-622", 2, new Set())];
    expect(a).toEqual(["e-s-622", "e-s-622.2"]);
    expect(b).toEqual(["e-s-622-2"]);
    expect(new Set([...a, ...b]).size).toBe(3);
  });

  it("are unique over many articles named like offsets", () => {
    const ids: string[] = [];
    for (const article of ["s", "s-1", "s-1-1", "1", "1-1", "s.2", "s-1.2"]) {
      const taken = new Set<string>();
      for (const offset of [1, 1, 1, 2, 12]) ids.push(stableId("q", article, offset, taken));
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
