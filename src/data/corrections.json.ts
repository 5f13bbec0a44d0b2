// Framework data loader: the corrections table as JSON (an array of rows).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("corrections.json");
