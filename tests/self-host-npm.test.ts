import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  FRAMEWORK_BUILTINS,
  findNpmSpecifiers,
  findPackageDir,
  npmCachePath,
  packageNameOf,
  parseNpmSpecifier,
  relativeImport,
} from "../scripts/npm-specifiers.ts";
import { cachedVersions, selfHostNpm } from "../scripts/self-host-npm.ts";

const projectRoot = resolve(import.meta.dirname, "..");
const frameworkDist = join(projectRoot, "node_modules", "@observablehq", "framework", "dist");
const version = (name: string) => JSON.parse(readFileSync(join(findPackageDir(name, projectRoot)!, "package.json"), "utf-8")).version;

describe("npm specifiers and cache paths", () => {
  it("parses specifiers like Framework", () => {
    expect(parseNpmSpecifier("d3")).toEqual({ name: "d3", range: undefined, path: undefined });
    expect(parseNpmSpecifier("d3@7/+esm")).toEqual({ name: "d3", range: "7", path: "+esm" });
    expect(parseNpmSpecifier("@observablehq/plot@0.6.17/dist/x.css")).toEqual({
      name: "@observablehq/plot",
      range: "0.6.17",
      path: "dist/x.css"
    });
  });

  it("maps name + version (+ path) to the file Framework reads", () => {
    expect(npmCachePath("d3", "7.9.2")).toBe("_npm/d3@7.9.2/_esm.js");
    expect(npmCachePath("htl", "0.3.1", "+esm")).toBe("_npm/htl@0.3.1/_esm.js");
    expect(npmCachePath("@observablehq/plot", "0.6.17")).toBe("_npm/@observablehq/plot@0.6.17/_esm.js");
    expect(npmCachePath("katex", "0.16.22", "dist/katex.min.css")).toBe("_npm/katex@0.16.22/dist/katex.min.css");
    expect(npmCachePath("react-dom", "18.3.1", "client")).toBe("_npm/react-dom@18.3.1/client._esm.js");
    expect(npmCachePath("echarts", "5.6.0", "dist/echarts.esm.min.js/+esm")).toBe("_npm/echarts@5.6.0/dist/echarts.esm.min.js._esm.js");
  });

  it("agrees with Framework's own path <-> specifier mapping", async () => {
    const npm = await import(join(frameworkDist, "npm.js"));
    for (const [name, ver, path] of [
      ["d3", "7.9.2", "+esm"],
      ["@observablehq/plot", "0.6.17", "+esm"],
      ["react-dom", "18.3.1", "client/+esm"],
      ["leaflet", "1.9.4", "dist/leaflet.css"]
    ]) {
      const cachePath = npmCachePath(name, ver, path);
      expect(npm.extractNpmSpecifier(`/${cachePath}`)).toBe(`${name}@${ver}/${path}`);
      expect(npm.fromJsDelivrPath(`/npm/${name}@${ver}/${path}`)).toBe(`/${cachePath}`);
    }
  });

  it("computes relative imports between cache files", () => {
    expect(relativeImport("_npm/@observablehq/plot@0.6.17/_esm.js", "_npm/d3@7.9.2/_esm.js")).toBe("../../d3@7.9.2/_esm.js");
    expect(relativeImport("_npm/d3@7.9.2/_esm.js", "_npm/d3-dsv@3.0.2/_esm.js")).toBe("../d3-dsv@3.0.2/_esm.js");
    expect(relativeImport("_npm/a@1/_esm.js", "_npm/a@1/x.js")).toBe("./x.js");
  });

  it("finds npm: specifiers and package names", () => {
    expect(findNpmSpecifiers(`import * as Plot from "npm:@observablehq/plot";\nimport("npm:d3@7").then(); x('npm:htl/+esm')`)).toEqual([
      "@observablehq/plot",
      "d3@7",
      "htl/+esm"
    ]);
    expect(packageNameOf("d3-array/src/index.js")).toBe("d3-array");
    expect(packageNameOf("@uwdata/flechette")).toBe("@uwdata/flechette");
    expect(packageNameOf("./local.js")).toBeUndefined();
    expect(packageNameOf("node:fs")).toBeUndefined();
  });

  it("knows Framework's builtin npm: modules", () => {
    const resolvers = readFileSync(join(frameworkDist, "resolvers.js"), "utf-8");
    const builtins = [...resolvers.matchAll(/\["npm:([^"]+)", "\/_observablehq\//g)].map((m) => m[1]);
    expect(builtins.length).toBeGreaterThan(0);
    expect([...FRAMEWORK_BUILTINS].sort()).toEqual([...new Set(builtins)].sort());
  });
});

describe("selfHostNpm", () => {
  const dir = mkdtempSync(join(tmpdir(), "self-host-npm-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("populates the Framework npm cache from node_modules, then is a no-op", async () => {
    symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"), "dir");
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "src", "index.md"), '```js\nimport * as aq from "npm:arquero";\nimport "npm:nonexistent-package-xyz";\n```\n');
    const messages: string[] = [];
    const result = await selfHostNpm({ projectRoot: dir, log: (m) => messages.push(m) });
    const cache = join(dir, "src", ".observablehq", "cache");
    const d3 = version("d3");
    const plot = version("@observablehq/plot");
    const dsv = version("d3-dsv");
    for (const path of [
      npmCachePath("d3", d3),
      npmCachePath("d3-dsv", dsv),
      npmCachePath("htl", version("htl")),
      npmCachePath("isoformat", version("isoformat")),
      npmCachePath("@observablehq/plot", plot),
      npmCachePath("arquero", version("arquero"))
    ]) {
      expect(existsSync(join(cache, path)), path).toBe(true);
    }
    // Self-hosted dependencies stay shared: Plot imports the cached d3, d3 the cached d3-dsv.
    const plotCode = readFileSync(join(cache, npmCachePath("@observablehq/plot", plot)), "utf-8");
    expect(plotCode).toContain(`"../../d3@${d3}/_esm.js"`);
    expect(plotCode).not.toMatch(/from\s*"(d3|isoformat)"/);
    expect(readFileSync(join(cache, npmCachePath("d3", d3)), "utf-8")).toContain(`"../d3-dsv@${dsv}/_esm.js"`);
    // Framework's builtins are not hosted; uninstalled client libraries get a placeholder version.
    expect(await cachedVersions(cache, "@observablehq/inputs")).toEqual([]);
    expect(await cachedVersions(cache, "lodash")).toEqual(["4.17.21"]);
    expect(result.placeholders).toContain("lodash@4.17.21");
    // A page importing a package that is not installed is reported.
    expect(result.missing).toContain("nonexistent-package-xyz");
    expect(messages.join("\n")).toMatch(/nonexistent-package-xyz/);

    const d3Path = join(cache, npmCachePath("d3", d3));
    const before = statSync(d3Path).mtimeMs;
    const again = await selfHostNpm({ projectRoot: dir, log: () => {} });
    expect(statSync(d3Path).mtimeMs).toBe(before);
    expect(again.hosted.sort()).toEqual(result.hosted.sort());
  }, 60_000);

  it("drops other cached versions of a self-hosted package", async () => {
    const cache = join(dir, "src", ".observablehq", "cache");
    mkdirSync(join(cache, "_npm", "htl@0.0.1"), { recursive: true });
    await selfHostNpm({ projectRoot: dir, log: () => {} });
    expect(await cachedVersions(cache, "htl")).toEqual([version("htl")]);
  }, 60_000);
});
