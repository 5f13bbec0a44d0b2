/**
 * Vitest global setup: the tests score the extractors against the seed articles and their
 * hand-made gold, which live in the `shared` folder beside the checkout (`../shared`), not in
 * the repository. A checkout elsewhere gets this one line instead of a failure per test.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

const SHARED = join(import.meta.dirname, "..", "..", "shared");

export default function setup(): void {
  const missing = ["articles", "gold"].filter((dir) => !existsSync(join(SHARED, dir)));
  if (missing.length) {
    throw new Error(`npm test needs the seed articles and gold tables in ${SHARED} (missing: ${missing.join(", ")}); clone this repository beside the shared folder`);
  }
}
