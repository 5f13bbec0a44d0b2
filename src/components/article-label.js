// How a page names an article to a reader: by its outlet and the day it was published
// ("Reuters, 24 June 2024"), as a citation does, rather than by its id. No imports, so the
// source page, the timeline and the tests can all use it.

/** A date (Date or "YYYY-MM-DD…") as "24 June 2024"; "" when there is none. */
export function longDate(d) {
  const s = d instanceof Date ? (isNaN(d) ? "" : d.toISOString().slice(0, 10)) : String(d ?? "").slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return "";
  return new Date(`${s}T00:00:00Z`).toLocaleDateString("en-GB", {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"});
}

/** "Reuters, 24 June 2024"; "Outlet unknown, 24 June 2024"; "Reuters, date unknown". */
export function articleLabel(article) {
  const outlet = String(article?.outlet ?? "").trim() || "Outlet unknown";
  return `${outlet}, ${longDate(article?.published) || "date unknown"}`;
}

/** The article's headline, else its outlet and date: the name a page's heading gives it. */
export function articleHeading(article) {
  const title = String(article?.title ?? "").trim();
  return title || articleLabel(article);
}

/**
 * Each article's label, told apart from the others: where several articles share an outlet
 * and a day, one with a headline of its own adds it, and one without says it is one of
 * several that day, so that two lines citing "Reuters, 24 June 2024" never read as one
 * article's line repeated. A Map from article_id to label.
 */
export function articleLabels(articles) {
  const groups = new Map();
  for (const article of articles) {
    const label = articleLabel(article);
    groups.set(label, [...(groups.get(label) ?? []), article]);
  }
  const title = (a) => String(a?.title ?? "").trim();
  const labels = new Map();
  for (const [label, group] of groups) {
    for (const article of group) {
      const own = title(article) && group.filter((b) => title(b) === title(article)).length === 1;
      labels.set(article.article_id, group.length === 1 ? label : own ? `${label}, “${title(article)}”` : `${label}, one of ${group.length} articles that day`);
    }
  }
  return labels;
}
