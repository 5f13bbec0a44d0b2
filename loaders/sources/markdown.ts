/**
 * Markdown articles (`.md`): read as stored, like plain text (a `# ` headline is read as
 * the title), with optional YAML front matter. The markup stays in the text, so offsets
 * point into the file as written.
 */
import { decodeArticle, parseArticle, type SourceKind } from "../source-file.ts";

export const sourceKind: SourceKind = {
  name: "Markdown article",
  extensions: [".md", ".markdown"],
  read: (file, bytes) => [parseArticle(file, decodeArticle(file, bytes))],
};
