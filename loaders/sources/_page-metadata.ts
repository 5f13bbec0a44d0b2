/**
 * A saved web page's metadata: from its JSON-LD NewsArticle (headline, datePublished,
 * publisher) first, then OpenGraph and other <meta> tags. Each value says where it came
 * from, so that the articles table can say how the date was found.
 */
import { isRealDate } from "../source-file.ts";

export interface Found {
  value: string;
  /** Where the value was read, for the published_note: "JSON-LD NewsArticle `datePublished` …". */
  from: string;
}

export interface PageMetadata {
  title?: Found;
  outlet?: Found;
  url?: Found;
  published?: Found;
}

/** schema.org types that are an article (NewsArticle and its subtypes, and their kin). */
const ARTICLE_TYPE = /^(?:(?:Analysis|Background|Opinion|Reportage|Review|AskPublicEditor)?NewsArticle|Article|Report|BlogPosting|LiveBlogPosting|SatiricalArticle)$/;

/** <meta> tags in the order they are trusted: [attribute, its value, what the tag gives]. */
const META_TAGS: Array<[string, string, keyof PageMetadata]> = [
  ["property", "og:title", "title"],
  ["name", "twitter:title", "title"],
  ["property", "og:site_name", "outlet"],
  ["name", "application-name", "outlet"],
  ["property", "og:url", "url"],
  ["property", "article:published_time", "published"],
  ["itemprop", "datePublished", "published"],
  ["name", "date", "published"],
  ["name", "pubdate", "published"],
  ["name", "publish-date", "published"],
  ["name", "citation_publication_date", "published"],
  ["name", "dc.date", "published"],
];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every object of a JSON-LD value, arrays and `@graph`s unfolded. */
function jsonLdNodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (!isObject(value)) return [];
  return [value, ...jsonLdNodes(value["@graph"])];
}

const typesOf = (node: Json) => (Array.isArray(node["@type"]) ? node["@type"] : [node["@type"]]).map(String);

/** The first article node of the page's JSON-LD scripts; a script that is not JSON is passed over. */
export function jsonLdArticle(document: Document): Json | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const article = jsonLdNodes(parsed).find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
    if (article) return article;
  }
  return undefined;
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.replace(/\s+/g, " ").trim() : undefined);
const nameOf = (value: unknown): string | undefined => (Array.isArray(value) ? nameOf(value[0]) : isObject(value) ? text(value.name) : text(value));
const idOf = (value: unknown): string | undefined => (isObject(value) ? text(value["@id"]) ?? text(value.url) : text(value));

/** A web address a reader can follow: http or https only (never `javascript:` or `data:`). */
export function webAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The day of a date or timestamp as written ("2024-10-14T07:30:00+09:00" → 2024-10-14, the publisher's own day). */
export function dayOf(value: string | undefined): string | undefined {
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)/.exec(value ?? "")?.[1];
  return day && isRealDate(day) ? day : undefined;
}

/** What the page's JSON-LD article says of itself. */
function fromJsonLd(article: Json | undefined): PageMetadata {
  if (!article) return {};
  const type = typesOf(article).find((t) => ARTICLE_TYPE.test(t));
  const found = (value: string | undefined, field: string): Found | undefined => (value ? { value, from: `JSON-LD ${type} \`${field}\`` } : undefined);
  const published = text(article.datePublished);
  return {
    title: found(text(article.headline) ?? text(article.name), "headline"),
    outlet: found(nameOf(article.publisher), "publisher"),
    url: found(webAddress(text(article.url) ?? idOf(article.mainEntityOfPage)), "url"),
    published: dayOf(published) ? { value: dayOf(published)!, from: `JSON-LD ${type} \`datePublished\` "${published}"` } : undefined,
  };
}

/** What the page's <meta> tags (OpenGraph and others) and canonical link say. */
function fromMetaTags(document: Document): PageMetadata {
  const found: PageMetadata = {};
  for (const [attribute, name, field] of META_TAGS) {
    if (found[field]) continue;
    for (const meta of document.querySelectorAll(`meta[${attribute}]`)) {
      if (meta.getAttribute(attribute)?.toLowerCase() !== name.toLowerCase()) continue;
      const content = text(meta.getAttribute("content"));
      const value = field === "published" ? dayOf(content) : field === "url" ? webAddress(content) : content;
      if (value) found[field] = { value, from: field === "published" ? `<meta ${attribute}="${name}"> "${content}"` : `<meta ${attribute}="${name}">` };
      if (value) break;
    }
  }
  const canonical = webAddress(text(document.querySelector('link[rel="canonical"]')?.getAttribute("href")));
  if (!found.url && canonical) found.url = { value: canonical, from: '<link rel="canonical">' };
  return found;
}

/** The page's metadata, JSON-LD before <meta> tags, field by field. */
export function pageMetadata(document: Document): PageMetadata {
  const jsonLd = fromJsonLd(jsonLdArticle(document));
  const tags = fromMetaTags(document);
  return {
    title: jsonLd.title ?? tags.title,
    outlet: jsonLd.outlet ?? tags.outlet,
    url: jsonLd.url ?? tags.url,
    published: jsonLd.published ?? tags.published,
  };
}
