/**
 * The map's geocoder (loaders/places.ts): data/places.yaml first, then GeoNames cities, then
 * states; a place found nowhere is listed, never guessed.
 */
import { describe, expect, it } from "vitest";
import { curatedIn, geocode, loadGazetteer, loadPlacesDictionary, placesOf } from "../loaders/places.ts";
import type { EventRow } from "../loaders/events/index.ts";
import type { QuantityRow } from "../loaders/quantities.ts";

const dictionary = loadPlacesDictionary();
const gazetteer = loadGazetteer();

const event = (over: Partial<EventRow>): EventRow => ({ event_id: "e-a-1", article_id: "a", location: "", evidence: "", summary: "s", ...over }) as EventRow;
const amount = (over: Partial<QuantityRow>): QuantityRow => ({ quantity_id: "q-a-1", article_id: "a", text: "1,000 shells", evidence: "", ...over }) as QuantityRow;

describe("data/places.yaml", () => {
  it("gives every place a unique name and forms no other place uses", () => {
    const names = dictionary.places.map((p) => p.name);
    const forms = dictionary.places.flatMap((p) => p.aliases.map((a) => a.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it("finds each place by each of its forms, in a location and in a sentence", () => {
    for (const place of dictionary.places) {
      for (const alias of place.aliases) {
        expect(geocode(alias, dictionary, gazetteer)?.name, alias).toBe(place.name);
        expect(curatedIn(`Trains were seen near ${alias} on Monday.`, dictionary).map((p) => p.name), alias).toContain(place.name);
      }
    }
  });
});

describe("geocode", () => {
  it("finds a city, preferring the country the location names", () => {
    const hanoi = geocode("Hanoi, Vietnam", dictionary, gazetteer)!;
    expect(hanoi).toMatchObject({ name: "Hanoi", source: "GeoNames", kind: "city" });
    expect(hanoi.lat).toBeCloseTo(21.0, 0);
    expect(geocode("Moscow", dictionary, gazetteer)!.lon).toBeCloseTo(37.6, 0);
  });

  it("falls back to a state, and finds nothing rather than guessing", () => {
    expect(geocode("Russia.", dictionary, gazetteer)).toMatchObject({ name: "Russia", kind: "state", source: "world-countries" });
    expect(geocode("the far east ports", dictionary, gazetteer)).toBeNull();
    expect(geocode("Zzyzxville", dictionary, gazetteer)).toBeNull();
  });

  it("keeps to the country named, and leaves a name shared by cities of several countries unplaced", () => {
    // Paris, Texas is not Paris, France; Hanoi, Japan is no city of the gazetteer.
    expect(geocode("Paris, Texas", dictionary, gazetteer)).toBeNull();
    expect(geocode("Hanoi, Japan", dictionary, gazetteer)).toBeNull();
    expect(geocode("Paris", dictionary, gazetteer)!.lon).toBeCloseTo(2.35, 0);
    // Valencia is a city of Spain and of Venezuela, of comparable size: bare, it is not drawn.
    const valencias = [...gazetteer.cities.get("Valencia")!].filter(([country]) => country);
    expect(valencias.length).toBeGreaterThan(1);
    expect(geocode("Valencia", dictionary, gazetteer)).toBeNull();
    expect(geocode("Valencia, Spain", dictionary, gazetteer)!.lon).toBeCloseTo(-0.4, 0);
  });
});

describe("placesOf", () => {
  it("maps locations and curated places with the rows naming them, and lists the rest", () => {
    const result = placesOf(
      {
        events: [
          event({ event_id: "e-a-1", location: "Vladivostok" }),
          event({ event_id: "e-a-2", location: "Nowhere Junction", evidence: "Ships left Rajin for Russia." }),
        ],
        quantities: [amount({ evidence: "Trains crossed the Tumen River bridge with 1,000 shells." })],
      },
      dictionary,
      gazetteer,
    );
    const byName = Object.fromEntries(result.places.map((p) => [p.name, p.mentions.map((m) => m.href)]));
    expect(byName).toEqual({
      Vladivostok: ["./sources/a#e-a-1"],
      "Rajin port": ["./sources/a#e-a-2"],
      "Tumen River bridge": ["./sources/a#q-a-1"],
    });
    expect(result.unmatched).toEqual([{ name: "Nowhere Junction", mentions: [{ table: "events", href: "./sources/a#e-a-2", text: "s" }] }]);
  });

  it("reads a capital in a sentence as no place: only locations and curated forms are drawn", () => {
    const result = placesOf({ events: [event({ evidence: "Moscow denied the report." })], quantities: [] }, dictionary, gazetteer);
    expect(result).toEqual({ places: [], unmatched: [] });
  });
});
