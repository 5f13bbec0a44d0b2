import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { bundledModule } from "../loaders/worker-bundle.ts";

/** A module that imports another from a subfolder, each telling its own import.meta.url. */
function sources(): { entry: string; inner: string } {
  const dir = mkdtempSync(join(tmpdir(), "bundle-src-"));
  mkdirSync(join(dir, "sub"));
  const entry = join(dir, "entry.ts");
  const inner = join(dir, "sub", "inner.ts");
  writeFileSync(inner, `export const innerUrl: string = import.meta.url;\nexport const answer: number = 41;\n`);
  writeFileSync(entry, `import { answer, innerUrl } from "./sub/inner.ts";\nexport const entryUrl: string = import.meta.url;\nexport default (n: number): number => n + answer;\nexport { innerUrl };\n`);
  return { entry, inner };
}

describe("a worker's module compiled into one file", () => {
  it("runs as the TypeScript does, each module keeping its own import.meta.url", async () => {
    const { entry, inner } = sources();
    const cache = mkdtempSync(join(tmpdir(), "bundle-cache-"));
    const url = await bundledModule(entry, cache);
    expect(url).toMatch(/\/entry-[0-9a-f]{8}-[0-9a-f]{12}\.mjs$/);
    const module = (await import(url!)) as { default: (n: number) => number; entryUrl: string; innerUrl: string };
    expect(module.default(1)).toBe(42);
    expect(module.entryUrl).toBe(pathToFileURL(entry).href);
    expect(module.innerUrl).toBe(pathToFileURL(inner).href);
  });

  it("is built again only when one of its sources changes", async () => {
    const { entry, inner } = sources();
    const cache = mkdtempSync(join(tmpdir(), "bundle-cache-"));
    const first = await bundledModule(entry, cache);
    const manifest = join(cache, readdirSync(cache).find((file) => file.endsWith(".json"))!);
    const built = statSync(manifest).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await bundledModule(entry, cache)).toBe(first);
    // Not built again (the same content would give the same name): its manifest is not rewritten.
    expect(statSync(manifest).mtimeMs).toBe(built);
    // A later modification time and another size: the manifest no longer matches.
    writeFileSync(inner, `export const innerUrl: string = import.meta.url;\nexport const answer: number = 1;\n`);
    const second = await bundledModule(entry, cache);
    expect(second).not.toBe(first);
    expect(((await import(second!)) as { default: (n: number) => number }).default(1)).toBe(2);
    // The earlier bundle stays for a while: a run that started on it may still be starting workers.
    expect(readdirSync(cache).filter((file) => file.endsWith(".mjs")).length).toBe(2);
  });

  it("is one bundle per checkout where checkouts share the cache: each runs its own sources", async () => {
    const cache = mkdtempSync(join(tmpdir(), "bundle-cache-"));
    const here = sources();
    const there = sources();
    writeFileSync(there.inner, `export const innerUrl: string = import.meta.url;\nexport const answer: number = 9;\n`);
    const mine = (await import((await bundledModule(here.entry, cache))!)) as { default: (n: number) => number };
    const theirs = (await import((await bundledModule(there.entry, cache))!)) as { default: (n: number) => number };
    expect([mine.default(1), theirs.default(1)]).toEqual([42, 10]);
    expect(((await import((await bundledModule(here.entry, cache))!)) as { default: (n: number) => number }).default(1)).toBe(42);
  });

  it("is no module where the sources do not compile, so that the caller starts the TypeScript instead", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bundle-src-"));
    const entry = join(dir, "broken.ts");
    writeFileSync(entry, `import { nothing } from "./missing.ts";\nexport default nothing;\n`);
    expect(await bundledModule(entry, mkdtempSync(join(tmpdir(), "bundle-cache-")))).toBeUndefined();
  });
});
