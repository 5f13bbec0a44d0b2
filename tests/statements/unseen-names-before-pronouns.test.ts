import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a name the gazetteer does not know, opening a sentence, is who a later 'he' or 'she' is", () => {
  it("takes up the name as the speaker of the quotation after it", () => {
    const cases = [
      'Ana Ruiz runs the ferry station. "It was a long night," she said.',
      'Ana Ruiz, a fisherman, spoke to reporters. "It was a long night," she said.',
      'Tomas Berg has sailed the strait for years. "The fog is the worst of it," he said.',
      'Lena Voss will retire in May. She said the quay had never been busier.',
      'Piet de Jong had waited all day. "Nobody told us anything," he said.',
    ];
    const names = ["Ana Ruiz", "Ana Ruiz", "Tomas Berg", "Lena Voss", "Piet de Jong"];
    cases.forEach((text, i) => {
      const rows = spoken(`Harbour news. ${text}`);
      expect(rows).toHaveLength(1);
      expect(rows[0].startsWith(`${names[i]}: `)).toBe(true);
    });
  });

  it("does not take a place or a body opening the sentence for a person", () => {
    expect(spoken('North Korea fired two missiles. "It was a long night," she said.')).toEqual([]);
    expect(spoken('On Monday the quay was closed. "It was a long night," she said.')).toEqual([]);
  });
});
