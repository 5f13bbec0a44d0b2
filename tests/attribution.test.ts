import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../loaders/actors.ts";
import { attributingVerbs, attributionCues, findChannels, judgingVerbs, speechVerbAt } from "../loaders/attribution.ts";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { extractQuantitiesWith, loadQuantityLexicon } from "../loaders/quantities.ts";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { makeDoc } from "./helpers.ts";

const lexicon = loadStatementLexicon();
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const words = (text: string) => text.split(" ").map((w) => ({ lower: w.toLowerCase() }));

describe("attribution: one speech-verb dictionary for every table", () => {
  it("gives the other tables no verb that speaks only with a word after its object ('attacked X for …', 'citing X as …')", () => {
    const judging = judgingVerbs(lexicon).map((v) => v.form);
    const { follows, beforeThat } = attributingVerbs(lexicon);
    for (const form of ["attacked", "attacks", "citing"]) {
      expect(judging).not.toContain(form);
      expect([...follows, ...beforeThat]).not.toContain(form);
    }
    // A subject that cites speaks its object, but no clause follows "cited" with or without "that".
    expect(follows).not.toContain("cited");
    expect(judging).not.toContain("cited");
    expect(judging).toContain("condemned");
  });

  it("finds the longest speech verb that starts at a word", () => {
    const ws = words("Seoul called on Moscow to stop");
    expect(speechVerbAt(ws, 1, lexicon)).toMatchObject({ lemma: "call", words: ["called", "on"] });
    expect(speechVerbAt(words("Kirby said so"), 1, lexicon)).toMatchObject({ lemma: "say", stance: "other", syntax: "that" });
    expect(speechVerbAt(words("Kirby sat down"), 1, lexicon)).toBeUndefined();
  });

  it("gives the quantities both speech verbs and verbs of evidence, one word each", () => {
    const cues = attributionCues(lexicon);
    for (const word of ["said", "told", "reported", "shows", "estimated", "cited"]) expect(cues.has(word), word).toBe(true);
    expect([...cues].some((w) => w.includes(" "))).toBe(false);
  });

  it("finds channels outside quotations, an outlet by its gazetteer name", () => {
    const text = "The ministry said it told The New York Times nothing.";
    const found = findChannels(text, new Uint8Array(text.length + 1), lexicon);
    expect(found.map((c) => [text.slice(c.start, c.end), c.via, c.media])).toEqual([["told The New York Times", "New York Times", true]]);
    const quoted = new Uint8Array(text.length + 1).fill(1);
    expect(findChannels(text, quoted, lexicon)).toEqual([]);
  });

  it("a verb of evidence an editor adds to data/speech-verbs.yaml names an amount's claimant", () => {
    const text = "North Korea sent 5,000 artillery shells to Russia, the Washington Post tabulated.";
    const claimant = (dir: string) => extractQuantitiesWith(makeDoc(text), loadQuantityLexicon(dir), loadGazetteer(dir)).map((q) => q.attributed_to);
    expect(claimant(DATA_DIR)).toEqual([""]);
    const dir = mkdtempSync(join(tmpdir(), "attribution-"));
    copies.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, "speech-verbs.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^evidence:\n/m, "evidence:\n  - { lemma: tabulate, forms: [tabulated] }\n"));
    expect(claimant(dir)).toEqual(["Washington Post"]);
  });
});
