/**
 * The table contract of the annotation guide (../shared/annotation-guide.md): for each
 * `## table` section, the columns of its `| column | meaning |` table. Rows naming several
 * columns ("period_start, period_end", "evidence, char_start, char_end") are expanded.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export type Contract = Record<string, string[]>;

export const GUIDE_PATH = resolve(import.meta.dirname, "../../../shared/annotation-guide.md");

export function parseContract(markdown: string): Contract {
  const contract: Contract = {};
  let section: string | null = null;
  let inTable = false;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+(\S.*?)\s*$/.exec(line);
    if (heading) {
      section = heading[1].trim();
      inTable = false;
      continue;
    }
    if (!section) continue;
    const cells = /^\s*\|(.*)\|\s*$/.exec(line)?.[1].split("|").map((c) => c.trim());
    if (!cells) {
      inTable = false;
      continue;
    }
    if (!inTable) {
      inTable = cells[0] === "column"; // the header row of a column table
      continue;
    }
    if (/^:?-+:?$/.test(cells[0])) continue; // separator
    const columns = cells[0].split(",").map((c) => c.replace(/`/g, "").trim()).filter((c) => /^[a-z][a-z0-9_]*$/.test(c));
    if (columns.length) (contract[section] ??= []).push(...columns);
  }
  return contract;
}

/** The contract from the shared guide; an empty contract when the guide is not beside the repo. */
export function loadContract(path = GUIDE_PATH): Contract {
  return existsSync(path) ? parseContract(readFileSync(path, "utf8")) : {};
}
