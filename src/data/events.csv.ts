// Framework data loader: the events table as CSV.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("events.csv");
