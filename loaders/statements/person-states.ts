/**
 * One person speaks for one state throughout an article. The state is read where the person is
 * named with a title or a party ("Democratic nominee Ana Ruiz said …"); a later row may name her
 * bare ("Ruiz said …", "she said"), far from the report's lead, and find none. Each such row of
 * a person takes the state the person's other rows give, when they give exactly one.
 */
import { type Built } from "./rows.ts";

export function oneStatePerPerson(built: readonly Built[]): void {
  const states = new Map<string, string>();
  for (const b of built) {
    if (b.speaker.kind !== "person" || b.speaker.plural || !b.row.speaker_country) continue;
    const known = states.get(b.row.speaker);
    // Two states for one name (two people, or a person speaking for a body): none is carried.
    states.set(b.row.speaker, known === undefined || known === b.row.speaker_country ? b.row.speaker_country : "");
  }
  for (const b of built) {
    if (b.speaker.kind !== "person" || b.speaker.plural || b.row.speaker_country) continue;
    b.row.speaker_country = states.get(b.row.speaker) ?? "";
  }
}
