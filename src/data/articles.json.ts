// Framework data loader: the articles table as JSON (an array of rows).
import { writeTable } from "../../loaders/site.ts";

await writeTable("articles", "json");
