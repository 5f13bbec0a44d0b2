// Framework data loader: the statements table as JSON (an array of rows).
import { writeTable } from "../../loaders/site.ts";

await writeTable("statements", "json");
