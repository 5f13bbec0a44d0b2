/**
 * Calendar arithmetic on ISO dates ("2024-06-24"): days added, weekdays, a week's Monday, a
 * month's first and last day, the end of a period. It runs for every date mention, so the
 * common case (a well-formed date in years 1000–9999) is done on day numbers, without Date
 * objects or ISO strings to parse; anything else takes the Date path, which gives the same
 * answers.
 */

export type Precision = "day" | "week" | "month" | "year";

const DAY_MS = 86_400_000;

export function parseIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a proleptic Gregorian date; days past the month's end roll over. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/** The ISO date of a day number, for years 1000–9999, else undefined. */
function isoOfDay(days: number): string | undefined {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isPlainYear(year) ? `${year}-${twoDigits(month)}-${twoDigits(day)}` : undefined;
}

const isPlainYear = (year: number) => year >= 1000 && year <= 9999;
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));
const digitsAt = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
};

/** Year, month and day of a well-formed ISO date (month 1–12, day 1–31, as Date accepts), else undefined. */
export function civilOf(iso: string): [number, number, number] | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (!isPlainYear(year) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) return undefined;
  return [year, month, day];
}

export function addDays(iso: string, days: number): string {
  const civil = civilOf(iso);
  const fast = civil && isoOfDay(daysFromCivil(...civil) + days);
  return fast ?? toIso(new Date(parseIso(iso).getTime() + days * DAY_MS));
}

/** Day of the week, Monday = 0 … Sunday = 6. */
export function weekday(iso: string): number {
  const civil = civilOf(iso);
  // 1970-01-01, day 0, was a Thursday.
  if (civil) return (((daysFromCivil(...civil) + 3) % 7) + 7) % 7;
  return (parseIso(iso).getUTCDay() + 6) % 7;
}

export function mondayOf(iso: string): string {
  return addDays(iso, -weekday(iso));
}

/** The ISO date of a year, month (1–12) and day, rolling over as Date.UTC does. */
export function isoOfCivil(year: number, month: number, day: number): string {
  const fast = isPlainYear(year) && month >= 1 && month <= 12 ? isoOfDay(daysFromCivil(year, month, day)) : undefined;
  return fast ?? toIso(new Date(Date.UTC(year, month - 1, day)));
}

export function monthStart(year: number, month: number): string {
  return isoOfCivil(year, month, 1);
}

export function monthEnd(year: number, month: number): string {
  return month >= 1 && month < 12 ? isoOfCivil(year, month + 1, 0) : toIso(new Date(Date.UTC(year, month, 0)));
}

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** The last day of the period that a mention of this precision starting at `date` covers. */
export function periodEnd(date: string, precision: Precision): string {
  if (precision === "day") return date;
  if (precision === "week") return addDays(date, 6);
  const [year, month] = civilOf(date) ?? [parseIso(date).getUTCFullYear(), parseIso(date).getUTCMonth() + 1];
  return precision === "month" ? monthEnd(year, month) : `${year}-12-31`;
}
