// Framework data loader: extraction accuracy against the hand-made gold tables, computed at build time.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("accuracy.json");
