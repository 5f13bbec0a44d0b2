// Framework data loader: the statements table as JSON (an array of rows).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("statements.json");
