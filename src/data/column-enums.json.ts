// Framework data loader: the allowed values of each enumerated column, from the tables' schema.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("column-enums.json");
