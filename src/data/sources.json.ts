// Framework data loader: the list of source articles with their row counts, for the sources index.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("sources.json");
