// Framework data loader: every article's text with the spans of its rows, one
// <article_id>.json per article in one tar archive. Framework serves data/sources/<id>.json
// out of it for the source pages: one loader process for all articles, where a loader per
// article ([id].json.ts) cost a process start-up and a read of all tables per page, which
// at 1,000 articles was most of the build.
import { sourceView } from "../../loaders/source-pages.ts";
import { loadSiteData } from "../../loaders/site.ts";
import { runCommand } from "../../loaders/cli.ts";
import { writeTar } from "../../loaders/tar.ts";

await runCommand(async () => {
  const data = await loadSiteData();
  const ids = data.tables.articles.map((a) => a.article_id);
  // One article's view is made when its turn comes, so the archive is never whole in memory.
  function* views(): Generator<[string, string]> {
    for (const id of ids) yield [`${id}.json`, JSON.stringify(sourceView(data, id), null, 1)];
  }
  await writeTar(views(), process.stdout);
});
