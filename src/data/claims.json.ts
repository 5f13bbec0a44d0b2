// Framework data loader: the claims table as JSON (an array of rows).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("claims.json");
