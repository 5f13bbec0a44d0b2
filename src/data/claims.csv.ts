// Framework data loader: the claims table as CSV.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("claims.csv");
