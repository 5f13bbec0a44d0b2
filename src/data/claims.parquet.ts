// Framework data loader: the claims table as Parquet (typed columns, for DuckDB and analysts' tools).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("claims.parquet");
