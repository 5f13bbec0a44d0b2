/**
 * States and territories of ISO 3166-1, from the world-countries package: names, English
 * demonyms and capitals, as gazetteer actors beneath the editors' data/actors.yaml.
 */
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { z } from "zod";
import type { Actor } from "./actors.ts";
import { DATA_DIR, loadDictionary } from "./dictionaries.ts";

/** The package ships CommonJS; its typings describe the list it exports. */
const countries: Countries = createRequire(import.meta.url)("world-countries");

const byCode = z.record(z.string().regex(/^[A-Z]{3}$/), z.array(z.string().min(1)));
const schema = z.object({ skip: z.array(z.string().min(1)), aliases: byCode, demonyms: byCode.default({}) });

/** The states and capitals that `listed` (the editors' actors) does not already give. */
export function worldStates(listed: Actor[], dir = DATA_DIR): Actor[] {
  const dictionary = loadDictionary("world-states.yaml", schema, dir);
  const skip = new Set(dictionary.skip);
  const codes = new Set(listed.filter((a) => a.kind === "state").map((a) => a.code));
  const capitalCodes = new Set(listed.filter((a) => a.kind === "capital").map((a) => a.code));
  const taken = new Set(listed.flatMap((a) => [a.name, ...a.aliases, ...a.demonyms]));
  const free = (words: Array<string | undefined>) => [...new Set(words)].filter((w): w is string => !!w && !skip.has(w) && !taken.has(w));
  const actors: Actor[] = [];
  // Two territories may share a capital's name (Kingston): the first keeps it.
  const add = (actor: Actor) => {
    actors.push(actor);
    for (const word of [...actor.aliases, ...actor.demonyms]) taken.add(word);
  };
  // "Dutch" is the Netherlands' and not the Caribbean Netherlands': a demonym a sovereign state shares with a territory is the state's.
  const sovereign = new Set(countries.filter((c) => c.independent).flatMap((c) => packageDemonyms(c.demonyms?.eng)));
  for (const c of countries) {
    if (c.status !== "officially-assigned") continue;
    if (!codes.has(c.cca3)) {
      const aliases = free([c.name.common, c.name.official, ...(dictionary.aliases[c.cca3] ?? [])]);
      if (aliases.length > 0) add({ name: aliases[0], code: c.cca3, kind: "state", aliases, demonyms: free(withPlurals([...packageDemonyms(c.demonyms?.eng).filter((d) => c.independent || !sovereign.has(d)), ...(dictionary.demonyms[c.cca3] ?? [])])), role: "" });
    }
    const capital = c.capital?.[0];
    if (capital && !capitalCodes.has(c.cca3) && free([capital]).length > 0) add({ name: capital, code: c.cca3, kind: "capital", aliases: [capital], demonyms: [], role: "" });
  }
  return actors;
}

/** The package's demonyms, one word each: it lists some states' several at once ("Bosnian, Herzegovinian"). */
function packageDemonyms(eng: { m?: string; f?: string } | undefined): string[] {
  return [eng?.m, eng?.f].flatMap((d) => (d ? d.split(",").map((w) => w.trim()) : []));
}

/** Demonyms and their plurals for people ("Albanian" → "Albanians", "Israeli" → "Israelis"); "Swiss" and "French" have none. */
function withPlurals(demonyms: Array<string | undefined>): Array<string | undefined> {
  return demonyms.flatMap((d) => (d && /(?:an|i)$/.test(d) ? [d, `${d}s`] : [d]));
}
