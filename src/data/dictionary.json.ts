// Framework data loader: the data dictionary (column, type, meaning, example) of every table.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("dictionary.json");
