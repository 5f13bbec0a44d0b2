import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBenchmarkConfig } from "../../loaders/benchmarks/config.ts";
import { isSpeech, parseBrat, predictPolnear, readPolnear, scorePolnear, speakerMatches } from "../../loaders/benchmarks/polnear.ts";

const config = loadBenchmarkConfig();
const cues = new Set(config.polnear.speech_cues);

const text = `Senator Jane Roe said the bill would fail. She believes voters agree. "We will win," she said.`;
const at = (s: string, from = 0) => [text.indexOf(s, from), text.indexOf(s, from) + s.length];
const span = (id: string, type: string, s: string, from = 0) => `${id}\t${type} ${at(s, from).join(" ")}\t${s}`;
const ann = [
  span("T1", "Source", "Senator Jane Roe"),
  span("T2", "Cue", "said"),
  span("T3", "Content", "the bill would fail"),
  "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
  span("T4", "Source", "She"),
  span("T5", "Cue", "believes"),
  span("T6", "Content", "voters agree"),
  "E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6",
  span("T7", "Source", "she", text.indexOf("win")),
  span("T8", "Cue", "said", text.indexOf("win")),
  span("T9", "Content", "We will win"),
  "E3\tAttribution:T8 Cue:T8 Source:T7 Content:T9",
].join("\n");

function folder(annText = ann): string {
  const dir = mkdtempSync(join(tmpdir(), "polnear-"));
  mkdirSync(join(dir, "text"));
  mkdirSync(join(dir, "attributions"));
  writeFileSync(join(dir, "text", "a.txt"), text);
  writeFileSync(join(dir, "attributions", "a_0001.ann"), annText);
  return dir;
}

describe("PolNeAR adapter", () => {
  it("reads brat spans and attributions, and keeps those of speech", () => {
    const [article] = readPolnear(folder());
    expect(article.attributions).toHaveLength(3);
    expect(article.attributions.map((a) => isSpeech(a, cues))).toEqual([true, false, true]);
    expect(article.attributions[0].source?.text).toBe("Senator Jane Roe");
  });

  it("converts brat's code-point offsets into UTF-16 offsets", () => {
    const t = "😀 Bo said hi.";
    const [a] = parseBrat("x.ann", "T1\tContent 10 12\thi\nT2\tCue 5 9\tsaid\nE1\tCue:T2 Content:T1", t);
    expect(t.slice(...a.content[0])).toBe("hi");
  });

  it("scores overlap with speech contents, ignores statements on thoughts, judges speakers", () => {
    const [article] = readPolnear(folder());
    const s = (quote: string, speaker: string) => ({ char_start: at(quote)[0], char_end: at(quote)[1], speaker, kind: "indirect", stance: "other" });
    const score = scorePolnear([article], [{ article: "a", statements: [s("the bill would fail", "Jane Roe"), s("voters agree", "Jane Roe"), s("We will win", "Jane Roe"), s("Senator", "Nobody")] }], config.polnear);
    // Two speech attributions matched; the belief is ignored; "Senator" overlaps the first
    // attribution's source only, so it is a false positive.
    expect(score.statements).toMatchObject({ matched: 2, predicted: 3, gold: 2 });
    expect(score.speakerAccuracy).toBe(1);
  });

  it("takes a pronoun source as right when the speaker was named just before", () => {
    const source = { spans: [at("she", text.indexOf("win"))] as Array<[number, number]>, text: "she" };
    expect(speakerMatches(text, source, "Jane Roe")).toBe(true);
    expect(speakerMatches(text, source, "John Doe")).toBe(false);
  });

  it("takes a definite description as right when it names the person named just before", () => {
    const source = { spans: [at("she", text.indexOf("win"))] as Array<[number, number]>, text: "the senator" };
    expect(speakerMatches(text, source, "Jane Roe")).toBe(true);
    expect(speakerMatches(text, source, "John Doe")).toBe(false);
    // A name is no description: "The Harbour Times" must be named.
    expect(speakerMatches(text, { ...source, text: "The Harbour Times" }, "Jane Roe")).toBe(false);
  });

  it("takes a source written with its apposition as the name before the comma or the dash, and a relative 'who' as a pronoun", () => {
    const spans = [at("she", text.indexOf("win"))] as Array<[number, number]>;
    expect(speakerMatches(text, { spans, text: "Roe, a harbour senator," }, "Jane Roe")).toBe(true);
    expect(speakerMatches(text, { spans, text: "Roe, a harbour senator," }, "John Doe")).toBe(false);
    expect(speakerMatches(text, { spans, text: "Roe -- a harbour senator --" }, "Jane Roe")).toBe(true);
    expect(speakerMatches(text, { spans, text: "Roe — a harbour senator —" }, "John Doe")).toBe(false);
    expect(speakerMatches(text, { spans, text: "who" }, "Jane Roe")).toBe(true);
    expect(speakerMatches(text, { spans, text: "who" }, "John Doe")).toBe(false);
    // A body's relative "which" ("the council, which said …") as well.
    expect(speakerMatches(text, { spans, text: "which" }, "Jane Roe")).toBe(true);
    // A relative naming a part of a group ("voters, many of whom said …") as well.
    expect(speakerMatches(text, { spans, text: "many of whom" }, "Jane Roe")).toBe(true);
    expect(speakerMatches(text, { spans, text: "most of whom" }, "John Doe")).toBe(false);
  });

  it("runs the statements extractor on each article", () => {
    const predictions = predictPolnear(readPolnear(folder()));
    expect(predictions[0].article).toBe("a");
    expect(predictions[0].statements.length).toBeGreaterThan(0);
  });

  it("refuses a malformed folder or annotation line with file and line", () => {
    expect(() => readPolnear(join(tmpdir(), "no-such-polnear"))).toThrow(/not found: a PolNeAR folder holds text\/ and attributions\//);
    expect(() => readPolnear(folder("T1\tSource 5 x\tbad"))).toThrow(/a_0001\.ann:1: a text-bound line/);
    expect(() => readPolnear(folder("T1\tSource 5 900\tfar"))).toThrow(/a_0001\.ann:1: span 5 900 lies outside the text/);
    expect(() => readPolnear(folder("E1\tCue:T9 Content:T8"))).toThrow(/a_0001\.ann:1: the event names T\d, which the file does not define/);
  });
});
