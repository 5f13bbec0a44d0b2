// Framework data loader: the claims table as CSV.
import { writeTable } from "../../loaders/site.ts";

await writeTable("claims");
