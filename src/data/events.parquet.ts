// Framework data loader: the events table as Parquet (typed columns, for DuckDB and analysts' tools).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("events.parquet");
