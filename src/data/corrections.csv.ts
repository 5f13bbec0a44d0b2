// Framework data loader: the corrections table as CSV.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("corrections.csv");
