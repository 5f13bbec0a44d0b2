// Framework data loader: the quantities table as Parquet (typed columns, for DuckDB and analysts' tools).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("quantities.parquet");
