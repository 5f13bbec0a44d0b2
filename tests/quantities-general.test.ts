import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedGazetteer } from "../loaders/actors.ts";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { extractAllQuantities, extractQuantities, extractQuantitiesWith, loadQuantityLexicon } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const read = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("the general quantity reader", () => {
  it("reads shares, durations, measures and bare numbers that the table leaves out", () => {
    expect(read("The index was up about 19 per cent, and 60% of revenue came from ads.")).toEqual([
      ["about 19 per cent", 19, "percent", "share"],
      ["60%", 60, "percent", "share"],
    ]);
    expect(read("It orbits the sun every 33 years and he averaged 7.3 points.")).toEqual([
      ["33 years", 33, "years", "time"],
      ["7.3 points", 7.3, "points", "measure"],
    ]);
    expect(read("Life expectancy for men is around 73.")).toEqual([["around 73", 73, "", "number"]]);
  });

  it("keeps references to parties already named and single things apart from amounts", () => {
    expect(read("The two sides talked. They offered one solution and sent 300 drones.")).toEqual([
      ["two sides", 2, "sides", "reference"],
      ["one solution", 1, "solution", "reference"],
      ["300 drones", 300, "drones", "munitions"],
    ]);
  });

  it("gives the table only the material amounts", () => {
    const doc = makeDoc("Exports rose 12 percent over two years as 300 drones and 6,700 containers left.");
    expect(extractQuantities(doc).map((q) => q.text)).toEqual(["300 drones", "6,700 containers"]);
    expect(extractAllQuantities(doc).map((q) => q.category)).toEqual(["share", "time", "munitions", "count"]);
  });

  it("takes the table's rule for what is material from data/quantity-nouns.yaml", () => {
    const dir = mkdtempSync(join(tmpdir(), "material-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, "quantity-nouns.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^material: \[/m, "material: [share, "));
    const doc = makeDoc("Exports rose 12 percent as 300 drones left.");
    const rows = extractQuantitiesWith(doc, loadQuantityLexicon(dir), sharedGazetteer());
    expect(rows.map((q) => q.text)).toEqual(["12 percent", "300 drones"]);
  });
});
