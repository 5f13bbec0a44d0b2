// Framework data loader: the name of each actor code the tables use, from the gazetteer.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("actor-names.json");
