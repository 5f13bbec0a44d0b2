// Framework data loader: our extractors on the public benchmarks' development halves, beside published systems, computed at build time.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("benchmarks.json");
