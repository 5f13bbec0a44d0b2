/**
 * The name a reader sees for each actor code the tables use ("PRK" → "North Korea"), from
 * the gazetteer (data/actors.yaml over every ISO 3166-1 state), so that the charts name any
 * state or body the next story brings without a list in the pages.
 */
import { splitCodes, type Gazetteer } from "./actors.ts";
import type { Tables } from "./tables.ts";

/** The kinds of entry whose name stands for the code itself, best first. */
const NAMING_KINDS = ["state", "body", "group", "government", "military"];

export function actorNames(tables: Pick<Tables, "events" | "statements">, gazetteer: Gazetteer): Record<string, string> {
  const used = new Set<string>();
  for (const e of tables.events) for (const code of [...splitCodes(e.actor), ...splitCodes(e.target)]) used.add(code);
  for (const s of tables.statements) for (const code of [...splitCodes(s.speaker_country), ...splitCodes(s.target)]) used.add(code);
  const rank = (kind: string) => (NAMING_KINDS.includes(kind) ? NAMING_KINDS.indexOf(kind) : NAMING_KINDS.length);
  const names: Record<string, string> = {};
  for (const code of [...used].sort()) {
    const entries = gazetteer.actors.filter((a) => a.code === code).sort((a, b) => rank(a.kind) - rank(b.kind));
    names[code] = entries[0]?.name ?? code;
  }
  return names;
}
