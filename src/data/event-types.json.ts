// Framework data loader: the readable labels of the PLOVER event types
// (data/event-types.yaml, loaders/event-types.ts).
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("event-types.json");
