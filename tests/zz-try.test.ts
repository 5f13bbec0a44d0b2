import { it } from "vitest";
import { extractAllQuantities } from "/work/wt/q42d/loaders/quantities/index.ts";
import { makeDoc } from "/work/wt/q42d/tests/helpers.ts";
it("try", () => {
  for (const s of (process.env.S ?? "").split("|")) console.log(s, JSON.stringify(extractAllQuantities(makeDoc(s)).map((r) => [r.text, r.value, r.bound, r.unit, r.category])));
});
