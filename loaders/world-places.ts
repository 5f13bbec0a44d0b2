/**
 * Places that are not states (data/world-places.yaml): cities and regions, each as a
 * gazetteer actor of kind `place` coded with the state that holds it.
 */
import { z } from "zod";
import type { Actor } from "./actors.ts";
import { DATA_DIR, loadDictionary } from "./dictionaries.ts";

const byCode = z.record(z.string().regex(/^[A-Z]{3}$/), z.array(z.string().min(1)));
const schema = z.object({ min_population: z.number().int().positive(), skip: z.array(z.string().min(1)), regions: byCode, places: byCode }).strict();

export type WorldPlaces = z.infer<typeof schema>;
export const loadWorldPlaces = (dir = DATA_DIR): WorldPlaces => loadDictionary("world-places.yaml", schema, dir);

/** The names data/world-states.yaml skips as common words ("Kingston", "Victoria"): no place either. */
const stateSkips = (dir: string): string[] => loadDictionary("world-states.yaml", z.object({ skip: z.array(z.string()) }).passthrough(), dir).skip;

/** The places whose names no actor of `taken` (names, aliases, demonyms) already has, nor a skip list. */
export function worldPlaces(taken: Actor[], dir = DATA_DIR): Actor[] {
  const dictionary = loadWorldPlaces(dir);
  const names = new Set([...dictionary.skip, ...stateSkips(dir), ...taken.flatMap((a) => [a.name, ...a.aliases, ...a.demonyms])]);
  const actors: Actor[] = [];
  for (const entries of [dictionary.regions, dictionary.places]) {
    for (const [code, places] of Object.entries(entries)) {
      for (const name of places) {
        if (names.has(name)) continue;
        names.add(name);
        actors.push({ name, code, kind: "place", aliases: [name], demonyms: [], role: "" });
      }
    }
  }
  return actors;
}
