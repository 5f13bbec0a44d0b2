// Framework data loader: the articles table as Parquet (typed columns, for DuckDB and analysts' tools).
import { writeTable } from "../../loaders/site.ts";

await writeTable("articles", "parquet");
