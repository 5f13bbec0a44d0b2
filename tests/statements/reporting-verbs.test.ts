import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";
import { spoken } from "./read.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon);

describe("verbs that report what was told (data/speech-verbs.yaml)", () => {
  it("reads detailed, briefed, described, voiced and thanked as reporting their object", () => {
    const detailed = rows("Envoy Maria Lindqvist detailed evidence of rifle shipments from Norland to Ostmark.");
    expect(detailed).toHaveLength(1);
    expect(detailed[0]).toMatchObject({ speaker: "Maria Lindqvist" });
    expect(detailed[0].quote).toContain("evidence of rifle shipments");
    const briefed = rows("General Tomas Berg briefed lawmakers on the drone deliveries to the rebels.");
    expect(briefed.map((r) => r.speaker)).toEqual(["Tomas Berg"]);
    const voiced = rows("Several governments have voiced worries about the transfer of missile parts.");
    expect(voiced.map((r) => r.speaker)).toEqual(["Several governments"]);
    const thanked = rows("President Ana Ruiz thanked the parliament for the new aid package.");
    expect(thanked).toHaveLength(1);
    expect(thanked[0]).toMatchObject({ speaker: "Ana Ruiz", stance: "support" });
  });

  it("reads observed as a that-verb and continued only with quoted words", () => {
    const observed = rows("Just last month, the rebels fired four rockets at the port, the envoy observed.");
    expect(observed.map((r) => r.speaker)).toEqual(["the envoy"]);
    const continued = rows('Air defence was "absolutely" the first need of the city, Mayor Lena Holt continued.');
    expect(continued.map((r) => r.speaker)).toEqual(["Lena Holt"]);
    expect(rows("The shelling continued through the night near the river.")).toEqual([]);
  });

  it("does not read a noun 'details' or a passive 'described' as speech", () => {
    expect(rows("More details: the convoy left the port at dawn.")).toEqual([]);
    expect(rows("The drones were described in an earlier article.")).toEqual([]);
  });

  it("reads asserted and conveyed as that-verbs, and a plural body of 'services' as a speaker", () => {
    expect(rows("Minister Eva Lund asserted that the convoy had crossed the border at night.").map((r) => r.quote)).toEqual(["the convoy had crossed the border at night"]);
    expect(rows("Varnia's intelligence services warned that Norland is preparing a second shipment.").map((r) => r.speaker)).toEqual(["Varnia's intelligence services"]);
  });

  it("reads a speech verb by its lemma where the dictionary lists no such form ('officials note that')", () => {
    const noted = rows("Ostmark officials note that the rebels are short of shells.");
    expect(noted).toHaveLength(1);
    expect(noted[0]).toMatchObject({ speaker: "Ostmark officials", quote: "the rebels are short of shells" });
    expect(rows("Analysts claim that the rockets are old.").map((r) => r.speaker)).toEqual(["Analysts"]);
    // A noun with its complement is no speech: "the claim that …".
    expect(rows("The claim that the rockets are old was never tested.")).toEqual([]);
    // A singular subject would take "-s": "a Norland Times report that …" is a noun.
    expect(rows("His visit follows a Norland Times report that the rockets are old.")).toEqual([]);
  });
});

describe("a fact reported as a noun phrase", () => {
  it("reads \"reported X's signing of …\" as the outlet's statement", () => {
    expect(spoken("Harbour News on Saturday reported Okafor's signing of the quay lease.")).toEqual(["Harbour News: Okafor's signing of the quay lease"]);
  });

  it("leaves an act announced, a place or a pronoun after \"reported\" no statement", () => {
    expect(spoken("The harbour board announced a new aid package for the quay.")).toEqual([]);
    expect(spoken("The harbour board reported twice a year to the council.")).toEqual([]);
  });
});
