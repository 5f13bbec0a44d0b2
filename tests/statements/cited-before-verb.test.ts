import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const rows = (body: string) => statementsOf(body).map((r) => [r.speaker, r.via, r.quote]);

describe("an opening attribution whose subject cites who spoke", () => {
  it("gives the words to the one cited, before the subject or after it between commas", () => {
    expect(rows("Citing Defence Minister Arvid Stang, the Harbour Times reported that the convoy had reached the border.")).toEqual([["Arvid Stang", "Harbour Times", "the convoy had reached the border"]]);
    expect(rows("Reuters, citing Defence Minister Arvid Stang, reported that the convoy had reached the border.")).toEqual([["Arvid Stang", "Reuters", "the convoy had reached the border"]]);
    expect(rows("Citing the Pentagon, Yonhap reported that the envoy was recalled.")).toEqual([["the Pentagon", "Yonhap", "the envoy was recalled"]]);
    expect(rows("Citing the Nordic Council's website, Yonhap reported that the envoy was recalled.")).toEqual([["Nordic Council", "Yonhap", "the envoy was recalled"]]);
    expect(rows("Yonhap, citing a report by the UN, said the camp was full.")).toEqual([["the UN", "Yonhap", "the camp was full"]]);
  });

  it("keeps the subject when the one cited is unnamed, or a person backs words with a document", () => {
    expect(rows("Yonhap, quoting a government source, said the envoy was recalled.")).toEqual([["Yonhap", "", "the envoy was recalled"]]);
    expect(rows("Citing unnamed sources, the Harbour Times reported that the envoy was recalled.")).toEqual([["Harbour Times", "", "the envoy was recalled"]]);
    expect(rows("Ruiz, citing a report from the UN, said the camp was full.")).toEqual([["Ruiz", "", "the camp was full"]]);
    expect(rows("Citing intelligence data, the United States said the missiles were shipped.").map(([s]) => s)).toEqual(["the United States"]);
  });

  it("keeps quoted words with the one who quotes them", () => {
    expect(rows("Citing Mayor Ida Brandt, Yonhap said: \"We will rebuild the bridge.\"").map(([s]) => s)).toEqual(["Yonhap"]);
  });
});

// The one cited × where the citing participle stands: after a subject of several words ("The Harbour Times, citing X,"),
// opening the sentence, or closing it. A state's body described ("the Chilean navy") is cited as a named one is.
describe("the one cited × the participle's place", () => {
  const FRAMES: Array<[string, (x: string) => string]> = [
    ["after a subject of several words", (x) => `The Harbour Times, citing ${x}, reported that the convoy had reached the border.`],
    ["after a one-word subject", (x) => `Reuters, citing ${x}, reported that the convoy had reached the border.`],
    ["opening the sentence", (x) => `Citing ${x}, the Harbour Times reported that the convoy had reached the border.`],
  ];
  const CITED: Array<[string, string, string]> = [
    ["a titled name", "Defence Minister Arvid Stang", "Arvid Stang"],
    ["a state's body described", "the Chilean navy", "the Chilean navy"],
    ["a state's document", "Chilean intelligence assessments", "Chilean intelligence assessments"],
  ];
  it.each(CITED.flatMap(([shape, x, speaker]) => FRAMES.map(([frame, make]) => [shape, frame, make(x), speaker] as const)))("%s / %s", (_s, _f, text, speaker) => {
    expect(rows(text).map(([s]) => s)).toEqual([speaker]);
  });

  it.each(FRAMES)("an unnamed source leaves the outlet speaking / %s", (_f, make) => {
    expect(rows(make("a government source")).map(([s]) => s)).not.toContain("a government source");
  });
});
