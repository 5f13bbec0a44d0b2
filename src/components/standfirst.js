// The standfirst's account of the corpus ("What 5 news articles from AFP, AP, Reuters and
// Yonhap, published between November 2022 and June 2024, say"), true for any corpus: one
// article or thousands, outlets known or not, dates known or not. No npm: imports, so the
// tests can run it.
import {listing} from "./prose-names.js";

const MAX_OUTLETS_NAMED = 5;

const month = (d) => {
  const s = String(d ?? "").slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(s)
    ? new Date(`${s}T00:00:00Z`).toLocaleDateString("en-GB", {month: "long", year: "numeric", timeZone: "UTC"})
    : "";
};

/** From explainer.articles ({count, outlets, first, last}): the words before "about the weapons…". */
export function corpusIntro({count = 0, outlets = [], first = "", last = ""} = {}) {
  const articles = count === 1 ? "one news article" : `${count.toLocaleString("en-US")} news articles`;
  const from = !outlets.length
    ? ""
    : outlets.length <= MAX_OUTLETS_NAMED
      ? ` from ${listing(outlets)}`
      : ` from ${outlets.length.toLocaleString("en-US")} outlets`;
  const [start, end] = [month(first), month(last)];
  const when = !start ? "" : start === end || !end ? `, published in ${start},` : `, published between ${start} and ${end},`;
  return `What ${articles}${from}${when} ${count === 1 ? "says" : "say"}`;
}
