import { describe, expect, it } from "vitest";
import { findRelayedSpeech } from "../loaders/relayed-speech.ts";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { extractStatements } from "../loaders/statements.ts";
import { makeDoc } from "./helpers.ts";

const lexicon = loadStatementLexicon();

describe("relayed speech (frames in data/speech-verbs.yaml)", () => {
  for (const frame of lexicon.frames) {
    it(`codes its example: ${frame.example}`, () => {
      const rows = extractStatements(makeDoc(frame.example), lexicon);
      expect(rows.map((r) => [r.speaker, r.via])).toContainEqual([frame.expect.speaker, frame.expect.via]);
    });
  }

  it("takes the words before a closing frame and after an opening one", () => {
    const before = extractStatements(makeDoc("The shells were old, the Yonhap news agency quoted a military official as saying."), lexicon);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ speaker: "a military official", via: "Yonhap", quote: "The shells were old" });
    const after = extractStatements(makeDoc("Putin was quoted by TASS as saying that Russia would never abandon its allies."), lexicon);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ speaker: "Putin", via: "TASS", quote: "Russia would never abandon its allies" });
  });

  it("finds no frame inside a quotation, nor a passive read as active", () => {
    const text = '"TASS quoted Peskov as saying so," he wrote.';
    const quoted = new Uint8Array(text.length + 1).fill(1, 0, 34);
    expect(findRelayedSpeech(text, quoted, lexicon)).toEqual([]);
    const passive = findRelayedSpeech("Putin was quoted by TASS as saying it.", new Uint8Array(40), lexicon);
    expect(passive.map((f) => [f.speaker.text, f.via.text])).toEqual([["Putin", "TASS"]]);
  });
});
