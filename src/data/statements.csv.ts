// Framework data loader: the statements table as CSV.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("statements.csv");
