/**
 * A property of the whole build (issue 19), over generated file names and article texts:
 * every `npm run build` either succeeds, and then every page of the site loads in Chromium
 * without an error, or fails with one `error: FILE:LINE: problem` line, the one `extract`'s
 * reader gives for the folder, and leaves the previous site byte-identical.
 *
 * Slow (a site build a run): `npm run test:slow`, which .ci/run calls; not part of `npm test`.
 * PROPERTY_RUNS sets the number of generated folders (default 3, after one fixed example).
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import fc from "fast-check";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../loaders/corpus.ts";
import { InputError } from "../../loaders/errors.ts";
import { launchChromium, newContext, settle, watchPage } from "../browser/collect.ts";
import { serveDist, sitePages } from "../browser/server.ts";

const root = resolve(import.meta.dirname, "..", "..");
const RUNS = Number(process.env.PROPERTY_RUNS ?? 3);

/** Names as people give them: ids that look like dates, numbers or booleans, spaces, other scripts, and characters the site refuses. */
const stem = fc.oneof(
  fc.constantFrom("2024-06-24", "12345", "true", "null", "NaN", "a b", "été", "북한", "x-1"),
  fc.stringMatching(/^[a-z0-9][a-z0-9 _.#%?-]{0,12}$/),
  fc.constant("n".repeat(205)),
);
const extension = fc.constantFrom(".txt", ".md");

const SENTENCES = [
  "North Korea shipped 1,000 containers to Russia, Seoul said on Monday.",
  '"We will not stand by," John Kirby told reporters on July 26.',
  "Russia received about 1.6 million artillery shells since August 2023, officials said.",
  "Pyongyang denied the report on Tuesday.",
];
/** Article texts: the sentences above, with noise that a reader must survive (or refuse with a line). */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...SENTENCES), fc.constantFrom("<script>x()</script>", "${1+1}", "\u200b", "2 500 rockets.", "\r\n", "")), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(" ") + "\n") },
  { weight: 1, arbitrary: fc.constantFrom("", "...\n", "1,000\n", "---\ntitle: [\n---\nText.\n") },
);
const corpus = fc.uniqueArray(fc.record({ stem, extension, text }), { minLength: 1, maxLength: 3, selector: (a) => a.stem.toLowerCase() });

type Corpus = Array<{ stem: string; extension: string; text: string }>;

/** Every file below a folder with its content (empty when there is none). */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else files[relative(dir, child)] = readFileSync(child).toString("base64");
    }
  };
  walk(dir);
  return files;
}

function build(articles: string, output: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn("npm", ["run", "-s", "build"], { cwd: root, env: { ...process.env, ARMS_ARTICLES_DIR: articles, ARMS_SITE_OUTPUT: output } });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.resume();
  return new Promise((done) => child.on("close", (status) => done({ status, stderr })));
}

/** The errors of every page of a built site: uncaught errors, failed requests, cells that threw. */
async function pageErrors(browser: Browser, output: string): Promise<Record<string, string[]>> {
  const site = await serveDist(output);
  const context = await newContext(browser);
  const errors: Record<string, string[]> = {};
  try {
    for (const path of sitePages(output)) {
      const page = await context.newPage();
      const watch = await watchPage(page);
      await page.goto(`${site.url}${encodeURI(path)}`);
      await settle(page);
      const cells = await page.locator(".observablehq--error").allInnerTexts();
      const found = [...watch.consoleErrors, ...watch.failedRequests, ...cells];
      if (found.length) errors[path] = found;
      await page.close();
    }
  } finally {
    await context.close();
    await site.close();
  }
  return errors;
}

let browser: Browser;
let work: string;
beforeAll(async () => {
  browser = await launchChromium();
  work = mkdtempSync(join(tmpdir(), "build-property-"));
});
afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("every build succeeds with every page loading, or fails with one line and the previous site intact", () => {
  it("over generated folders of articles", async () => {
    const output = join(work, "site");
    let round = 0;
    await fc.assert(
      fc.asyncProperty(corpus, async (files: Corpus) => {
        const articles = join(work, `articles-${round++}`);
        mkdirSync(articles);
        for (const file of files) writeFileSync(join(articles, file.stem + file.extension), file.text);
        // What the reader says of the folder, in process: the build must agree.
        let expected: string | undefined;
        try {
          readCorpus(articles);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expected = `error: ${error.message}`;
        }
        const before = snapshot(output);
        const run = await build(articles, output);
        if (expected) {
          expect(run.status, run.stderr.slice(-2000)).toBe(1);
          expect(run.stderr.trimEnd().split("\n").at(-1)).toBe(expected);
          expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
          expect(snapshot(output)).toEqual(before);
        } else {
          expect(run.status, run.stderr.slice(-2000)).toBe(0);
          expect(sitePages(output)).toEqual(expect.arrayContaining(files.map((f) => `/sources/${f.stem}`)));
          expect(await pageErrors(browser, output)).toEqual({});
        }
      }),
      {
        numRuns: RUNS,
        // First, ids the pages once read as dates, numbers and booleans.
        examples: [[[{ stem: "2024-06-24", extension: ".txt", text: `${SENTENCES[0]} ${SENTENCES[1]}\n` }, { stem: "12345", extension: ".md", text: `${SENTENCES[2]}\n` }, { stem: "true", extension: ".txt", text: `${SENTENCES[3]} ${SENTENCES[0]}\n` }]]],
        endOnFailure: true,
      },
    );
  }, 60 * 60_000);
});
