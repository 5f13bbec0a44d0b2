// Amounts grouped for the quantities chart: the same amount, item and claimant in several
// articles is one dot. Plain functions over rows with no import, so that the pages and the
// build (loaders/explainer.ts, which groups the explainer's amounts ahead of time) share them.

/** Dots above which each dot no longer gets its own label. */
const MAX_LABELLED = 150;

const format = (value) => {
  const n = Number(value);
  if (n >= 1e9) return `${+(n / 1e9).toPrecision(3)} billion`;
  if (n >= 1e6) return `${+(n / 1e6).toPrecision(3)} million`;
  return n.toLocaleString("en-US");
};

/** The amount as a label: "millions" for "millions of shells", never the "1 million" the table stores for it. */
function written(q) {
  if (!/\d/.test(q.text)) return q.text.slice(0, q.text.length - (q.item && q.text.endsWith(q.item) ? q.item.length : 0)).replace(/\s+of\s*$/i, "").trim() || q.text;
  return `${format(q.value)}${q.value_max ? `–${format(q.value_max)}` : ""}`;
}

/** What a row counts, as the chart's row label: "artillery shells (shells)". */
export function countedLabel(q) {
  const item = q.item || q.unit;
  return q.unit && q.unit !== item && !String(item).endsWith(q.unit) ? `${item} (${q.unit})` : item;
}

/** Who a dot is labelled with: the claimant, else the outlet that printed it. */
function source(q, outlets) {
  if (q.attributed_to) return q.attributed_to;
  const outlet = outlets.get(q.article_id);
  return outlet ? `${outlet} (no claimant named)` : "no claimant named";
}

/**
 * One dot per claimed amount: the same amount, item and claimant in several articles is one
 * dot that says how many articles carry it, so repeated reports do not hide one another.
 */
export function groupAmounts(quantities, articles = [], {byClaimant = true} = {}) {
  const outlets = new Map(articles.map((a) => [a.article_id, a.outlet]));
  const groups = new Map();
  for (const q of quantities.filter((q) => Number(q.value) > 0)) {
    const key = [countedLabel(q), q.value, q.value_max ?? "", byClaimant ? q.attributed_to ?? "" : ""].join("|");
    const group = groups.get(key) ?? {...q, counted: countedLabel(q), source: source(q, outlets), rows: []};
    group.rows.push(q);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    // Articles, not rows: an article may give the same amount for two items of one kind.
    const articles = new Set(g.rows.map((r) => r.article_id)).size;
    return {
      ...g,
      articles,
      label: `${written(g)} · ${byClaimant ? g.source : `${new Set(g.rows.map((r) => r.attributed_to || "unnamed")).size} claimants`}${articles > 1 ? ` · ${articles} articles` : ""}`,
      tooltip: [
        `${g.text}`,
        `${g.bound === "exact" ? "" : `${g.bound.replace("_", " ")} · `}${g.unit} · ${g.category}`,
        `Claimed by: ${byClaimant ? g.attributed_to || "not named" : [...new Set(g.rows.map((r) => r.attributed_to || "not named"))].slice(0, 8).join("; ")}`,
        // A tooltip of a few sentences; the table has them all.
        ...g.rows.slice(0, 6).map((r) => `${r.article_id}: “${r.evidence}”`),
        ...(g.rows.length > 6 ? [`… and ${g.rows.length - 6} more`] : [])
      ].join("\n")
    };
  });
}

/** Fields of a group the chart reads: a group of the explainer's data is these and no more. */
const CHART_FIELDS = ["counted", "category", "value", "value_max", "articles", "label", "tooltip"];

/**
 * The dots of the chart: one per amount and claimant, or past MAX_LABELLED of them one per
 * amount (whoever claims it), sized by the articles that carry it (`crowded`: only each
 * row's largest amount is then labelled, labels on every dot overlap).
 */
export function amountGroups(quantities, articles = []) {
  let groups = groupAmounts(quantities, articles);
  const crowded = groups.length > MAX_LABELLED;
  if (crowded) groups = groupAmounts(quantities, articles, {byClaimant: false});
  const rows = groups.map((g) => Object.fromEntries(CHART_FIELDS.map((f) => [f, g[f] ?? null])));
  return {rows, crowded};
}
