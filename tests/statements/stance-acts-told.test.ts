import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stanceOf = (body: string) => statementsOf(body).map((r) => r.stance);

describe("troops and workers told as sent, present or training abroad accuse their sender", () => {
  it.each([
    "Minister Ida Moen said some 2,000 soldiers from the north were already in the valley.",
    "Minister Ida Moen said two brigades from the north were undergoing training near the coast.",
    "Minister Ida Moen said the northern battalions had returned to the front.",
    "Minister Ida Moen said about 3,000 have been deployed to the islands.",
    "Minister Ida Moen said the north had sent thousands of workers to building sites on the coast.",
    "Minister Ida Moen said the mercenaries were fighting alongside the rebels in the valley.",
    "Minister Ida Moen said the servicemen who arrived last month have been redeployed closer to the border.",
    "Minister Ida Moen said the north has deployed roughly 4,000 to the region.",
    "Minister Ida Moen said the soldiers were being trained by officers of the fleet.",
    "Minister Ida Moen said the northern units are now in the valley.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["accuse"]);
  });
});

describe("arms and goods told as moved from one party to another accuse the sender", () => {
  it.each([
    "Minister Ida Moen said the north had sent around 6,700 containers to the rebels.",
    "Minister Ida Moen said the rockets were transported by rail to a depot near the border.",
    "Minister Ida Moen said the ammunition was flown into the valley and then loaded onto trucks.",
    "Minister Ida Moen said the fleet dispatched tanker shipments of fuel to the islands.",
    "Minister Ida Moen said arms transfers between the two fleets began last year.",
    "Minister Ida Moen said at least five tanker shipments had been spotted since March.",
    "Minister Ida Moen said the rebels had smuggled drones across the river.",
    "Minister Ida Moen said the weapons trade between the two grew after the summit.",
    "Minister Ida Moen said the north was loading shells onto ships bound for the rebels.",
    "Minister Ida Moen said the missiles had been shipped to the rebels in secret.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["accuse"]);
  });

  it("but not a trade figure told as such, nor a shipment only planned", () => {
    expect(stanceOf("Minister Ida Moen said the decline in the fleet's arms exports began years ago.")).toEqual(["other"]);
    expect(stanceOf("Minister Ida Moen said the north could send more shells to the rebels.")).toEqual(["other"]);
  });
});

describe("a word of wrongdoing told of another party accuses", () => {
  it.each([
    "Minister Ida Moen said any military cooperation between the two fleets violates the treaty.",
    "Minister Ida Moen said the report focuses on unlawful cooperation between the two fleets.",
    "Minister Ida Moen said the tanker was smuggling fuel to the rebels.",
    "Minister Ida Moen said the coast guard's coercion of our fishermen had gone on for years.",
    "Minister Ida Moen said a forged pass had been found on one of the captured sailors.",
    "Minister Ida Moen said the recruits were tricked into thinking they were going abroad to study.",
    "Minister Ida Moen said hundreds of drones attempted infiltration at 36 places along the border.",
    "Minister Ida Moen said the harbour police were investigating serious sabotage of the cable.",
    "Minister Ida Moen said the rebels' deployment breaches the ceasefire.",
    "Minister Ida Moen said the fleet's raid on the islands was a criminal act.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["accuse"]);
  });

  it("but not a denial of it, nor a wrong only feared", () => {
    expect(stanceOf("Minister Ida Moen said the fleet does not violate any rule at sea.")).toEqual(["deny"]);
    expect(stanceOf("Minister Ida Moen said a deal with the rebels would violate the treaty.")).toEqual(["warn"]);
  });
});
