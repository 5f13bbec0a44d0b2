// Framework data loader: the quantities table as JSON (an array of rows).
import { writeTable } from "../../loaders/site.ts";

await writeTable("quantities", "json");
