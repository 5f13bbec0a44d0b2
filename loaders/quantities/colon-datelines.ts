/**
 * A dateline closed by a colon, as many South Asian and Gulf papers open their reports: "LIMA,
 * PERU: Fresh talks …", "ISLAMABAD: The ministry …". The wire reader (dateline.ts) wants a dash;
 * here the colon form marks only where a report begins under its deck and summary bullets.
 */
import type { Gazetteer } from "../actors.ts";

/** A city in capitals, maybe its region after a comma, a colon, then prose opening with a capital. */
const COLON_DATELINE = /^[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})(, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2})?:[ \t]+(?=["“‘\p{Lu}])/u;

/**
 * The offset of the first colon dateline that opens a line within `reach` characters of `from`,
 * if any. Without a region the capitals must name a city the gazetteer knows: "UPDATE: …" or
 * "WATCH: …" open no report, nor a transcript's speaker ("PUTIN: …") or a roundup's state ("PERU: …").
 */
export function colonDatelineNear(raw: string, from: number, reach: number, gazetteer: Gazetteer): number | undefined {
  const to = Math.min(raw.length, from + reach);
  for (let at = from; at < to; ) {
    const match = COLON_DATELINE.exec(raw.slice(at, Math.min(to, at + 80)));
    if (match && match[1].replace(/[^A-Z]/g, "").length >= 3 && (match[2] || isCity(gazetteer, match[1]))) return at + match[0].indexOf(match[1]);
    const newline = raw.indexOf("\n", at);
    if (newline < 0) break;
    at = newline + 1;
  }
  return undefined;
}

/** Whether the capitals name a city: a capital or another place of the gazetteer, no state or person. */
function isCity(gazetteer: Gazetteer, name: string): boolean {
  const kind = gazetteer.lookup(name)?.kind;
  return kind === "capital" || kind === "place";
}
