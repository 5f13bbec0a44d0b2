/**
 * A wire dateline that opens a line of a report: "SEOUL, Oct 18 (Reuters) -", "KYIV (AP) —",
 * "BEIJING. Dec 5 (Interfax) -",
 * "WASHINGTON --", "TOKYO, May 24, 2025 (Kyodo) --", "VOSTOCHNY /Amur Region/, September 13.
 * /TASS/.", "Lilongwe [Malawi], April 7:", "Geneva, Oct 25 (EFE).-". One reader for all who need it: the sentence splitter drops it from the first
 * sentence, the publication date takes its month and day, and the event coder lends its
 * city's country to unnamed state bodies.
 */

import type { Gazetteer } from "./actors.ts";
import { WEEKDAYS } from "./calendar-days.ts";

export interface Dateline {
  /** Offset of the city's first letter. */
  start: number;
  /** Offset where the prose after the dateline begins. */
  end: number;
  /** The city as written: "SEOUL", "NEW YORK". */
  city: string;
  /** Month and day when the dateline gives them, as "MM-DD", the words that gave them, and the year if it gives one. */
  monthDay?: string;
  dayText?: string;
  year?: number;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** The month a dateline's word names, in full or cut to three letters or more ("Sept", "Oct"), from 0; -1 for any other word ("Mayor"). */
function monthIndex(word: string): number {
  const w = word.toLowerCase();
  return w.length < 3 ? -1 : MONTHS.findIndex((m) => m.startsWith(w));
}

/**
 * The grammar, in parts: a city in capitals (words, dots, apostrophes, hyphens); a region
 * between slashes or after a comma ("/Amur Region/", ", South Korea"); a month and day, maybe
 * a year; a credit in brackets ("(Reuters)", "(BSS/AFP)"); then a dash, or TASS's "/TASS/.".
 */
const CITY = String.raw`([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})`;
const REGION = String.raw`(?: \/[^/\n]{1,40}\/| ?, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?`;
// The city ends with a comma, or a full stop as Interfax writes it ("BEIJING. Dec 5 (Interfax) -").
const DAY = String.raw`(?:[,.][ \t]*([A-Z][a-z]{2,8})\.? (\d{1,2})\b(?:, (\d{4}))?)?`;
// EFE closes its credit with a full stop before the dash: "(EFE).-".
const ENDING = String.raw`(?:[ \t]*(?:\([\w .&/]+\)\.?[ \t]*)?(?:--|—|–|-)|\.? \/[A-Z][A-Z-]+\/\.)(?=\s|$)[ \t]*`;
const DATELINE = new RegExp(String.raw`^[ \t]*${CITY}${REGION}${DAY}${ENDING}`);
/**
 * The style of ANI and the wires that copy it: a city in title case, its region in square brackets,
 * the month and day, maybe a credit, and a colon: "Lilongwe [Malawi], April 7:", "New Delhi [India], Jan 5 (ANI):".
 */
const BRACKETED = new RegExp(String.raw`^[ \t]*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) \[[^\]\n]{1,40}\][ \t]*,?[ \t]*([A-Z][a-z]{2,8})\.? (\d{1,2})\b(?:, (\d{4}))?[ \t]*(?:\([\w .&/]+\)[ \t]*)?:[ \t]*`);

/**
 * A city in title case with its month and day, maybe a year and a credit, then a colon or a
 * dash (or the credit alone, "(CNA) Taiwan's …") and prose opening with a capital: "Rawalpindi, May 8, 2025: Pakistan …", "Geneva, Oct
 * 25 (EFE).- The number …". Without the day, or before lower-case prose, a title-case opening
 * is a sentence's ("Lima, April 7: ministers met").
 */
const TITLED = new RegExp(String.raw`^[ \t]*([A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),[ \t]*([A-Z][a-z]{2,8})\.? (\d{1,2})\b(?:, (\d{4}))?[ \t]*(?:(?:\([\w .&/]+\)\.?[ \t]*)?(?::|--|—|–|-)[ \t]+|\([\w .&/]+\)[ \t]+)(?=["“‘'\p{Lu}])`, "u");

/** The dateline that opens the text at `from` (spaces before it allowed), if any, read no further than `to`. */
export function datelineAt(raw: string, from: number, to = raw.length): Dateline | undefined {
  const head = raw.slice(from, Math.min(to, from + 120));
  const capitals = DATELINE.exec(head);
  const titled = TITLED.exec(head);
  const match = capitals && capitals[1].replace(/[^A-Z]/g, "").length >= 3 ? capitals : BRACKETED.exec(head) ?? (titled && !WEEKDAYS.includes(titled[1].toLowerCase()) && monthIndex(titled[2]) >= 0 ? titled : null);
  if (!match) return undefined;
  const start = from + match[0].indexOf(match[1]);
  const dateline: Dateline = { start, end: from + match[0].length, city: match[1] };
  const month = match[2] ? monthIndex(match[2]) : -1;
  const day = Number(match[3]);
  if (month >= 0 && day >= 1 && day <= 31) {
    dateline.monthDay = `${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    dateline.dayText = match[4] ? `${match[2]} ${match[3]}, ${match[4]}` : `${match[2]} ${match[3]}`;
    if (match[4]) dateline.year = Number(match[4]);
  }
  return dateline;
}

/** The datelines that open a line within `reach` characters of `from`, first to last. */
export function datelinesNear(raw: string, from: number, reach: number): Dateline[] {
  const found: Dateline[] = [];
  const to = Math.min(raw.length, from + reach);
  for (let at = from; at < to; ) {
    const dateline = datelineAt(raw, at, to);
    if (dateline) found.push(dateline);
    const newline = raw.indexOf("\n", at);
    if (newline < 0) break;
    at = newline + 1;
  }
  return found;
}

/*
 * A dateline closed by a colon, as many South Asian and Gulf papers open their reports: "LIMA,
 * PERU: Fresh talks …", "ISLAMABAD: The ministry …". Read apart from the wire's datelines above:
 * a capitalised word before a colon is as often a label ("UPDATE:", a transcript's "PUTIN:"), so
 * only the quantities reader uses it, to find where a report begins under its deck.
 */

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
