/**
 * npm run realnews -- check [--pages IDS] [--texts DIR]
 * npm run realnews -- restore --from ANSWERS [--texts DIR]
 * npm run realnews -- score [--pages IDS] [--record [--label TEXT]] [--texts DIR]
 *
 * The real-news development set (tests/realnews/README.md): `restore` writes the pages'
 * texts from saved search answers; `check` checks the texts against the list and the gold.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { runCommand, usageError } from "../loaders/cli.ts";
import { recordRealNewsScores, REALNEWS_SCORES } from "../loaders/benchmarks/realnews-record.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { evaluateCorpus, formatReport } from "../loaders/evaluate.ts";
import { checkSet, copySharedTexts, GOLD_DIR, parsePageRanges, readPages, restoreTexts, scorablePages, TEXTS_DIR, type Page } from "../tests/realnews/pages.ts";

const USAGE = `usage: npm run realnews -- check [--pages IDS] [--texts DIR]
       npm run realnews -- restore --from ANSWERS [--texts DIR]
       npm run realnews -- score [--pages IDS] [--record [--label TEXT]] [--texts DIR]

  check            check the texts against tests/realnews/pages.csv and the gold
  restore          write each listed page's text from saved search answers (the pages on
                   the shared folder's texts are copied by every command)
  score            check, then score the extractors against the gold (as npm run eval), on
                   the pages whose texts are present and unchanged (it lists the others)
  --pages IDS      only these pages (check or score): ids and ranges, comma-separated
                   (rn267-rn296,rn369-rn392), as the README's accuracy table splits the set
  --record         write the scores, dated, to tests/realnews/scores.json (the methodology page shows
                   them), replacing the earlier record of the same --pages (or of all pages)
  --label TEXT     with --record: what the pages are, as the methodology page should say it
  --from ANSWERS   the search tool's answers for the pages' queries, saved as JSON
  --texts DIR      the texts' folder, outside the repository (default ${TEXTS_DIR})`;

const parsed = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { from: { type: "string" }, record: { type: "boolean" }, label: { type: "string" }, pages: { type: "string" }, texts: { type: "string", default: TEXTS_DIR }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return usageError(USAGE, (error as Error).message);
  }
})();
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, ...extra] = parsed.positionals;
if (command !== "check" && command !== "restore" && command !== "score") usageError(USAGE, command ? `unknown command "${command}"` : "say check, restore or score");
if (extra.length) usageError(USAGE, `unexpected argument "${extra[0]}"`);
if (command === "restore" && !parsed.values.from) usageError(USAGE, "restore needs --from ANSWERS");
if (parsed.values.label && !parsed.values.record) usageError(USAGE, "--label names what --record records; add --record");
const chosen = parsed.values.pages ? parsePageRanges(parsed.values.pages) ?? usageError(USAGE, `--pages "${parsed.values.pages}": write ids and ranges like rn267-rn296,rn300`) : undefined;

await runCommand(() => {
  const texts = parsed.values.texts!;
  if (command === "restore") {
    const { written, missing } = restoreTexts(readPages(), readFileSync(parsed.values.from!, "utf8"), texts);
    console.log(`${written.length} texts written to ${texts}`);
    if (missing.length) console.log(`not in the answers (run their queries, listed in pages.csv): ${missing.join(", ")}`);
  }
  // Pages annotated on the shared folder's texts need no answers: they are copied every time.
  const shared = copySharedTexts(readPages(), texts);
  if (shared.missing.length) console.log(`not in the shared folder (is ../shared beside the checkout?): ${shared.missing.join(", ")}`);
  const only = chosen ?? (() => true);
  const pages = readPages().filter((page) => only(page.article_id));
  if (!pages.length) usageError(USAGE, `--pages "${parsed.values.pages}" names no page of the set`);
  const problems = checkSet(texts, readPages(), GOLD_DIR, undefined, { skipUnreadable: command === "score", only });
  for (const p of problems) console.log(p);
  console.log(problems.length ? `${problems.length} problems` : `the texts in ${texts} and the gold agree`);
  if (problems.length) {
    process.exitCode = 1;
    return;
  }
  if (command === "score") scoreSet(texts, pages, parsed.values.record ? { selection: parsed.values.pages ?? "all", label: parsed.values.label } : undefined);
});

/** Scores the pages that can be scored; the others (no text, or a changed one) are named and left out. */
function scoreSet(texts: string, pages: Page[], record?: { selection: string; label?: string }): void {
  const { scorable, skipped } = scorablePages(texts, pages);
  const left = skipped.map((problem) => problem.slice(0, problem.indexOf(":")));
  if (left.length) console.log(`left out ${left.length} of ${scorable.length + left.length} pages, their texts missing or changed (check says which): ${left.join(", ")}`);
  const ids = new Set(scorable.map((page) => page.article_id));
  const scores = evaluateCorpus(readCorpus(texts).filter((article) => ids.has(article.id)), GOLD_DIR);
  console.log(formatReport(scores));
  if (!record) return;
  const command = `npm run realnews -- score${record.selection === "all" ? "" : ` --pages ${record.selection}`} --record`;
  const recorded = recordRealNewsScores(scores, { ...record, pages: scorable.length, listed: scorable.length + skipped.length, left_out: left }, command);
  console.log(`recorded in ${REALNEWS_SCORES} (${recorded.date}, pages: ${recorded.selection})`);
}
