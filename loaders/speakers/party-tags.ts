/**
 * A party tag in brackets right after a politician's name ("Sen. Ann Cole (D-Ore.)", "Rep. Tom
 * Vale (R-Tex)"): the party's initial and the short form of the region elected from. The
 * initials are a state's parties' (data/speakers.yaml `party_tags`), so the person speaks for
 * that state even where the report names it nowhere.
 */
import { escapeRegExp } from "../text.ts";

/** Tags after a name, one pattern per state: the state's code and what its tags look like. */
export type PartyTags = ReadonlyArray<{ code: string; tag: RegExp }>;

/** The patterns for the initials of each state's parties: "(" initial "-" a short region name ")". */
export function partyTagPatterns(byState: Record<string, string[]>): PartyTags {
  return Object.entries(byState).map(([code, initials]) => ({
    code,
    // The region's short form: "S.C.", "Tex", "Calif.", "N.Y.", "IN" (up to two short words).
    tag: new RegExp(`^\\s*\\((?:${initials.map(escapeRegExp).join("|")})-\\p{Lu}[\\p{L}.]{0,6}(?:\\s\\p{Lu}[\\p{L}.]{0,6})?\\)`, "u"),
  }));
}

/** The code of the state whose party tag stands right after `end` in `raw`, "" when none. */
export function partyTagAfter(raw: string, end: number, tags: PartyTags): string {
  const after = raw.slice(end, end + 20);
  return tags.find((t) => t.tag.test(after))?.code ?? "";
}
