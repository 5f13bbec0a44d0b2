// Framework data loader: the explainer's headline figures and the sentences written from the
// tables (loaders/estimates.ts, loaders/story-prose.ts), so that the page draws and says only
// what the rows support.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("story.json");
