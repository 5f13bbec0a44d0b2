// Framework data loader: the world's land at 1:110m (world-atlas, Natural Earth, TopoJSON),
// served from the site like every other library, for the explainer's map.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("land.json");
