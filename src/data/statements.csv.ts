// Framework data loader: the statements table as CSV.
import { writeTable } from "../../loaders/site.ts";

await writeTable("statements");
