/**
 * The tables' schema, written once: for each table its columns in order, each with its
 * type, its meaning, its allowed values and whether the annotation guide's contract names
 * it. The row types of the extractors, the CSV columns, the data dictionary, the data
 * package, Parquet's column types and the site's chart enums are all derived from here.
 */
import { z } from "zod";
import { PLOVER_TYPES } from "./plover.ts";

/** How a column is written and read: the data package's field types. */
export type FieldType = "string" | "integer" | "number" | "date";

export interface Column<S extends z.ZodType = z.ZodType> {
  schema: S;
  type: FieldType;
  description: string;
  /** Allowed values, for enumerations (an empty cell is always allowed: it is a missing value). */
  enum?: readonly string[];
  /** Whether ../shared/annotation-guide.md names the column (the public contract). */
  contract: boolean;
}

export const STANCES = ["accuse", "deny", "condemn", "warn", "threaten", "support", "confirm", "other"] as const;
export const EVENT_STATUSES = ["occurred", "planned", "alleged", "denied"] as const;
export const DATE_PRECISIONS = ["day", "week", "month", "year"] as const;
export const STATEMENT_KINDS = ["direct", "indirect", "mixed"] as const;
export const PUBLISHED_BASES = ["metadata", "inferred", "unknown"] as const;
export const BOUNDS = ["exact", "approx", "at_least", "at_most"] as const;
/**
 * What an amount counts or measures. The general reader gives every category; the table keeps
 * the material ones that data/quantity-nouns.yaml lists (`material`). The others: a share
 * ("19 percent"), a span of time ("three years"), a party already named or a single thing
 * ("the two sides", "one solution"), a measure the dictionaries do not sort ("7.3 points"),
 * a bare number ("around 73"), the page's own sources and media ("six sources"), and the parts
 * of what is said or argued ("three words", "two reasons", "five ways to save").
 */
export const CATEGORIES = ["munitions", "mass", "money", "personnel", "count", "distance", "other", "share", "time", "reference", "measure", "number", "reporting", "discourse"] as const;
export const CHANGES = ["", "up", "down"] as const;
export const DATE_BASES = ["sentence", "context", "none"] as const;
export const CLAIM_KINDS = ["quantity", "event", "statement"] as const;
export const CORROBORATION = ["yes", "same outlet", "outlet unknown", "no"] as const;
export const CORRECTION_ACTIONS = ["set", "drop"] as const;
export const CORRECTION_STATUSES = ["applied", "unmatched"] as const;

const column = <S extends z.ZodType>(schema: S, type: FieldType, description: string, values?: readonly string[]): Column<S> => ({ schema, type, description, contract: false, ...(values ? { enum: values } : {}) });
const text = (description: string) => column(z.string(), "string", description);
const date = (description: string) => column(z.string(), "date", description);
const integer = (description: string) => column(z.number().int(), "integer", description);
const oneOf = <T extends readonly [string, ...string[]]>(values: T, description: string) => column(z.enum(values), "string", description, values);
/** An enumeration whose cell may be empty (no date, no precision). */
const oneOfOrEmpty = <T extends readonly [string, ...string[]]>(values: T, description: string) => column(z.union([z.enum(values), z.literal("")]), "string", description, values);
/** The column as the annotation guide's contract names it. */
const contract = <S extends z.ZodType>(c: Column<S>): Column<S> => ({ ...c, contract: true });

/** Provenance: the sentence, the span and any editorial correction. */
const span = (what: string) => ({
  evidence: contract(text("The whole sentence the row stands in, as written.")),
  char_start: contract(integer(`Offset where ${what} starts in the article file's raw text (0-based, UTF-16 code units).`)),
  char_end: contract(integer(`Offset where ${what} ends (exclusive), so that raw.slice(char_start, char_end) is ${what}.`)),
});
/** Added by data/corrections.yaml, not by the extractors. */
const corrected = { schema: z.string().optional(), type: "string", description: "The reason of an editorial correction applied to this row, else empty.", contract: false } satisfies Column;

const CODE = "ISO 3166-1 alpha-3 code of a state, or UN, UNSC, NATO, EU; several joined with ';' in the order named.";

export interface TableSchema {
  name: string;
  /** The column the row ids live in. */
  id?: string;
  description: string;
  columns: Record<string, Column>;
}

const table = <C extends Record<string, Column>>(name: string, description: string, columns: C, id?: keyof C & string) => ({ name, description, columns, ...(id ? { id } : {}) });

export const ARTICLES = table("articles", "One row per source article.", {
  article_id: contract(text("Stable id: the article's file name without extension.")),
  title: contract(text("The headline where the text has one, else empty.")),
  outlet: contract(text("Who published or signed the article, from front matter or a signature such as '(Yonhap)' or '— AFP'.")),
  published: contract(date("Publication date.")),
  published_basis: contract(oneOf(PUBLISHED_BASES, "Where the date comes from: metadata (front matter or a date line), inferred (from the text), or unknown.")),
  published_note: text("How the publication date was found."),
  url: text("The article's address, when its metadata gives one: front matter, a saved page's canonical link or a feed's `url` field."),
  file: text("The source file's name in data/articles/."),
  sentences: integer("Number of sentences found in the article."),
  characters: integer("Length of the raw text in UTF-16 code units."),
}, "article_id");

export const QUANTITIES = table("quantities", "One row per number that counts or measures something material to the story.", {
  quantity_id: contract(text("Stable id: q-, the article id and the offset of the amount.")),
  article_id: contract(text("The article the amount stands in.")),
  text: contract(text("The amount as written, e.g. 'about 1.6 million artillery shells'.")),
  value: contract(column(z.number(), "number", "The number, expanded (1.6 million → 1600000); a lower bound for 'millions of'.")),
  value_max: contract(column(z.union([z.number(), z.literal("")]), "number", "Upper end of a range, else empty.")),
  bound: contract(oneOf(BOUNDS, "How the number is hedged.")),
  unit: contract(text("What one unit is: shells, metric tons, USD, troops, containers …")),
  item: contract(text("What is counted or weighed, as a short noun phrase.")),
  category: contract(oneOf(CATEGORIES, "Kind of amount; the table keeps the kinds data/quantity-nouns.yaml calls material.")),
  attributed_to: contract(text("Who makes the claim when the sentence says, else empty.")),
  period_start: contract(date("First day of the period the amount covers, when stated.")),
  period_end: contract(date("Last day of that period.")),
  ...span("the amount's text"),
  corrected,
  change: oneOf(CHANGES, "up or down when the amount is a change ('rose 5,000 tons', 'fell by $2 billion'), else empty."),
}, "quantity_id");

export const STATEMENTS = table("statements", "One row per act of speech or writing attributed to a speaker.", {
  statement_id: contract(text("Stable id: s-, the article id and the offset of the quote.")),
  article_id: contract(text("The article the statement stands in.")),
  speaker: contract(text("The speaker's fullest name in the article, the body, or the description of an anonymous speaker.")),
  speaker_role: contract(text("Title or role when given.")),
  speaker_country: contract(text(`Whom the speaker speaks for: ${CODE} Empty for media and analysts.`)),
  quote: contract(text("The words quoted (direct) or the reported clause (indirect, mixed); fragments joined with ' … '.")),
  kind: contract(oneOf(STATEMENT_KINDS, "Direct quote, indirect (reported) speech, or both.")),
  stance: contract(oneOf(STANCES, "What the statement does.")),
  target: contract(text(`Whom the statement is about or aimed at, when clear: ${CODE}`)),
  date: contract(date("When it was said, when the article says or implies it.")),
  date_precision: contract(oneOfOrEmpty(DATE_PRECISIONS, "How precise the date is.")),
  via: contract(text("The channel when stated: KCNA, state media, a press briefing …")),
  ...span("the quote or reported clause"),
  corrected,
}, "statement_id");

export const EVENTS = table("events", "One row per thing that happened, or was planned, alleged or denied, between actors.", {
  event_id: contract(text("Stable id: e-, the article id and the offset of the evidence sentence.")),
  article_id: contract(text("The article the event stands in.")),
  date: contract(date("When it happened, as the first day of its precision (the week's Monday, the month's 1st).")),
  date_end: contract(date("End of a range where the article gives one.")),
  date_precision: contract(oneOfOrEmpty(DATE_PRECISIONS, "How precise the date is.")),
  date_text: contract(text("The words that gave the date ('last week', 'in July').")),
  event_type: contract(oneOf(PLOVER_TYPES, "PLOVER top-level event type.")),
  event_mode: contract(text("Finer kind of event: military, visit, summit, treaty, missile test …")),
  actor: contract(text(`Who acts: ${CODE}`)),
  target: contract(text(`Whom it is aimed at, when any: ${CODE}`)),
  status: contract(oneOf(EVENT_STATUSES, "Whether it happened.")),
  location: contract(text("Place named for the event, else empty.")),
  summary: contract(text("One short line in plain words.")),
  ...span("the evidence sentence"),
  corrected,
  date_basis: oneOf(DATE_BASES, "Where the date comes from: the event's own sentence, the context of the occasion it continues, or none."),
  mentions: integer("How many mentions in the article were merged into this one event."),
  rule: text("The entry of data/event-verbs.yaml that coded the event, for review."),
}, "event_id");

export const CLAIMS = table("claims", "One row per thing reported, grouping the rows of different articles that tell it, with their number of articles and outlets.", {
  claim_id: text("Stable id of a claim, derived from what it groups."),
  kind: oneOf(CLAIM_KINDS, "What the claim groups: quantities, events or statements."),
  key: text("What the grouped rows share: the amount and unit, the event type and parties, or the speaker and words."),
  summary: text("The claim in one line."),
  articles: integer("Number of distinct articles that report it."),
  outlets: integer("Number of distinct outlets named by those articles; an article that names no outlet adds none (it may reprint a report already counted)."),
  outlet_names: text("The outlets, joined with ';'."),
  article_ids: text("The articles, joined with ';'."),
  row_ids: text("The ids of the grouped rows, joined with ';'."),
  first_reported: date("Publication date of the earliest article that reports it."),
  last_reported: date("Publication date of the latest article that reports it."),
  date: date("The date the claim is about, when its rows give one."),
  corroborated: oneOf(CORROBORATION, "yes: two or more named outlets; same outlet: several articles from one named outlet; outlet unknown: several articles, fewer than two outlets named and some article naming none, so their independence is unknown; no: a single report."),
}, "claim_id");

export const CORRECTIONS = table("corrections", "One row per editorial correction in data/corrections.yaml, and whether it matched a row.", {
  table: text("The table the correction applies to."),
  row_id: text("The id of the corrected row."),
  action: oneOf(CORRECTION_ACTIONS, "Whether values were set or the row dropped."),
  change: text("What changed."),
  reason: text("Why, in the editor's words."),
  status: oneOf(CORRECTION_STATUSES, "Whether the correction matched a row."),
  line: integer("Line of the correction in data/corrections.yaml."),
});

/** Every published table, in the order the site and the data package list them. */
export const SCHEMA = { articles: ARTICLES, quantities: QUANTITIES, statements: STATEMENTS, events: EVENTS, claims: CLAIMS, corrections: CORRECTIONS } satisfies Record<string, TableSchema>;

/** The row type of a table: one field per column, typed by its schema. */
export type RowOf<T extends { columns: Record<string, Column> }> = z.infer<z.ZodObject<{ [K in keyof T["columns"]]: T["columns"][K]["schema"] }>>;
