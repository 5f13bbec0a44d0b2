// Framework data loader: the type each column of each table is read as in the pages
// (src/components/typed-rows.js), from the tables' schema.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("column-types.json");
