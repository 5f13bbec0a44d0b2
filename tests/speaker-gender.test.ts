import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { extractStatements } from "../loaders/statements.ts";
import { makeDoc } from "./helpers.ts";

const lexicon = loadStatementLexicon();
const speakers = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => r.speaker);

describe("a gendered pronoun takes up the last speaker of its gender (data/gender-words.yaml)", () => {
  it("'she' passes over a man named by a given name, 'he' over a woman", () => {
    expect(speakers("Maria Lindqvist said the port would reopen. Tom Reed said the ships were waiting. She added that the cranes had been repaired.")).toEqual(["Maria Lindqvist", "Tom Reed", "Maria Lindqvist"]);
    expect(speakers("Peter Kovac said the talks had stalled. Olga Marin said the delegates would meet again. He added that no date was set.")).toEqual(["Peter Kovac", "Olga Marin", "Peter Kovac"]);
  });

  it("reads honorifics and titles before a name", () => {
    expect(speakers("Mrs. Albright Vane said the bridge was unsafe. Mr. Corbel said it would be inspected. She added that traffic had been diverted.")).toEqual(["Albright Vane", "Corbel", "Albright Vane"]);
    expect(speakers("Dame Hollis Greer said the museum would close for a year. Lord Ashby said the funds were secured. She said the repairs would begin in May.")).toEqual(["Hollis Greer", "Ashby", "Hollis Greer"]);
  });

  it("reads gendered nouns of role", () => {
    expect(speakers("A company spokeswoman said the plant had stopped. A union chairman said the workers were safe. She said production would resume on Monday.")).toEqual(["a company spokeswoman", "a union chairman", "a company spokeswoman"]);
    expect(speakers("A local businessman said the market had flooded. A police spokeswoman said two roads were closed. He said his shop had lost its stock.")).toEqual(["a local businessman", "a police spokeswoman", "a local businessman"]);
  });

  it("keeps a speaker whose gender nothing shows possible for either pronoun", () => {
    expect(speakers("Ndeye Faye said the harvest was poor. She added that prices would rise.")).toEqual(["Ndeye Faye", "Ndeye Faye"]);
    expect(speakers("Rowan Tessaly said the harvest was poor. He added that prices would rise.")).toEqual(["Rowan Tessaly", "Rowan Tessaly"]);
  });

  it("passes over a man who opens the sentence before 'she'", () => {
    expect(speakers('Anna Berg said the vote would be held in June. John Harlow met her in the capital on Friday. "We will not wait," she said.')).toEqual(["Anna Berg", "Anna Berg"]);
  });

  it("reads a man's possessive as someone else: the king's spokeswoman is a woman", () => {
    expect(speakers("Sir Alan Brook said the treaty was signed. The king's spokeswoman, Ilse Marren, said the ceremony would be private. She added that guests had been told.")).toEqual(["Alan Brook", "Ilse Marren", "Ilse Marren"]);
  });

  it("never takes a body for 'he' or 'she'", () => {
    expect(speakers("Mary Okafor said the school would stay open. The ministry said the decision was final. She added that teachers would be paid.")).toEqual(["Mary Okafor", "the ministry", "Mary Okafor"]);
  });
});

describe("the evidence of gender is data an editor extends", () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const edited = (edit: (yaml: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), "gender-words-"));
    copies.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true, filter: (path) => !path.includes(`${sep}articles`) });
    const file = join(dir, "gender-words.yaml");
    writeFileSync(file, edit(readFileSync(file, "utf8")));
    return dir;
  };

  it("a given name an editor adds decides between two speakers", () => {
    const text = "Ingrid Solvang said the ferry was late. Quillon Bart said the crew had been sick. She added that a new crew was on its way.";
    const rows = (dir: string) => extractStatements(makeDoc(text), loadStatementLexicon(dir)).map((r) => r.speaker);
    expect(rows(DATA_DIR)).toEqual(["Ingrid Solvang", "Quillon Bart", "Quillon Bart"]);
    expect(rows(edited((yaml) => yaml.replace(/^ {2}masculine: \[\n/m, "  masculine: [\n    quillon,\n")))).toEqual(["Ingrid Solvang", "Quillon Bart", "Ingrid Solvang"]);
  });

  it("refuses a word listed under both genders, naming the file", () => {
    const dir = edited((yaml) => yaml.replace(/^ {2}masculine: \[\n/m, "  masculine: [\n    mary,\n"));
    expect(() => loadStatementLexicon(dir)).toThrow(/gender-words\.yaml/);
  });
});

describe("a person of the pronoun's gender named since the last speaker", () => {
  it("takes up a woman named after a man spoke, where 'she' cannot be him", () => {
    expect(speakers("Peter Kovac said the vote was rigged. In a letter on Monday, Senator Maria Lindqvist was more careful. Though she called the count flawed, she said the result would stand.")).toContain("Maria Lindqvist");
    expect(speakers("Olga Marin said the mine was safe. Later that day, union leader Tom Reed visited the site, and he said the tunnels needed repair.")).toEqual(["Olga Marin", "Tom Reed"]);
  });
});

describe("a person who is the subject after an opening adverbial ('During the meeting, Ana Ruiz asked …')", () => {
  it("is who a following 'she' or 'he' speaks for", () => {
    expect(speakers('Tom Reed said the school would close. During a meeting in the hall, Ndeye Faye asked about the buses. "My son walks five miles," she said.')).toEqual(["Tom Reed", "Ndeye Faye"]);
    expect(speakers('Olga Marin said the mine was safe. At the gate on Friday, Rowan Tessaly waited for news. "Nobody tells us anything," he said.')).toEqual(["Olga Marin", "Rowan Tessaly"]);
  });

  it("is passed over when the pronoun is of the other gender", () => {
    expect(speakers('Peter Kovac said the bridge was safe. On Monday, Maria Lindqvist crossed it twice. "It shook under the trucks," he said.')).toEqual(["Peter Kovac", "Peter Kovac"]);
  });
});
