/**
 * Where an article's report proper begins. Before it stand the headline and, on wire pages, a
 * teaser and photo captions above the dateline ("SEOUL, Jan. 13 (UPI) -- …"); they repeat what
 * the report says, more loosely ("1.6 Mil Artillery Shells"). An extractor that keeps one row
 * for a thing mentioned twice keeps the report's mention over the lead-in's.
 */
import { datelineDate } from "../articles.ts";
import type { ArticleDoc } from "../document.ts";

/** The offset where the report begins: after a dateline's lead-in, else after the headline, else the body's start. */
export function reportStart(doc: ArticleDoc): number {
  const dateline = datelineDate(doc.article);
  if (dateline) return dateline.at;
  const title = doc.meta.title.trim();
  const headline = title ? doc.sentences.slice(0, 2).find((s) => s.text.trim() && title.includes(s.text.trim())) : undefined;
  return headline ? headline.end : doc.article.bodyStart;
}
