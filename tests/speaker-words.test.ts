import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { InputError } from "../loaders/errors.ts";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { extractStatements } from "../loaders/statements.ts";
import { makeDoc } from "./helpers.ts";

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ (without the articles) with data/speakers.yaml changed by `edit`. */
function editedSpeakers(edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "speaker-words-"));
  copies.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true, filter: (path) => !path.includes(`${sep}articles`) });
  const file = join(dir, "speakers.yaml");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return dir;
}

describe("the words a speaker phrase is read with are data (data/speakers.yaml)", () => {
  it("a determiner an editor adds is left out of the speaker's role", () => {
    const text = "Pak Jong Chon, our top military official, said the drills would continue.";
    const roles = (dir: string) => extractStatements(makeDoc(text), loadStatementLexicon(dir)).map((r) => [r.speaker, r.speaker_role]);
    expect(roles(DATA_DIR)).toEqual([["Pak Jong Chon", "our top military official"]]);
    const dir = editedSpeakers((yaml) => yaml.replace(/^apposition_determiners: \[/m, "apposition_determiners: [our, "));
    expect(roles(dir)).toEqual([["Pak Jong Chon", "top military official"]]);
  });

  it("a list that is missing or holds a phrase where one word is wanted stops with the file and line", () => {
    expect(() => loadStatementLexicon(editedSpeakers((yaml) => yaml.replace(/^head_links: .*$/m, "")))).toThrow(InputError);
    expect(() => loadStatementLexicon(editedSpeakers((yaml) => yaml.replace(/^relative_words: \[/m, "relative_words: [in which, ")))).toThrow(/speakers\.yaml/);
  });
});
