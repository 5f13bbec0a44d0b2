// Framework data loader: the claims table as JSON (an array of rows).
import { writeTable } from "../../loaders/site.ts";

await writeTable("claims", "json");
