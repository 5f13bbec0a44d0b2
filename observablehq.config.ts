// Observable Framework configuration: the data story's pages and theme.
import { readFileSync } from "node:fs";
import { listArticleIds } from "./loaders/corpus.ts";

/**
 * The source pages: Framework builds one, for the first article, and scripts/build-site.ts
 * copies it to /sources/<id> for every other article (scripts/source-pages.ts): the page
 * reads its article from its address, so one parse serves 10,000 articles, where a page
 * per article cost Framework about 150 ms each. `npm run dev` serves /sources/<id> for any
 * id from src/sources/[id].md. The articles are listed as `extract` lists them; a folder
 * holding a file it refuses gets no source page here, and the data loaders stop the build
 * with that file's error line.
 */
function sourcePaths(): string[] {
  try {
    return listArticleIds(process.env.ARMS_ARTICLES_DIR ?? "data/articles")
      .slice(0, 1)
      .map((id) => `/sources/${id}`);
  } catch {
    return [];
  }
}

export default {
  title: "North Korea's arms for Russia",
  root: "src",
  // ARMS_SITE_OUTPUT builds elsewhere, e.g. a test build over other articles (ARMS_ARTICLES_DIR).
  output: process.env.ARMS_SITE_OUTPUT ?? "dist",
  theme: ["air", "near-midnight"],
  pages: [
    { name: "The story", path: "/" },
    {
      name: "Explore the tables",
      open: true,
      pages: [
        { name: "Timeline", path: "/timeline" },
        { name: "Quantities", path: "/quantities" },
        { name: "Statements", path: "/statements" },
      ],
    },
    {
      name: "The sources",
      open: true,
      pages: [
        { name: "Source articles", path: "/sources/" },
        { name: "Articles table", path: "/articles" },
      ],
    },
    { name: "Data", path: "/data" },
    { name: "Query the tables", path: "/query" },
    { name: "Methodology", path: "/methodology" },
  ],
  dynamicPaths: sourcePaths,
  // DuckDB-WASM for the query page, served from node_modules (scripts/self-host-npm.ts). No
  // extensions: Framework would download them from extensions.duckdb.org at build time,
  // and the site builds offline; the page reads Parquet with hyparquet instead.
  duckdb: { extensions: { json: null, parquet: null } },
  footer: "Tables extracted from news articles; every row links back to its sentence.",
  search: false,
  // No web fonts from Google: the site must load with no request leaving its own host.
  globalStylesheets: [],
  // Accessibility fixes to the theme and page chrome (contrast, link underlines, lang, labels).
  head: readFileSync("src/components/site-head.html", "utf8"),
};
