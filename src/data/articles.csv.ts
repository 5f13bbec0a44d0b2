// Framework data loader: the articles table as CSV.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("articles.csv");
