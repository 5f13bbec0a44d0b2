/**
 * npm run test:browser [-- --rebuild] [-- vitest args]
 *
 * Builds the site when dist/ is missing or older than its inputs (src/, data/, loaders/,
 * observablehq.config.ts), or always with --rebuild (or REBUILD=1), then runs the browser
 * tests (vitest.browser.config.ts: tests/browser/**) against it in Debian's Chromium.
 * BROWSER_TEST_DIST=DIR tests another built site and never builds.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const INPUTS = ["src", "data", "loaders", "observablehq.config.ts", "package-lock.json"];

/** The newest modification time of the files under a path (skipping Framework's cache). */
export function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === ".observablehq" || entry === "node_modules") continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** Why dist must be (re)built, or null when it is up to date. */
export function staleReason(dist: string, inputs: string[]): string | null {
  const built = join(dist, "index.html");
  if (!existsSync(built)) return `${dist} has no build`;
  const age = statSync(built).mtimeMs;
  const changed = inputs.filter((input) => newest(input) > age);
  return changed.length ? `${changed.join(", ")} changed since the last build` : null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  return result.status ?? 1;
}

const USAGE = "usage: npm run test:browser -- [--rebuild] [vitest arguments]   (builds dist/ when its inputs changed, then runs the browser tests)";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
const rebuild = args.includes("--rebuild") || process.env.REBUILD === "1";
const rest = args.filter((a) => a !== "--rebuild");

if (!process.env.BROWSER_TEST_DIST) {
  const reason = rebuild ? "--rebuild" : staleReason(join(root, "dist"), INPUTS.map((i) => join(root, i)));
  if (reason) {
    console.log(`Building the site (${reason})…`);
    const status = run("npm", ["run", "build"]);
    if (status !== 0) process.exit(status);
  } else {
    console.log("dist/ is up to date; testing it (npm run test:browser -- --rebuild to build anyway).");
  }
}
process.exit(run(join(root, "node_modules", ".bin", "vitest"), ["run", "-c", "vitest.browser.config.ts", ...rest]));
