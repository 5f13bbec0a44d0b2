// Framework data loader: the statements table as Parquet (typed columns, for DuckDB and analysts' tools).
import { writeTable } from "../../loaders/site.ts";

await writeTable("statements", "parquet");
