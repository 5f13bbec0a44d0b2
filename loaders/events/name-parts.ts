/**
 * Names that are no parties: a state named inside the name of an institution or of an
 * office's remit ("the Director for Korean and Mongolian Affairs", "the Korea Institute for
 * National Unification"), a state's demonym that a region's word turns into another place's
 * ("Latin American cartels", "South Sudanese troops"), and a city that heads a sentence before a colon or a dash, a
 * dateline ("BANGKOK: …", "Brussels — …"), which says where the report was written.
 */
import type { Party } from "./types.ts";
import type { EventWords } from "./words.ts";

/** The parties that act for their state: those named inside another name, or as a dateline, left out. */
export function withoutNameParts(words: EventWords, parties: Party[], text: string): Party[] {
  return parties.filter((p) => !insideInstitutionName(words, text, p) && !isDateline(text, p) && !otherPlace(words, text, p));
}

/** "Korean and Mongolian Affairs", "Korea Institute for …": a state or its demonym opening an institution's name. */
function insideInstitutionName(words: EventWords, text: string, p: Party): boolean {
  if (p.person || p.anaphor || !p.kinds.every((k) => k === "state")) return false;
  return words.insideInstitutionName.test(text.slice(p.end, p.end + 120));
}

/** A dateline's end after its city: an agency in brackets maybe, then a colon or a dash. */
const DATELINE_END = /^(?:\s*\([^()\n]{1,40}\))?\s*(?::|--?|–|—)\s/;

/** "BANGKOK: A Myanmar airstrike …": a capital that opens the sentence before a colon or a dash. */
function isDateline(text: string, p: Party): boolean {
  if (p.person || p.anaphor || !p.kinds.every((k) => k === "capital")) return false;
  return /^[\s'"“‘]*$/.test(text.slice(0, p.start)) && DATELINE_END.test(text.slice(p.end, p.end + 50));
}

/**
 * "Latin American", "South Sudanese": a region's word the gazetteer did not take into a
 * demonym. A name stays its state's: "South Lebanon", "East Jerusalem" are regions of it.
 */
function otherPlace(words: EventWords, text: string, p: Party): boolean {
  if (p.person || p.anaphor || !p.kinds.every((k) => k === "state")) return false;
  if (!p.modifier || /['’]s?$/.test(text.slice(p.start, p.end)) || /^['’]/.test(text.slice(p.end, p.end + 1))) return false;
  return words.regionBefore.test(text.slice(Math.max(0, p.start - 8), p.start));
}
