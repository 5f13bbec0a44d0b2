// Framework data loader: the quantities table as CSV.
import { writeTable } from "../../loaders/site.ts";

await writeTable("quantities");
