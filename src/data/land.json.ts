// Framework data loader: the world's land at 1:110m (world-atlas, Natural Earth, TopoJSON),
// served from the site like every other library, for the explainer's map.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

process.stdout.write(readFileSync(createRequire(import.meta.url).resolve("world-atlas/land-110m.json")));
