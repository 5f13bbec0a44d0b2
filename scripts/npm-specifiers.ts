/**
 * The `npm:` specifiers of Framework's client and of the pages, and where their packages are:
 * parsing a specifier as Framework does, the cache path Framework expects for it, and the
 * package's folder in node_modules. Read by scripts/self-host-npm.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, resolve } from "node:path";

/**
 * `npm:` specifiers that Framework maps to its own bundled modules (`builtins`
 * in framework/dist/resolvers.js): never requested from _npm/.
 */
export const FRAMEWORK_BUILTINS = [
  "@observablehq/runtime",
  "@observablehq/stdlib",
  "@observablehq/dot",
  "@observablehq/duckdb",
  "@observablehq/inputs",
  "@observablehq/mermaid",
  "@observablehq/tex",
  "@observablehq/sqlite"
];

export interface NpmSpecifier {
  name: string;
  range?: string;
  path?: string;
}

/** Same parsing as Framework's parseNpmSpecifier: "@a/b@1/c.js" → {name: "@a/b", range: "1", path: "c.js"}. */
export function parseNpmSpecifier(specifier: string): NpmSpecifier {
  const parts = specifier.split("/");
  const namerange = specifier.startsWith("@") ? [parts.shift(), parts.shift()].join("/") : parts.shift()!;
  const ranged = namerange.indexOf("@", 1);
  return {
    name: ranged > 0 ? namerange.slice(0, ranged) : namerange,
    range: ranged > 0 ? namerange.slice(ranged + 1) : undefined,
    path: parts.length > 0 ? parts.join("/") : undefined
  };
}

/** The package name of a bare import: "d3-array/src/x.js" → "d3-array"; relative or absolute paths → undefined. */
export function packageNameOf(specifier: string): string | undefined {
  if (/^(\.|\/|[a-z]+:)/i.test(specifier)) return undefined;
  const parts = specifier.split("/");
  if (specifier.startsWith("@")) return parts.length >= 2 && parts[1] ? `${parts[0]}/${parts[1]}` : undefined;
  return parts[0] || undefined;
}

/**
 * The path below `.observablehq/cache` where Framework expects `npm:name@version/path`
 * (mirrors resolveNpmImport in framework/dist/npm.js).
 */
export function npmCachePath(name: string, version: string, path = "+esm"): string {
  const file =
    posix.extname(path) || path === "" || path.endsWith("/")
      ? path
      : path === "+esm"
        ? "_esm.js"
        : path.replace(/(?:\/\+esm)?$/, "._esm.js");
  return `_npm/${name}@${version}/${file}`;
}

/** The specifier to import cache path `to` from the module at cache path `from`. */
export function relativeImport(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/** Every `npm:` specifier (without the prefix) found in quoted strings of the given source text. */
export function findNpmSpecifiers(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/["'`]npm:([^"'`\s]+)["'`]/g)) found.add(match[1]);
  return [...found];
}

/** Finds the directory of package `name` as Node would from `fromDir` (walking up node_modules). */
export function findPackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export function readVersion(packageDir: string): string {
  return JSON.parse(readFileSync(join(packageDir, "package.json"), "utf-8")).version;
}

export function listFiles(dir: string, accept: (file: string) => boolean, skip = (_: string) => false): string[] {
  const files: string[] = [];
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip(entry.name)) files.push(...listFiles(path, accept, skip));
    } else if (accept(path)) files.push(path);
  }
  return files;
}

/** Collects the `npm:` specifiers Framework may request: its client runtime and implicit imports, plus src/. */
export function collectSpecifiers(projectRoot: string, srcRoot: string): { framework: string[]; src: string[] } {
  const frameworkDir = findPackageDir("@observablehq/framework", projectRoot);
  if (!frameworkDir) throw new Error("@observablehq/framework is not installed");
  const dist = join(frameworkDir, "dist");
  const frameworkFiles = [...listFiles(join(dist, "client"), (f) => f.endsWith(".js")), join(dist, "libraries.js")];
  const framework = new Set<string>();
  for (const file of frameworkFiles) for (const s of findNpmSpecifiers(readFileSync(file, "utf-8"))) framework.add(s);
  const src = new Set<string>();
  const srcFiles = listFiles(
    srcRoot,
    (f) => /\.(md|html|[cm]?[jt]sx?)$/.test(f),
    (name) => name === ".observablehq" || name === "node_modules"
  );
  for (const file of srcFiles) for (const s of findNpmSpecifiers(readFileSync(file, "utf-8"))) src.add(s);
  return { framework: [...framework].sort(), src: [...src].sort() };
}
