import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon);

describe("attribution in a relative clause or an aside (frames in data/speech-verbs.yaml)", () => {
  it("reads ', which X denies' as X's denial, and ends the claim before it", () => {
    const found = rows("Ostmark has claimed that Norland sent drones to the rebels, which the Varnian government denies.");
    const denial = found.find((r) => r.stance === "deny");
    expect(denial).toMatchObject({ speaker: "the Varnian government", quote: "denies" });
    const claim = found.find((r) => r.speaker === "Ostmark");
    expect(claim?.quote).toBe("Norland sent drones to the rebels");
  });

  it("reads ', as reported by X' as X's report of the words before", () => {
    const found = rows("The strike destroyed a grain silo near the port, as reported by the regional governor.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: "the regional governor", quote: "The strike destroyed a grain silo near the port" });
  });

  it("reads no frame where the relative clause holds no speech verb", () => {
    expect(rows("The drones hit a depot, which the army rebuilt in May.")).toEqual([]);
  });
});
