/**
 * Where an article's report proper begins. Before it stand the headline and, on wire pages, a
 * teaser and photo captions above the dateline ("SEOUL, Jan. 13 (UPI) -- …"); they repeat what
 * the report says, more loosely ("1.6 Mil Artillery Shells"). An extractor that keeps one row
 * for a thing mentioned twice keeps the report's mention over the lead-in's.
 */
import { datelinesNear } from "../dateline.ts";
import type { ArticleDoc } from "../document.ts";

/** How far into the body a dateline may open the report. */
const DATELINE_REACH = 2000;

/**
 * The offset where the report begins: at its dateline, dated or not ("GEORGETOWN, Guyana — "
 * after a teaser that repeats the report), else after the headline, else the body's start.
 */
export function reportStart(doc: ArticleDoc, bullets: ReadonlySet<string> = new Set()): number {
  const dateline = datelinesNear(doc.article.raw, doc.article.bodyStart, DATELINE_REACH)[0];
  if (dateline) return dateline.start;
  const title = doc.meta.title.trim();
  const headline = title ? doc.sentences.slice(0, 2).find((s) => s.text.trim() && title.includes(s.text.trim())) : undefined;
  const isBullet = (line: string) => bullets.has(line.trim().charAt(0));
  if (!headline) return firstProseLine(doc.article.raw, doc.article.bodyStart, isBullet);
  // Summary bullets under the headline ("• Seoul says 3,000 troops …") are a teaser too.
  const prose = firstProseLine(doc.article.raw, headline.end, isBullet);
  return bulletsBetween(doc.article.raw, headline.end, prose, isBullet) ? prose : headline.end;
}

/** Whether a bullet line stands between the two offsets. */
function bulletsBetween(raw: string, from: number, to: number, isBullet: (line: string) => boolean): boolean {
  return raw.slice(from, to).split("\n").some(isBullet);
}

/** Words a line needs to be the report's prose rather than a headline, a byline or a menu. */
const PROSE_WORDS = 8;

/**
 * Where the first line of prose begins: a line of some length that ends a sentence. A page
 * without front matter opens with its headline, a date or menu words, which end in no stop.
 */
function firstProseLine(raw: string, from: number, isBullet: (line: string) => boolean): number {
  const line = /[^\n]+/g;
  line.lastIndex = from;
  for (let m = line.exec(raw); m; m = line.exec(raw)) {
    const text = m[0].trim();
    if (!isBullet(text) && /[.!?]["”’)]?$/.test(text) && text.split(/\s+/).length >= PROSE_WORDS) return m.index;
  }
  return from;
}
