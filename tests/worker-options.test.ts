import { describe, expect, it } from "vitest";
import { withoutTypeScriptLoader } from "../loaders/extract-pool.ts";

describe("the compiled worker starts without the TypeScript loader", () => {
  it("drops tsx's flags as the tsx command and --import tsx pass them", () => {
    expect(withoutTypeScriptLoader(["--require", "/srv/app/node_modules/tsx/dist/preflight.cjs", "--import", "file:///srv/app/node_modules/tsx/dist/loader.mjs"])).toEqual([]);
    expect(withoutTypeScriptLoader(["--import", "tsx", "--cpu-prof"])).toEqual(["--cpu-prof"]);
    expect(withoutTypeScriptLoader(["--import=tsx", "--loader=tsx", "--max-old-space-size=900"])).toEqual(["--max-old-space-size=900"]);
  });

  it("keeps every other option, and other modules the process imports", () => {
    const argv = ["--expose-gc", "--import", "./telemetry.mjs", "--require", "/srv/tsx-notes/hook.cjs", "--heap-prof"];
    expect(withoutTypeScriptLoader(argv)).toEqual(argv);
  });
});
