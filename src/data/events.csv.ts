// Framework data loader: the events table as CSV.
import { writeTable } from "../../loaders/site.ts";

await writeTable("events");
