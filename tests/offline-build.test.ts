/**
 * `npm run build` must work with no network: the prebuild step self-hosts every
 * `npm:` import (scripts/self-host-npm.ts) and `observable build` then never
 * reaches cdn.jsdelivr.net or the npm registry.
 *
 * Copies the project (without caches) to a temporary directory, adds a probe
 * page that uses Plot, d3, Inputs, htl, arquero and FileAttachment csv/json,
 * runs the package.json "prebuild" and "build" commands with outbound network
 * blocked (scripts/no-network.mjs preloaded via NODE_OPTIONS), and checks dist/.
 * Skipped when SKIP_BUILD_TESTS=1.
 */
import { runCommand } from "./run-command.ts";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const projectRoot = resolve(import.meta.dirname, "..");
const skip = process.env.SKIP_BUILD_TESTS === "1";

const PROBE_PAGE = `# Offline probe

\`\`\`js
const rows = FileAttachment("offline-probe/rows.csv").csv({typed: true});
const meta = FileAttachment("offline-probe/meta.json").json();
\`\`\`

\`\`\`js
import * as aq from "npm:arquero";
display(Inputs.table(rows));
display(Plot.plot({marks: [Plot.dot(rows, {x: "a", y: "b"})]}));
display(d3.sum(rows, (d) => d.a));
display(html\`<b>\${meta.title}</b>\`);
display(aq.from(rows).numRows());
\`\`\`
`;

/** The URL template of DuckDB-WASM's unused getJsDelivrBundles(), as esbuild prints it. */
const JSDELIVR_BUNDLES = /"https:\/\/cdn\.jsdelivr\.net\/npm\/"\.concat\(\w+,"@"\)\.concat\(\w+,"\/dist\/"\)/g;

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path, ext));
    else if (ext.test(entry.name)) out.push(path);
  }
  return out;
}

/** Module specifiers loaded eagerly by a built JS file or HTML page (static imports, modulepreload). */
function staticImports(source: string): string[] {
  const specifiers = new Set<string>();
  for (const m of source.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) specifiers.add(m[1]);
  for (const m of source.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)) specifiers.add(m[1]);
  return [...specifiers];
}

/** Specifiers of dynamic imports (Framework's client lazily imports optional libraries this way). */
function dynamicImports(source: string): string[] {
  return [...source.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
}

describe.skipIf(skip)("offline build", () => {
  const dir = mkdtempSync(join(tmpdir(), "offline-build-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds with the network blocked and self-hosts every npm import", async () => {
    const excluded = new Set(["node_modules", ".git", "dist", "out", ".bench", "screenshots"]);
    for (const entry of readdirSync(projectRoot)) {
      if (excluded.has(entry)) continue;
      cpSync(join(projectRoot, entry), join(dir, entry), {
        recursive: true,
        filter: (source) => !source.includes(`${join(".observablehq", "cache")}`)
      });
    }
    symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"), "dir");
    mkdirSync(join(dir, "src", "offline-probe"), { recursive: true });
    writeFileSync(join(dir, "src", "offline-probe.md"), PROBE_PAGE);
    writeFileSync(join(dir, "src", "offline-probe", "rows.csv"), "a,b\n1,2\n3,4\n");
    writeFileSync(join(dir, "src", "offline-probe", "meta.json"), '{"title": "probe"}\n');

    const scripts = JSON.parse(readFileSync(join(dir, "package.json"), "utf-8")).scripts;
    expect(scripts.build).toMatch(/build-site/);
    expect(scripts.prebuild).toMatch(/self-host-npm/);
    const env = {
      ...process.env,
      PATH: [join(dir, "node_modules", ".bin"), process.env.PATH].join(delimiter),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${join(projectRoot, "scripts", "no-network.mjs")}`.trim(),
      OBSERVABLE_TELEMETRY_DISABLE: "true",
      CI: "true"
    };
    for (const script of ["prebuild", "build"]) {
      const run = await runCommand("sh", ["-c", scripts[script]], { cwd: dir, env, timeout: 240_000 });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, `${script} failed:\n${output}`).toBe(0);
      expect(output, `${script} tried to use the network`).not.toContain("[no-network] blocked");
    }

    const dist = join(dir, "dist");
    expect(existsSync(join(dist, "index.html"))).toBe(true);
    const probe = readFileSync(join(dist, "offline-probe.html"), "utf-8");
    for (const name of ["@observablehq/plot", "d3", "htl", "arquero", "d3-dsv", "isoformat"]) {
      expect(probe, `probe page does not load ${name} from /_npm/`).toMatch(new RegExp(`\\./_npm/${name}@[\\d.]+/[\\w.]+\\.js`));
    }

    // No page or module loads anything from a CDN; every relative import resolves within dist/.
    for (const file of files(dist, /\.(html|js)$/)) {
      const source = readFileSync(file, "utf-8");
      // DuckDB-WASM's getJsDelivrBundles() spells out its jsDelivr URL; Framework never calls
      // it (it passes the self-hosted bundles), and the browser tests block any offsite request.
      const cdn = relative(dist, file).startsWith(join("_npm", "@duckdb", "duckdb-wasm@")) ? source.replace(JSDELIVR_BUNDLES, "") : source;
      expect(cdn, relative(dist, file)).not.toContain("cdn.jsdelivr.net");
      for (const specifier of dynamicImports(source)) {
        expect(specifier, `${relative(dist, file)} imports ${specifier}`).not.toMatch(/^(https?:)?\/\//);
      }
      for (const specifier of staticImports(source)) {
        expect(specifier, `${relative(dist, file)} imports ${specifier}`).not.toMatch(/^(https?:)?\/\//);
        if (!specifier.startsWith(".")) continue;
        const target = resolve(dirname(file), specifier.replace(/[?#].*$/, ""));
        expect(existsSync(target), `${relative(dist, file)} imports missing ${specifier}`).toBe(true);
      }
    }
    const npmFiles = files(join(dist, "_npm"), /\.js$/).map((f) => relative(join(dist, "_npm"), f));
    expect(npmFiles.some((f) => f.startsWith("@observablehq/plot@"))).toBe(true);
  }, 300_000);
});
