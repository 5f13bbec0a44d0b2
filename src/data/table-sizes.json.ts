// Framework data loader: the rows of each table, and how many an explorer page loads
// without asking (loaders/table-sizes.ts).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("table-sizes.json");
