// Framework data loader: the Frictionless Data Package describing the CSV tables.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("datapackage.json");
