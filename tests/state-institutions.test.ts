import { describe, expect, it } from "vitest";
import { sharedGazetteer } from "../loaders/actors.ts";
import { institutionHeadWords, institutionPattern } from "../loaders/state-institutions.ts";
import { loadDictionary } from "../loaders/dictionaries.ts";
import { z } from "zod";

const found = (text: string) => sharedGazetteer().find(text).map((m) => `${m.text}:${m.actor.code}:${m.actor.kind}`);

describe("state institutions (data/state-institutions.yaml) join the gazetteer with their state", () => {
  it("finds legislatures, chambers, committees, ministries, courts, armed services and parties by their names", () => {
    expect(found("The Duma passed the bill before the Bundestag did.")).toEqual(["Duma:RUS:body", "Bundestag:DEU:body"]);
    expect(found("The U.S. Congress and the GOP split over the Senate Judiciary Committee's report.")).toEqual(["U.S. Congress:USA:body", "GOP:USA:body", "Senate Judiciary Committee:USA:body"]);
    expect(found("the Justice Department asked the Knesset")).toEqual(["the Justice Department:USA:agency", "Knesset:ISR:body"]);
    expect(found("the People's Liberation Army and the Tatmadaw")).toEqual(["People's Liberation Army:CHN:military", "Tatmadaw:MMR:military"]);
  });

  it("leaves a name actors.yaml already gives to its entry", () => {
    expect(found("the Pentagon said")).toEqual(["the Pentagon:USA:military"]);
  });

  it("resolves every named institution to its own state", () => {
    const named = loadDictionary("state-institutions.yaml", z.object({ named: z.record(z.string(), z.record(z.string(), z.array(z.string()))) }).passthrough(), undefined).named;
    const gazetteer = sharedGazetteer();
    for (const [code, kinds] of Object.entries(named)) for (const name of Object.values(kinds).flat()) expect([name, gazetteer.lookup(name)?.code]).toEqual([name, code]);
  });
});

describe("words for kinds of institution any state has", () => {
  it("match whole words in any case, several words across spaces, a possessive too", () => {
    const words = (text: string) => [...text.matchAll(new RegExp(institutionPattern(), "giu"))].map((m) => m[0]);
    expect(words("The court's ruling, the Defence Ministry and the attorney  general")).toEqual(["court", "Ministry", "attorney  general"]);
    expect(words("a courtyard, a housing plan, partygoers")).toEqual([]);
  });
});

describe("the one-word names of a body (institutionHeadWords)", () => {
  it("names bodies, not their people, a party or an office", () => {
    const heads = institutionHeadWords();
    expect(heads).toEqual(expect.arrayContaining(["parliament", "court", "ministry", "army", "senate"]));
    for (const w of ["judge", "lawmakers", "party", "president", "air force"]) expect(heads).not.toContain(w);
  });
});
