// Framework data loader: the events table as Parquet (typed columns, for DuckDB and analysts' tools).
import { writeTable } from "../../loaders/site.ts";

await writeTable("events", "parquet");
