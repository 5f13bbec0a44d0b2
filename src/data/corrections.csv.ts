// Framework data loader: the corrections table as CSV.
import { writeTable } from "../../loaders/site.ts";

await writeTable("corrections");
