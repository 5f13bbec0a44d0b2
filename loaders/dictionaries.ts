/**
 * Dictionaries kept as YAML data files under `data/` (calendar, outlets, actors, …),
 * read and validated so that an editor's typo stops the build with file and line.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { noteDictionaryFile } from "./dictionary-memo.ts";
import { InputError } from "./errors.ts";
import { parsedOnce } from "./parsed-dictionaries.ts";

export { memoiseDictionary } from "./dictionary-memo.ts";

/** The project's `data/` folder, where the dictionaries live. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "data");

/** Parses YAML text and checks it against a schema, naming file and line on any error. */
export function parseDictionary<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  // A memoised group that parses this file depends on it (see dictionary-memo.ts).
  noteDictionaryFile(file);
  return parsedOnce(schema, text, () => parseAndCheck(file, text, schema));
}

function parseAndCheck<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new InputError(file, lineCounter.linePos(error.pos[0]).line, `not valid YAML: ${error.message.split("\n")[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml library refuses alias bombs ("billion laughs") and the like here.
    throw new InputError(file, 1, `cannot be read: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const node = doc.getIn(issue.path as Array<string | number>, true) as { range?: [number, number] } | undefined;
    const parentNode = doc.getIn(issue.path.slice(0, -1) as Array<string | number>, true) as { range?: [number, number] } | undefined;
    const offset = node?.range?.[0] ?? parentNode?.range?.[0] ?? 0;
    throw new InputError(file, lineCounter.linePos(offset).line, `${issue.path.join(".") || "the file"}: ${issue.message}`);
  }
  return parsed.data;
}

/** A dictionary's list of single words (letters, apostrophes and hyphens), at least one. */
export const wordList = z.array(z.string().min(1).regex(/^[\p{L}'’-]+$/u, "one word, letters only")).min(1);

/** A list of words or phrases: letters, apostrophes and hyphens, one space between words. */
export const phraseList = z.array(z.string().min(1).regex(/^[\p{L}'’-]+(?: [\p{L}'’-]+)*$/u, "words of letters, one space between")).min(1);

/** Reads `data/<name>` (or a file given by path) and validates it. */
export function loadDictionary<S extends z.ZodType>(name: string, schema: S, dir = DATA_DIR): z.infer<S> {
  const file = join(dir, name);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(file, 0, `cannot read the dictionary (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  return parseDictionary(file, text, schema);
}

/** Compiles a dictionary pattern, naming the entry when it is not a valid regular expression. */
export function compilePattern(file: string, pattern: string, flags = "i"): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    throw new InputError(file, 0, `pattern /${pattern}/ is not a valid regular expression: ${(error as Error).message}`);
  }
}
