// Framework data loader: the explainer's counts, the rows its sentences quote and its charts'
// data, computed at build time (loaders/explainer.ts), so that the page stays light at 10,000 articles.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("explainer.json");
