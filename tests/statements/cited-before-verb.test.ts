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
