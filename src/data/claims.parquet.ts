// Framework data loader: the claims table as Parquet (typed columns, for DuckDB and analysts' tools).
import { writeTable } from "../../loaders/site.ts";

await writeTable("claims", "parquet");
