import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBenchmarkConfig } from "../../loaders/benchmarks/config.ts";
import { runBenchmark } from "../../loaders/benchmarks/index.ts";
import { goldInterval, normaliseUnit, predictNewsQuant, readNewsQuant, scoreNewsQuant, toPrediction } from "../../loaders/benchmarks/newsquant.ts";

const config = loadBenchmarkConfig();
const dir = mkdtempSync(join(tmpdir(), "newsquant-"));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

const gold = [
  { text: "Pyongyang sent about 1,000 containers to Russia last year.", quantities: [{ change: "~", value: "1000.0", unit: "containers", normalized_unit: "container", referred_concepts: "-" }] },
  { text: "The fund lost $5 million and 12 staff.", quantities: [
    { change: "=", value: "5000000", unit: "$", normalized_unit: "dollar", referred_concepts: "fund" },
    { change: "=", value: "12", unit: "staff", normalized_unit: "staff", referred_concepts: "fund" },
  ] },
  { text: "Nothing to count here.", quantities: [] },
];

describe("NewsQuant adapter", () => {
  it("reads gold values and ranges as intervals", () => {
    expect(goldInterval("275.0")).toEqual([275, 275]);
    expect(goldInterval("252.0-287.0")).toEqual([252, 287]);
    expect(goldInterval("3.0 - 4.0")).toEqual([3, 4]);
    expect(goldInterval("-5")).toEqual([-5, -5]);
  });

  it("maps our units onto NewsQuant's vocabulary", () => {
    expect(normaliseUnit("USD", config.newsquant)).toBe("dollar");
    expect(normaliseUnit("metric tons", config.newsquant)).toBe("tonne");
    expect(normaliseUnit("containers", config.newsquant)).toBe("container");
    expect(normaliseUnit("artillery shells", config.newsquant)).toBe("artillery shell");
    // NewsQuant lemmas: an irregular superlative as its adjective, conjunctions dropped.
    expect(normaliseUnit("best folding bikes", config.newsquant)).toBe("good folding bike");
    expect(normaliseUnit("new and used cars", config.newsquant)).toBe("new used car");
    expect(normaliseUnit("times", config.newsquant)).toBe("count");
  });

  it("names a share by '%' and its whole, '% -' when no whole is named", () => {
    const share = (item: string) => toPrediction({ text: "a third", value: 1 / 3, value_max: "", unit: "fraction", item, bound: "exact", change: "" }, config.newsquant).normalized_unit;
    expect(share("regional budget")).toBe("% regional budget");
    expect(share("digital and printed books")).toBe("% digital printed book");
    expect(share("")).toBe("% -");
  });

  it("predicts one list per sentence, aligned with the input, in the predictions format", () => {
    const predictions = predictNewsQuant(gold, config.newsquant);
    expect(predictions).toHaveLength(3);
    expect(predictions[0].quantities).toEqual([{ value: 1000, value_max: null, unit: "containers", normalized_unit: "container", change: "~" }]);
    expect(predictions[1].quantities.map((q) => [q.value, q.normalized_unit])).toContainEqual([5000000, "dollar"]);
    expect(predictions[2].quantities).toEqual([]);
  });

  it("scores value, value+unit and value+change one-to-one", () => {
    const score = scoreNewsQuant(gold, [
      { quantities: [{ value: 1000, value_max: null, unit: "c", normalized_unit: "container", change: "=" }] },
      { quantities: [
        { value: 5000000, value_max: null, unit: "USD", normalized_unit: "dollar", change: "=" },
        { value: 5000000, value_max: null, unit: "USD", normalized_unit: "dollar", change: "=" },
        { value: 12, value_max: 13, unit: "staff", normalized_unit: "staff", change: "=" },
      ] },
      { quantities: [] },
    ]);
    // 1000 and one of the two 5,000,000 match; the duplicate and the 12–13 range do not.
    expect(score.value).toMatchObject({ matched: 2, predicted: 4, gold: 3 });
    expect(score.valueUnit.matched).toBe(2);
    expect(score.valueChange.matched).toBe(1);
    expect(score.value.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it("refuses a malformed file with the file and the record", () => {
    expect(() => readNewsQuant(file("bad.json", "[{"))).toThrow(/bad\.json:0: not valid JSON/);
    expect(() => readNewsQuant(file("shape.json", [{ text: "x", quantities: [{ value: "1" }] }]))).toThrow(/shape\.json:0: \[0\]\.quantities\[0\]\.unit/);
    expect(() => readNewsQuant(file("empty.json", []))).toThrow(/no sentence/);
    expect(() => readNewsQuant(join(dir, "missing.json"))).toThrow(/missing\.json:0: cannot read the file/);
  });

  it("scores another system's predictions file, and checks its format", () => {
    const path = file("gold.json", gold);
    const theirs = file("theirs.json", [{ quantities: [{ value: 1000, value_max: null, unit: "x", normalized_unit: "container", change: "~" }] }, { quantities: [] }, { quantities: [] }]);
    const result = runBenchmark("newsquant", path, { config, scoreFile: theirs });
    expect(result.score).toMatchObject({ value: { matched: 1, predicted: 1 }, valueChange: { matched: 1 } });
    const broken = file("broken.json", [{ quantities: [{ value: "1000" }] }]);
    expect(() => runBenchmark("newsquant", path, { config, scoreFile: broken })).toThrow(/broken\.json:0: \[0\]\.quantities\[0\]\.value/);
  });
});

describe("NewsQuant's conventions", () => {
  const predict = (text: string) => predictNewsQuant([{ text, quantities: [] }], config.newsquant)[0].quantities.map((q) => [q.value, q.value_max, q.normalized_unit]);
  it("writes a change 'from A to B' as the range A-B, falling or rising, and no unit as '-'", () => {
    expect(predict("His weight fell from 210 pounds last spring to 190 pounds.")).toEqual([[210, 190, "pound-mass"]]);
    expect(predict("The score was about 73.")).toEqual([[73, null, "-"]]);
  });
  it("writes a vague magnitude as a range with no hedge: the range says how far it reaches", () => {
    const withChange = (text: string) => predictNewsQuant([{ text, quantities: [] }], config.newsquant)[0].quantities.map((q) => [q.value, q.value_max, q.change]);
    expect(withChange("Hundreds of volunteers and dozens of boats joined the search.")).toEqual([[100, 1000, "="], [12, 120, "="]]);
    expect(withChange("More than 300 volunteers came.")).toEqual([[300, null, ">"]]);
  });
  it("writes ages as years of age and pence as points", () => {
    expect(predict("A 61 year-old farmer sold shares at 212p.")).toEqual([[61, null, "year of age"], [212, null, "point"]]);
  });
});
