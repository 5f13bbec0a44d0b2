// Framework data loader: the articles table as CSV.
import { writeTable } from "../../loaders/site.ts";

await writeTable("articles");
