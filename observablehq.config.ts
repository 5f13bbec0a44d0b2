// Observable Framework configuration: the data story's pages and theme.
export default {
  title: "North Korea's arms for Russia",
  root: "src",
  theme: ["air", "near-midnight"],
  pages: [
    { name: "Articles", path: "/articles" },
  ],
  footer: "Tables extracted from news articles; every row links back to its sentence.",
  search: false,
  // No web fonts from Google: the site must load with no request leaving its own host.
  globalStylesheets: [],
};
