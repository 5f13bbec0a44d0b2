/**
 * The country an unnamed state body speaks for ("the Foreign Ministry said", "according to
 * the agency"): the country of the body of that kind the article named before ("South
 * Korea's foreign ministry … the ministry said"), else the country of the dateline's city
 * ("SEOUL, Oct 18 (Reuters) - … the Defence Ministry said").
 */
import type { Party } from "./types.ts";

/** The codes a body described by `head` speaks for: the last body of its kind named with a country, else the dateline's. */
export function homeCodes(history: readonly Party[], head: string, dateline: string | undefined): string[] {
  for (let i = history.length - 1; i >= 0; i--) {
    const p = history[i];
    if (p.codes.length === 1 && p.kinds.some((k) => BODY_KINDS.has(k)) && p.names.some((n) => n.toLowerCase().includes(head))) return p.codes;
  }
  return dateline ? [dateline] : [];
}

const BODY_KINDS: ReadonlySet<string> = new Set(["government", "agency", "military"]);
