/**
 * The data dictionary and a Frictionless Data Package (`datapackage.json`) describing
 * every published table: fields with types and meanings, primary keys, and foreign keys
 * to the articles table.
 */
import { TABLE_SPECS, type TableName, type TableSpec, type Tables } from "./tables.ts";

export type FieldType = "string" | "integer" | "number" | "date";

export interface FieldDoc {
  type: FieldType;
  description: string;
  /** Allowed values, for enumerations. */
  enum?: string[];
}

const span = (what: string): Record<string, FieldDoc> => ({
  evidence: { type: "string", description: "The whole sentence the row stands in, as written." },
  char_start: { type: "integer", description: `Offset where ${what} starts in the article file's raw text (0-based, UTF-16 code units).` },
  char_end: { type: "integer", description: `Offset where ${what} ends (exclusive), so that raw.slice(char_start, char_end) is ${what}.` },
  corrected: { type: "string", description: "The reason of an editorial correction applied to this row, else empty." },
});

const CODE = "ISO 3166-1 alpha-3 code of a state, or UN, UNSC, NATO, EU; several joined with ';' in the order named.";

/** What each column means, by table. Columns not listed here are described as unknown. */
export const FIELD_DOCS: Record<string, Record<string, FieldDoc>> = {
  articles: {
    article_id: { type: "string", description: "Stable id: the article's file name without extension." },
    title: { type: "string", description: "The headline where the text has one, else empty." },
    outlet: { type: "string", description: "Who published or signed the article, from front matter or a signature such as '(Yonhap)' or '— AFP'." },
    published: { type: "date", description: "Publication date." },
    published_basis: { type: "string", description: "Where the date comes from: metadata (front matter or a date line), inferred (from the text), or unknown.", enum: ["metadata", "inferred", "unknown"] },
    published_note: { type: "string", description: "How the publication date was found." },
    url: { type: "string", description: "The article's address, when its front matter gives one." },
    file: { type: "string", description: "The source file's name in data/articles/." },
    sentences: { type: "integer", description: "Number of sentences found in the article." },
    characters: { type: "integer", description: "Length of the raw text in UTF-16 code units." },
  },
  quantities: {
    quantity_id: { type: "string", description: "Stable id: q-, the article id and the offset of the amount." },
    article_id: { type: "string", description: "The article the amount stands in." },
    text: { type: "string", description: "The amount as written, e.g. 'about 1.6 million artillery shells'." },
    value: { type: "number", description: "The number, expanded (1.6 million → 1600000); a lower bound for 'millions of'." },
    value_max: { type: "number", description: "Upper end of a range, else empty." },
    bound: { type: "string", description: "How the number is hedged.", enum: ["exact", "approx", "at_least", "at_most"] },
    unit: { type: "string", description: "What one unit is: shells, metric tons, USD, troops, containers …" },
    item: { type: "string", description: "What is counted or weighed, as a short noun phrase." },
    category: { type: "string", description: "Kind of amount.", enum: ["munitions", "mass", "money", "personnel", "count", "distance", "other"] },
    attributed_to: { type: "string", description: "Who makes the claim when the sentence says, else empty." },
    change: { type: "string", description: "up or down when the amount is a change ('rose 5,000 tons', 'fell by $2 billion'), else empty.", enum: ["", "up", "down"] },
    period_start: { type: "date", description: "First day of the period the amount covers, when stated." },
    period_end: { type: "date", description: "Last day of that period." },
    ...span("the amount's text"),
  },
  statements: {
    statement_id: { type: "string", description: "Stable id: s-, the article id and the offset of the quote." },
    article_id: { type: "string", description: "The article the statement stands in." },
    speaker: { type: "string", description: "The speaker's fullest name in the article, the body, or the description of an anonymous speaker." },
    speaker_role: { type: "string", description: "Title or role when given." },
    speaker_country: { type: "string", description: `Whom the speaker speaks for: ${CODE} Empty for media and analysts.` },
    quote: { type: "string", description: "The words quoted (direct) or the reported clause (indirect, mixed); fragments joined with ' … '." },
    kind: { type: "string", description: "Direct quote, indirect (reported) speech, or both.", enum: ["direct", "indirect", "mixed"] },
    stance: { type: "string", description: "What the statement does.", enum: ["accuse", "deny", "condemn", "warn", "threaten", "support", "confirm", "other"] },
    target: { type: "string", description: `Whom the statement is about or aimed at, when clear: ${CODE}` },
    date: { type: "date", description: "When it was said, when the article says or implies it." },
    date_precision: { type: "string", description: "How precise the date is.", enum: ["day", "week", "month", "year"] },
    via: { type: "string", description: "The channel when stated: KCNA, state media, a press briefing …" },
    ...span("the quote or reported clause"),
  },
  events: {
    event_id: { type: "string", description: "Stable id: e-, the article id and the offset of the evidence sentence." },
    article_id: { type: "string", description: "The article the event stands in." },
    date: { type: "date", description: "When it happened, as the first day of its precision (the week's Monday, the month's 1st)." },
    date_end: { type: "date", description: "End of a range where the article gives one." },
    date_precision: { type: "string", description: "How precise the date is.", enum: ["day", "week", "month", "year"] },
    date_text: { type: "string", description: "The words that gave the date ('last week', 'in July')." },
    event_type: { type: "string", description: "PLOVER top-level event type.", enum: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"] },
    event_mode: { type: "string", description: "Finer kind of event: military, visit, summit, treaty, missile test …" },
    actor: { type: "string", description: `Who acts: ${CODE}` },
    target: { type: "string", description: `Whom it is aimed at, when any: ${CODE}` },
    status: { type: "string", description: "Whether it happened.", enum: ["occurred", "planned", "alleged", "denied"] },
    location: { type: "string", description: "Place named for the event, else empty." },
    summary: { type: "string", description: "One short line in plain words." },
    ...span("the evidence sentence"),
    date_basis: { type: "string", description: "Where the date comes from: the event's own sentence, the context of the occasion it continues, or none.", enum: ["sentence", "context", "none"] },
    mentions: { type: "integer", description: "How many mentions in the article were merged into this one event." },
    rule: { type: "string", description: "The entry of data/event-verbs.yaml that coded the event, for review." },
  },
  claims: {
    claim_id: { type: "string", description: "Stable id of a claim, derived from what it groups." },
    kind: { type: "string", description: "What the claim groups: quantities, events or statements.", enum: ["quantity", "event", "statement"] },
    key: { type: "string", description: "What the grouped rows share: the amount and unit, the event type and parties, or the speaker and words." },
    summary: { type: "string", description: "The claim in one line." },
    articles: { type: "integer", description: "Number of distinct articles that report it." },
    outlets: { type: "integer", description: "Number of distinct outlets among those articles (an article without an outlet counts as one)." },
    outlet_names: { type: "string", description: "The outlets, joined with ';'." },
    article_ids: { type: "string", description: "The articles, joined with ';'." },
    row_ids: { type: "string", description: "The ids of the grouped rows, joined with ';'." },
    first_reported: { type: "date", description: "Publication date of the earliest article that reports it." },
    last_reported: { type: "date", description: "Publication date of the latest article that reports it." },
    date: { type: "date", description: "The date the claim is about, when its rows give one." },
    corroborated: { type: "string", description: "yes: two or more named outlets; same outlet: several articles from one named outlet; outlet unknown: several articles, fewer than two outlets named and some article naming none, so their independence is unknown; no: a single report.", enum: ["yes", "same outlet", "outlet unknown", "no"] },
  },
  corrections: {
    table: { type: "string", description: "The table the correction applies to." },
    row_id: { type: "string", description: "The id of the corrected row." },
    action: { type: "string", description: "Whether values were set or the row dropped.", enum: ["set", "drop"] },
    change: { type: "string", description: "What changed." },
    reason: { type: "string", description: "Why, in the editor's words." },
    status: { type: "string", description: "Whether the correction matched a row.", enum: ["applied", "unmatched"] },
    line: { type: "integer", description: "Line of the correction in data/corrections.yaml." },
  },
};

/** The type and meaning of a column, with a fallback that reads the column's name. */
export function fieldDoc(table: string, column: string): FieldDoc {
  const doc = FIELD_DOCS[table]?.[column];
  if (doc) return doc;
  const numeric = (TABLE_SPECS as Record<string, { numeric: ReadonlySet<string> }>)[table]?.numeric.has(column);
  return { type: numeric ? "number" : "string", description: column.replace(/_/g, " ") };
}

export interface DataDictionaryRow {
  table: string;
  column: string;
  type: FieldType;
  description: string;
  example: string;
  contract: boolean;
}

/** Contract columns of the annotation guide, by table, which the data dictionary marks. */
export const CONTRACT_COLUMNS: Record<string, string[]> = {
  articles: ["article_id", "title", "outlet", "published", "published_basis"],
  quantities: ["quantity_id", "article_id", "text", "value", "value_max", "bound", "unit", "item", "category", "attributed_to", "period_start", "period_end", "evidence", "char_start", "char_end"],
  statements: ["statement_id", "article_id", "speaker", "speaker_role", "speaker_country", "quote", "kind", "stance", "target", "date", "date_precision", "via", "evidence", "char_start", "char_end"],
  events: ["event_id", "article_id", "date", "date_end", "date_precision", "date_text", "event_type", "event_mode", "actor", "target", "status", "location", "summary", "evidence", "char_start", "char_end"],
};

/** One row per column of every table: type, meaning and an example value from the data. */
export function dataDictionary(tables: Tables): DataDictionaryRow[] {
  return Object.values(TABLE_SPECS).flatMap((spec) => {
    const rows = (tables as unknown as Record<string, Array<Record<string, unknown>>>)[spec.name] ?? [];
    return spec.columns.map((column) => {
      const doc = fieldDoc(spec.name, column);
      const example = rows.map((row) => row[column]).find((v) => v !== "" && v !== undefined && v !== null);
      return { table: spec.name, column, type: doc.type, description: doc.description, example: example === undefined ? "" : String(example).slice(0, 80), contract: CONTRACT_COLUMNS[spec.name]?.includes(column) ?? false };
    });
  });
}

/** A Frictionless Data Package describing the CSV files, for analysts' tools. */
export function dataPackage(tables: Tables, published = ""): Record<string, unknown> {
  const resources = (Object.values(TABLE_SPECS) as TableSpec[]).map((spec) => {
    const schema: Record<string, unknown> = {
      fields: spec.columns.map((column) => {
        const doc = fieldDoc(spec.name, column);
        return { name: column, type: doc.type, description: doc.description, ...(doc.enum ? { constraints: { enum: doc.enum } } : {}) };
      }),
      missingValues: [""],
    };
    if (spec.id) schema.primaryKey = [spec.id];
    if (spec.name !== "articles" && spec.columns.includes("article_id")) {
      schema.foreignKeys = [{ fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } }];
    }
    return {
      name: spec.name,
      path: `${spec.name}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      description: spec.description,
      rows: ((tables as unknown as Record<string, unknown[]>)[spec.name] ?? []).length,
      schema,
    };
  });
  return {
    profile: "tabular-data-package",
    name: "north-korea-arms-russia",
    title: "North Korea's arms for Russia: tables extracted from news articles",
    description: "Articles, quantities, statements and events extracted from news articles with their provenance (article, sentence, character offsets).",
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    ...(published ? { created: published } : {}),
    resources,
  };
}

export type { TableName };
