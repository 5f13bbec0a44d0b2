/**
 * A small static server for the built site: serves dist/ on 127.0.0.1 with Framework's
 * clean URLs (`/data` → data.html, `/sources/` → sources/index.html, `/sources` →
 * redirect to `/sources/`). Used by the browser tests and scripts/page-weight.ts.
 *
 *   const site = await serveDist("dist");   // site.url = "http://127.0.0.1:PORT"
 *   …
 *   await site.close();
 */
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, relative, resolve, sep } from "node:path";

export interface Site {
  /** Origin without trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  root: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".zip": "application/zip",
};

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The file a URL path names under root, with Framework's clean URLs; "redirect" for a folder without slash. */
export function resolvePath(root: string, urlPath: string): string | "redirect" | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  const target = resolve(root, `.${path}`);
  if (target !== root && !target.startsWith(root + sep)) return null; // outside root
  if (path.endsWith("/")) return isFile(join(target, "index.html")) ? join(target, "index.html") : null;
  if (isFile(target)) return target;
  if (isFile(`${target}.html`)) return `${target}.html`;
  if (existsSync(target) && statSync(target).isDirectory() && isFile(join(target, "index.html"))) return "redirect";
  return null;
}

export async function serveDist(dir: string): Promise<Site> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolvePath(root, url.pathname);
    if (file === "redirect") {
      res.writeHead(302, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!file) {
      const notFound = join(root, "404.html");
      res.writeHead(404, { "Content-Type": isFile(notFound) ? TYPES[".html"] : TYPES[".txt"] });
      if (req.method === "HEAD") res.end();
      else if (isFile(notFound)) createReadStream(notFound).pipe(res);
      else res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": statSync(file).size,
      "Cache-Control": "no-store",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Every page of a built site, as the clean URL path Framework links it by ("/", "/data", "/sources/", "/sources/x"). */
export function sitePages(dir: string): string[] {
  const root = resolve(dir);
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const path = join(d, e.name);
      if (e.isDirectory()) return e.name.startsWith("_") ? [] : walk(path);
      return e.name.endsWith(".html") && e.name !== "404.html" ? [path] : [];
    });
  return walk(root)
    .map((file) => {
      const rel = relative(root, file).split(sep).join("/");
      if (rel === "index.html") return "/";
      if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
      return `/${rel.slice(0, -".html".length)}`;
    })
    .sort((a, b) => (a === "/" ? -1 : b === "/" ? 1 : a.localeCompare(b)));
}

/** A file-name-safe name for a page path: "/" → "index", "/sources/x" → "sources-x", "/sources/" → "sources-index". */
export function pageSlug(path: string): string {
  if (path === "/") return "index";
  return (path.endsWith("/") ? `${path}index` : path).replace(/^\//, "").replace(/[^\w.-]+/g, "-");
}
