// Framework data loader: the dots of the quantities page's chart, every amount grouped by
// amount, item and claimant when the site is built (loaders/amount-groups.ts), so that the
// page reads a few dots, not the whole table.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("amounts.json");
