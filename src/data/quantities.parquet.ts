// Framework data loader: the quantities table as Parquet (typed columns, for DuckDB and analysts' tools).
import { writeTable } from "../../loaders/site.ts";

await writeTable("quantities", "parquet");
