// Framework data loader: the corrections table as JSON (an array of rows).
import { writeTable } from "../../loaders/site.ts";

await writeTable("corrections", "json");
