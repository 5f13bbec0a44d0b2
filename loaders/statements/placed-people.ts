/**
 * A person the article places once keeps that state in every row: "Governor Ann Cole of Norland
 * said …" early on, "Cole said …" or "Ann Cole added …" later with no title. News writing gives a
 * speaker's office at the first mention (or at any one) and the bare name after, and the person
 * speaks for the same state throughout the report.
 */
import { type Built } from "./rows.ts";

/** The one state each placed person speaks for, by full name; "" where rows disagree. */
function placedPeople(built: ReadonlyArray<Built>): Map<string, string> {
  const placed = new Map<string, string>();
  for (const b of built) {
    const s = b.speaker;
    if (s.kind !== "person" || s.plural || !s.country || s.country.includes(";")) continue;
    const known = placed.get(s.speaker.toLowerCase());
    placed.set(s.speaker.toLowerCase(), known === undefined || known === s.country ? s.country : "");
  }
  return placed;
}

/** The state of the one placed person whose name is `name` or ends with it as whole words ("Cole", "de Cole"). */
function stateOf(name: string, placed: Map<string, string>): string {
  const key = name.toLowerCase();
  const exact = placed.get(key);
  if (exact !== undefined) return exact;
  const fits = [...placed].filter(([full]) => full.endsWith(` ${key}`));
  return fits.length === 1 ? fits[0]![1] : "";
}

/** Gives each person row with no state the state another row of the same person gives. */
export function placeNamedPeople(built: Built[]): void {
  const placed = placedPeople(built);
  if (placed.size === 0) return;
  for (const b of built) {
    if (b.speaker.kind !== "person" || b.speaker.plural || b.speaker.country) continue;
    const country = stateOf(b.speaker.speaker, placed);
    if (!country) continue;
    b.speaker = { ...b.speaker, country };
    b.row.speaker_country = country;
  }
}
