/** Inputs the tests of the kinds of source share: an .eml kind an editor might write, a mail, a CSV feed. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SOURCES_DIR } from "../../loaders/source-kinds.ts";

/** The README's example: a kind of source for mail saved as `.eml`, the Subject as title, the body as text. */
export const EML_KIND = `
import { decodeArticle, articleId, type SourceKind } from "../source-file.ts";

export const sourceKind: SourceKind = {
  name: "saved e-mail",
  extensions: [".eml"],
  read(file, bytes) {
    const raw = decodeArticle(file, bytes);
    const headerEnd = raw.search(/\\r?\\n\\r?\\n/);
    const title = /^Subject: (.*)$/m.exec(raw.slice(0, headerEnd))?.[1];
    const bodyStart = headerEnd + (raw[headerEnd] === "\\r" ? 4 : 2);
    return [{ id: articleId(file), file, raw, meta: title ? { title } : {}, bodyStart }];
  },
};
`;

export const MAIL = "From: desk@example.org\nSubject: Shells cross the border\n\nNorth Korea sent 3,000 artillery shells to Russia in May, officials in Seoul said on Tuesday.\n";

/** Writes the .eml kind into loaders/sources/, as an editor would; the caller removes it. */
export function dropEmlKind(): string {
  const module = join(SOURCES_DIR, `zz-dropped-by-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}.ts`);
  writeFileSync(module, EML_KIND);
  return module;
}

export const ROW_TEXT = 'North Korea sent about 1,000 artillery shells to Russia, officials said on Monday.\r\nThe Kremlin called the report "baseless".';
export const CSV = [
  "id,title,outlet,url,published,text,section",
  `yon-1,"Shells, and more shells",Yonhap,https://news.example/a,2024-10-01T08:00:00+09:00,"${ROW_TEXT.replace(/"/g, '""')}",world`,
  "",
  "yon-2,,,,,Russia denied it on Tuesday. Officials in Kyiv disagreed.,",
].join("\n");

