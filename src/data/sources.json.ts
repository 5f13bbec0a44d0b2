// Framework data loader: the list of source articles with their row counts, for the sources index.
import { sourcesIndex } from "../../loaders/source-pages.ts";
import { writeJson } from "../../loaders/site.ts";

await writeJson(({ tables }) => sourcesIndex(tables));
