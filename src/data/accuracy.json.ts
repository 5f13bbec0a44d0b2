// Framework data loader: extraction accuracy against the hand-made gold tables, computed at build time.
import { accuracyReport } from "../../loaders/source-pages.ts";
import { writeJson } from "../../loaders/site.ts";

await writeJson((data) => accuracyReport(data));
