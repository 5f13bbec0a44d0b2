import { describe, expect, it } from "vitest";
import { findSpeechFrames } from "../loaders/speech-frames.ts";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { extractStatements } from "../loaders/statements.ts";
import { makeDoc } from "./helpers.ts";

const lexicon = loadStatementLexicon();

describe("speech frames (data/speech-verbs.yaml)", () => {
  for (const frame of lexicon.frames) {
    it(`codes its example: ${frame.example}`, () => {
      const rows = extractStatements(makeDoc(frame.example), lexicon);
      const row = rows.find((r) => r.speaker === frame.expect.speaker);
      expect(row, rows.map((r) => r.speaker).join(", ")).toBeDefined();
      if (frame.expect.via) expect(row?.via).toBe(frame.expect.via);
      if (frame.expect.stance) expect(row?.stance).toBe(frame.expect.stance);
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
    expect(findSpeechFrames(text, quoted, lexicon)).toEqual([]);
    const passive = findSpeechFrames("Putin was quoted by TASS as saying it.", new Uint8Array(40), lexicon);
    expect(passive.map((f) => [f.speaker.text, f.via?.text])).toEqual([["Putin", "TASS"]]);
  });
});
