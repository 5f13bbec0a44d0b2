/**
 * Vitest global setup: every test run writes its temporary folders under one fresh folder
 * (`TMPDIR`, which `os.tmpdir()` reads), removed when the run ends, so no run leaves
 * folders behind in the machine's /tmp however a test file cleans up.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "arms-ledger-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
