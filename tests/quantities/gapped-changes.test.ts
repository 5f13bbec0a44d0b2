import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../../loaders/quantities/index.ts";
import { makeDoc } from "../helpers.ts";

const changes = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.change]);

describe("a change whose verb is gapped in a list of named movers", () => {
  it("moves each named amount the way the first moved", () => {
    expect(changes("Oil majors were up 1.4%, Petrofac by 0.9% and Harbour 0.2% at noon.")).toEqual([
      ["1.4%", "up"],
      ["0.9%", "up"],
      ["0.2%", "up"],
    ]);
    expect(changes("Lufthansa slid 3 per cent; Iberia by 5 per cent.")).toEqual([
      ["3 per cent", "down"],
      ["5 per cent", "down"],
    ]);
  });

  it("leaves an amount after a clause of its own or in another unit", () => {
    expect(changes("Revenue rose 6%, helped by 12 new branches.")).toEqual([
      ["6%", "up"],
      ["12 new branches", ""],
    ]);
    expect(changes("Imports fell 4%, Canada $3 billion.")).toEqual([
      ["4%", "down"],
      ["$3 billion", ""],
    ]);
  });
});
