/**
 * One article per row of a feed (a news database's export, a wire feed): the keys or
 * columns `id`, `title`, `outlet`, `url`, `published` and `text`, checked field by field,
 * so that a bad row is refused with the file, its line and the field.
 *
 * The text is the row's `text` as given (CSV quoting undone), and the offsets of the
 * tables point into it. Other keys or columns are left aside.
 */
import { basename } from "node:path";
import { z } from "zod";
import { InputError } from "../errors.ts";
import { isRealDate, stripUndefined, type Article, type StatedMeta } from "../source-file.ts";
import { webAddress } from "./_page-metadata.ts";

/** An id that is safe as a file name and in a web address (the source pages are /sources/<id>). */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A suggestion for an unsafe id: its letters and digits joined by hyphens. */
export function safeIdFor(id: string): string {
  return id.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+|-+$/g, "").slice(0, 100) || "article-1";
}

const empty = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (empty(value) ? undefined : value), schema.optional());
const oneLine = z.string().transform((value) => value.replace(/\s+/g, " ").trim());

const rowSchema = z.object({
  id: z
    .union([z.string(), z.number().int().nonnegative()])
    .transform((value) => String(value).trim())
    .refine((id) => id !== "", { message: "is missing: every row needs an id" })
    .refine((id) => SAFE_ID.test(id), {
      error: (issue) => `"${String(issue.input)}" is not a safe id: use letters, digits, ".", "_" and "-", starting with a letter or digit, at most 100 characters (it names the article's page), e.g. "${safeIdFor(String(issue.input))}"`,
    }),
  title: optional(oneLine),
  outlet: optional(oneLine),
  url: optional(z.string().refine((url) => webAddress(url.trim()) !== undefined, { message: "must be an http:// or https:// address" })),
  published: optional(
    z
      .string()
      .transform((value) => value.trim())
      .refine((value) => /^\d{4}-\d{2}-\d{2}(?:$|[T ]\d)/.test(value) && isRealDate(value.slice(0, 10)), { message: "must be a date written YYYY-MM-DD (or a timestamp beginning so)" }),
  ),
  text: z.string({ error: "is missing: every row needs the article's text" }).refine((text) => text.trim() !== "", { message: "is empty: every row needs the article's text" }),
});

/** The article of one row, or an InputError naming the file, the line and the field. */
export function feedArticle(file: string, line: number, record: unknown): Article {
  if (typeof record !== "object" || record === null || Array.isArray(record)) throw new InputError(file, line, "a row must be an object of `id`, `title`, `outlet`, `url`, `published` and `text`");
  const parsed = rowSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? "");
    const value = (record as Record<string, unknown>)[field];
    const message = issue.code === "invalid_type" && (value === undefined || value === null) ? "is missing: every row needs it" : issue.code === "invalid_type" ? "must be text" : issue.message;
    throw new InputError(file, line, `field \`${field}\` ${message}`);
  }
  const { id, title, outlet, url, published, text } = parsed.data;
  const meta: StatedMeta = stripUndefined({ title, outlet, url: url?.trim(), published: published?.slice(0, 10) });
  if (published) {
    meta.publishedSource = "feed";
    meta.publishedNote = `Field \`published\` "${published}" of ${basename(file)}, line ${line}`;
  }
  return { id, file, raw: text, meta, bodyStart: 0, line };
}
