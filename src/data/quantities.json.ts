// Framework data loader: the quantities table as JSON (an array of rows).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("quantities.json");
