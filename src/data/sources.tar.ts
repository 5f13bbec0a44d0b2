// Framework data loader for `npm run dev`: every article's text with the spans of its rows,
// one <article_id>.json per article in one tar archive, which the preview server serves as
// /_file/data/sources/<id>.json to the source page (src/sources/[id].md). A build does not run
// it: scripts/build-site.ts writes the same files beside the pages (scripts/source-pages.ts).
import { sourceViews } from "../../loaders/source-pages.ts";
import { loadSiteData } from "../../loaders/site.ts";
import { runCommand } from "../../loaders/cli.ts";
import { writeTar } from "../../loaders/tar.ts";

await runCommand(async () => {
  const data = await loadSiteData();
  // One article's view is made when its turn comes, so the archive is never whole in memory.
  function* views(): Generator<[string, string]> {
    for (const view of sourceViews(data)) yield [`${view.article.article_id}.json`, JSON.stringify(view)];
  }
  await writeTar(views(), process.stdout);
});
