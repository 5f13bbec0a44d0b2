// Framework data loader: the quantities table as CSV.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("quantities.csv");
