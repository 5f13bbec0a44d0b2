import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { extractStatements } from "../loaders/statements.ts";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { makeDoc } from "./helpers.ts";

const sentence = "North Korea sent artillery shells to Russia, Seoul divulged on Monday.";

describe("one speech-verb dictionary for statements and events", () => {
  it("a verb an editor adds to data/speech-verbs.yaml makes a statement and an alleged event", () => {
    const before = extractEvents(makeDoc(sentence), eventResources(DATA_DIR)).find((e) => e.event_type === "AID");
    expect(before?.status).toBe("occurred");

    const dir = mkdtempSync(join(tmpdir(), "speech-verbs-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, "speech-verbs.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^verbs:\n/m, "verbs:\n  - { lemma: divulge, forms: [divulged, divulges], stance: other, syntax: that }\n"));

    const after = extractEvents(makeDoc(sentence), eventResources(dir)).find((e) => e.event_type === "AID");
    expect(after).toMatchObject({ actor: "PRK", target: "RUS", status: "alleged" });
    const statements = extractStatements(makeDoc(sentence), loadStatementLexicon(dir));
    expect(statements.map((s) => s.speaker)).toEqual(["Seoul"]);
  });
});
