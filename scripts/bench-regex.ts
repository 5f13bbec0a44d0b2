/**
 * npm run bench:regex -- [--size BYTES] [--only NAME,NAME] [--skip-tables] [--json]
 *
 * Feeds the whole per-article pipeline pathological inputs (1 MB by default: long runs of
 * digits, commas, quotation marks, capitalised words, spaces, periods …) and prints how
 * long each stage takes: sentences and the articles row, each extractor, and the tables
 * written as CSV. A regular expression that backtracks shows up here as a stage whose time
 * grows with the square of the size (compare --size 250000 with --size 1000000); the fix
 * belongs in the pattern.
 *
 * With --json it prints one JSON line as each stage starts and ends, so that a caller
 * that has to kill a hung run knows which input and stage hung (tests/regex-safety.test.ts).
 */
import { pathToFileURL } from "node:url";
import { parseCommandLine } from "../loaders/cli.ts";
import { parseArticle } from "../loaders/corpus.ts";
import { extractEvents } from "../loaders/events/index.ts";
import { extractQuantities } from "../loaders/quantities.ts";
import { extractStatements } from "../loaders/statements.ts";
import { buildTables, loadDictionaries, prepareArticle, tablesToCsv, type Dictionaries } from "../loaders/tables.ts";
import type { ArticleDoc } from "../loaders/document.ts";

/** Repeats `unit` until the text is `size` characters long. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A small deterministic pseudo-random generator (mulberry32), so that "mixed" is the same every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIXED_TOKENS = [
  "1", "11", "1,000", "1.5", "-", "—", "\"", "“", "”", "'", ",", ".", "...", "U.S.", "Kim", "Jong", "Un", "North", "Korea", "Russia",
  "said", "told", "shells", "rounds", "million", "June", "24", "Monday", "last", "week", "(", ")", "Aaaa", "the", "of", "tons", "$",
  "%", "at", "least", "about", "according", "to", "Yonhap", "REUTERS", "--", ":", ";", "?", "!", "\n", "\n\n", "  ",
];

function mixed(size: number): string {
  const next = random(20240624);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const token = MIXED_TOKENS[Math.floor(next() * MIXED_TOKENS.length)];
    const piece = next() < 0.8 ? `${token} ` : token;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join("").slice(0, size);
}

/**
 * Pathological article texts of about `size` characters. Each begins with a short sentence,
 * so that it is an article the corpus accepts, and the rest is one long run of one shape.
 */
export function pathologicalInputs(size = 1_000_000): Record<string, string> {
  const lead = "Pathological input follows. ";
  const body = (unit: string, tail = ".") => lead + fill(unit, size - lead.length - tail.length) + tail;
  return {
    digits: body("1"),
    "digits spaced": body("1 "),
    "digit groups": body("1,"),
    commas: body(","),
    "decimal points": body("1."),
    "straight quotes": body('"'),
    "curly quotes": body("“"),
    "quoted sentences": body('"He said so." '),
    "unbalanced quotes": body('“He said so. '),
    "capitalised words": body("Aaaa "),
    "short capitalised words": body("Aa "),
    "capitals": body("AAAA "),
    spaces: body(" ", " end."),
    periods: body("."),
    "spaced periods": body(". "),
    "U.S.": body("U.S. "),
    initials: body("A. "),
    hyphens: body("-"),
    dashes: body("— "),
    parentheses: body("("),
    dates: body("June 24, "),
    "numbers and units": body("1,000 tons of 1 million rounds and "),
    "said clauses": body("Kim said that "),
    "wrapped lines": body("a line that wraps\n"),
    "blank lines": body("\n", "\nEnd."),
    "one long line": body("North Korea sent 1,000 shells to Russia, Seoul said on Monday. "),
    mixed: lead + mixed(size - lead.length),
  };
}

export const STAGES = ["sentences and articles row", "quantities", "statements", "events", "tables and CSV"] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Runs every stage of the pipeline on one text; `report` is told when each starts, and then
 * how long it took (wall-clock and CPU milliseconds: the CPU time does not grow when other
 * processes share the machine).
 */
export function runPipeline(
  name: string,
  raw: string,
  dictionaries: Dictionaries,
  report: (stage: Stage, ms?: number, cpuMs?: number) => void,
  stages: readonly Stage[] = STAGES,
): void {
  const article = parseArticle(`${name.replace(/\W+/g, "_")}.txt`, raw);
  let doc: ArticleDoc | undefined;
  const steps: Record<Stage, () => unknown> = {
    "sentences and articles row": () => (doc = prepareArticle(article, dictionaries)),
    quantities: () => extractQuantities(doc!, dictionaries.quantities, dictionaries.events.gazetteer),
    statements: () => extractStatements(doc!, dictionaries.statements),
    events: () => extractEvents(doc!, dictionaries.events),
    "tables and CSV": () => tablesToCsv(buildTables([article], dictionaries)),
  };
  for (const stage of STAGES) {
    if (stage !== STAGES[0] && !stages.includes(stage)) continue;
    report(stage);
    const start = performance.now();
    const cpu = process.cpuUsage();
    steps[stage]();
    const used = process.cpuUsage(cpu);
    report(stage, performance.now() - start, (used.user + used.system) / 1000);
  }
}

const USAGE = "usage: npm run bench:regex -- [--size BYTES] [--only NAME,NAME] [--json] [--skip-tables]";

function main(): void {
  const values = parseCommandLine(USAGE, {
    size: { type: "string", default: "1000000" },
    only: { type: "string" },
    json: { type: "boolean", default: false },
    "skip-tables": { type: "boolean", default: false },
  });
  const size = Number(values.size);
  const stages = STAGES.filter((stage) => !(values["skip-tables"] && stage === "tables and CSV"));
  const dictionaries = loadDictionaries();
  const inputs = Object.entries(pathologicalInputs(size)).filter(([name]) => !values.only || values.only.split(",").includes(name));
  if (!values.json) {
    console.log(`Pathological inputs of ${size.toLocaleString("en")} characters; milliseconds per stage.\n`);
    console.log(["input".padEnd(26), ...stages.map((s) => s.padStart(s.length + 2))].join(""));
  }
  for (const [name, raw] of inputs) {
    const times: string[] = [];
    runPipeline(
      name,
      raw,
      dictionaries,
      (stage, ms, cpuMs) => {
        if (values.json) console.log(JSON.stringify({ input: name, stage, ms: ms === undefined ? null : Math.round(ms), cpuMs: cpuMs === undefined ? null : Math.round(cpuMs), size: raw.length }));
        else if (ms !== undefined) times.push(Math.round(ms).toString().padStart(stage.length + 2));
      },
      stages,
    );
    if (!values.json) console.log(name.padEnd(26) + times.join(""));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
