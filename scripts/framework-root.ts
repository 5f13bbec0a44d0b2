import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** Reads `root` from observablehq.config.{js,ts,mjs} textually (default "src"): importing the config would run it. */
export async function configRoot(projectRoot: string): Promise<string> {
  for (const file of ["observablehq.config.js", "observablehq.config.ts", "observablehq.config.mjs"]) {
    const path = join(projectRoot, file);
    if (!existsSync(path)) continue;
    const match = /\broot\s*:\s*["'`]([^"'`]+)["'`]/.exec(await readFile(path, "utf-8"));
    return match ? match[1] : "src";
  }
  return "src";
}
