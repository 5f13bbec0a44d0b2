import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATA_DIR } from "../../loaders/dictionaries.ts";
import { loadStanceClauses, STANCE_CLAUSES_FILE } from "../../loaders/statements/stance-clauses.ts";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a claim said to be made up denies it (data/stance-clauses.yaml denial)", () => {
  it("denies where a noun of a claim is said to be invented, a hoax, or false", () => {
    expect(stances("Senator Ola Berg said the story was an invention of her rivals.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("“Frankly, this is a controversy that has been kind of manufactured,” Senator Ola Berg said.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Senator Ola Berg said the charges against the harbour board were all trumped up.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("“The allegations against her are “completely false,” and everyone knows it,” Senator Ola Berg said.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Senator Ola Berg called the allegations “completely false.”")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Senator Ola Berg described the harbour board's report as a fabrication.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("“I never said that about the growers,” Senator Ola Berg said.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Senator Ola Berg said her office had no knowledge of the ferry payments.")).toEqual([["Ola Berg", "deny"]]);
  });

  it("not where the claim is said not to be made up, or asked about", () => {
    expect(stances("Senator Ola Berg said the story was not invented by anyone.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Was the story invented?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the new ferry was invented in Bergen.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg called the allegations “deeply serious.”")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Had the board no knowledge of the payments?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("a harm to come warns (data/stance-clauses.yaml warning)", () => {
  it("warns of a harm a modal tells to come, or one the hearer's act brings on the hearer", () => {
    expect(stances("Senator Ola Berg said the toll would hurt the growers in the valley.")).toEqual([["Ola Berg", "warn"]]);
    expect(stances("“Cutting the ferry fund could seriously undermine the harbour,” Senator Ola Berg said.")).toEqual([["Ola Berg", "warn"]]);
    expect(stances("Senator Ola Berg said the new rules might lead to chaos at the border.")).toEqual([["Ola Berg", "warn"]]);
    expect(stances("“Every time you raise the toll, you weaken the ports,” Senator Ola Berg told the council.")).toEqual([["Ola Berg", "warn"]]);
    expect(stances("Senator Ola Berg said closing the ferry line would be a disaster for the islands.")).toEqual([["Ola Berg", "warn"]]);
  });

  it("not where the harm is negated, asked, the speaker's own act, or a good to come", () => {
    expect(stances("Senator Ola Berg said the toll would not hurt the growers.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Would the toll hurt the growers?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the new rules would lead to more ferries.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the new rules would be a success for the islands.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("the speaker's backing in its own words supports (data/stance-clauses.yaml support)", () => {
  it("supports a party said to have the speaker's backing, or backed by the speaker's reported pronoun", () => {
    expect(stances("“Tove Lind has my full support,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("“The harbour board has earned our confidence,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("Senator Ola Berg said she supports Mayor Tove Lind.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("Senator Ola Berg said that she strongly backed the ferry plan.")).toEqual([["Ola Berg", "support"]]);
  });

  it("not negated, backed away from, asked, or a holding that is no backing", () => {
    expect(stances("Senator Ola Berg said she no longer supports Mayor Tove Lind.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said she backed away from the ferry plan.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Does Tove Lind have my support?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Tove Lind has my phone number,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("the clause readings are switchable", () => {
  it("compiles no pattern where `enabled: false`", () => {
    const dir = mkdtempSync(join(tmpdir(), "clauses-"));
    const text = readFileSync(join(DATA_DIR, STANCE_CLAUSES_FILE), "utf8").replace(/enabled: true/g, "enabled: false");
    writeFileSync(join(dir, STANCE_CLAUSES_FILE), text);
    const off = loadStanceClauses(dir);
    expect([off.madeUpClaim, off.harmToCome, off.consequenceToCome, off.harmToHearer, off.ownBacking, off.illToCome]).toEqual([null, null, null, null, null, null]);
    expect(loadStanceClauses().madeUpClaim?.test("the story was made up")).toBe(true);
  });
});
