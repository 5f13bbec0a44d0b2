/**
 * Where an article's report proper begins. Before it stand the headline and, on wire pages, a
 * teaser and photo captions above the dateline ("SEOUL, Jan. 13 (UPI) -- …"); they repeat what
 * the report says, more loosely ("1.6 Mil Artillery Shells"). An extractor that keeps one row
 * for a thing mentioned twice keeps the report's mention over the lead-in's.
 */
import type { Gazetteer } from "../actors.ts";
import { datelinesNear } from "../dateline.ts";
import type { ArticleDoc } from "../document.ts";
import { paragraphs } from "../text.ts";
import { colonDatelineNear } from "../dateline.ts";

/** How far into the body a dateline may open the report. */
const DATELINE_REACH = 2000;

/**
 * The offset where the report begins: at its dateline, dated or not ("GEORGETOWN, Guyana — "
 * after a teaser that repeats the report; "LIMA, PERU: …" after a deck and summary bullets), else
 * at the first paragraph of prose after the headline or, with none found, the body's start.
 */
export function reportStart(doc: ArticleDoc, gazetteer: Gazetteer, bullets: ReadonlySet<string> = new Set()): number {
  const dateline = datelinesNear(doc.article.raw, doc.article.bodyStart, DATELINE_REACH)[0]?.start;
  const colon = colonDatelineNear(doc.article.raw, doc.article.bodyStart, DATELINE_REACH, gazetteer);
  if (dateline !== undefined || colon !== undefined) return Math.min(dateline ?? Infinity, colon ?? Infinity);
  const title = doc.meta.title.trim();
  const headline = title ? doc.sentences.slice(0, 2).find((s) => s.text.trim() && title.includes(s.text.trim())) : undefined;
  const isBullet = (line: string) => bullets.has(line.trim().charAt(0));
  // Under the headline, a deck, summary bullets ("• Seoul says 3,000 troops …") or a caption are
  // a teaser too: the report begins at the first paragraph of prose.
  return firstProseParagraph(doc.article.raw, headline?.end ?? doc.article.bodyStart, isBullet);
}

/** Words a paragraph needs to be the report's prose rather than a headline, a byline or a menu. */
const PROSE_WORDS = 8;

/**
 * Where the first paragraph of prose begins: one of some length that ends a sentence. A page
 * without front matter opens with its headline, a date or menu words, which end in no stop.
 */
function firstProseParagraph(raw: string, from: number, isBullet: (line: string) => boolean): number {
  // A paragraph, not a line: a hard-wrapped report's first lines end in no stop ("Iran's media
  // reported missile / attacks on two bases …").
  for (const [start, end] of paragraphs(raw, from)) {
    const text = raw.slice(start, end).trim();
    if (!isBullet(text) && isProse(text) && !titleCase(text)) return start;
  }
  return from;
}

/** Share of capitalised words of four letters or more that makes a line Title Case, a headline, though it ends in a stop. */
const TITLE_SHARE = 0.85;
/** Such words a Title Case line needs, so that a short prose line of names is not one. */
const TITLE_WORDS = 8;

/**
 * A headline written in Title Case, though it ends in a stop ("Fact Check: Trump Is Right,
 * 'Thousands of Shootings' in Chicago this Year."): one line, most of its longer words capitalised
 * (Title Case leaves short words of grammar in lower case).
 */
function titleCase(text: string): boolean {
  if (text.includes("\n")) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "")).filter((w) => /^\p{L}{4}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= TITLE_WORDS && capitalised / words.length >= TITLE_SHARE;
}

/** Whether a paragraph is prose: of some length, ending a sentence (a headline, a byline or a menu is not). */
export function isProse(text: string): boolean {
  return /[.!?]["”’)]?$/.test(text.trim()) && text.trim().split(/\s+/).length >= PROSE_WORDS;
}
