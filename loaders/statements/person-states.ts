/**
 * One person speaks for one state throughout a report: "Sen. Ann Cole said …" early, then "Cole
 * said …" and "'…,' she added" later, where nothing beside the later attributions says whom she
 * serves. A person some of whose rows speak for a state, and none for another, speaks for it in
 * all of them; a person whose rows name two states keeps each row's own.
 */
import { type Built } from "./rows.ts";

/** Fills the empty speaker_country of each person's rows with the one state their other rows give. */
export function onePersonOneState(built: readonly Built[]): void {
  const states = new Map<string, Set<string>>();
  for (const b of built) {
    if (b.speaker.kind !== "person" || !b.row.speaker_country) continue;
    const seen = states.get(b.row.speaker) ?? new Set<string>();
    states.set(b.row.speaker, seen.add(b.row.speaker_country));
  }
  for (const b of built) {
    if (b.speaker.kind !== "person" || b.row.speaker_country) continue;
    const seen = states.get(b.row.speaker);
    if (seen?.size === 1) b.row.speaker_country = [...seen][0]!;
  }
}
