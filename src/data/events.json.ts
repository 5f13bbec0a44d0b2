// Framework data loader: the events table as JSON (an array of rows).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("events.json");
