// Framework data loader: the events table as JSON (an array of rows).
import { writeTable } from "../../loaders/site.ts";

await writeTable("events", "json");
