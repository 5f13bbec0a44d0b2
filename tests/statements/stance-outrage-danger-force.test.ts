import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stanceOf = (body: string) => statementsOf(body).map((r) => r.stance);

describe("words of moral outrage condemn", () => {
  it.each([
    "The mayor said the raid on the market was a horrific crime.",
    "The envoy said the rebels had committed a gruesome massacre in the valley.",
    "The minister said the attack on the ferry was a despicable act.",
    "The envoy said the shelling of the school was inexcusable.",
    "The minister said the new launches were a provocation aimed at the islands.",
    "The mayor said the burning of the harbour was barbaric.",
    "The envoy said the treatment of the prisoners was inhumane.",
    "The minister said the seizure of the trawler was a flagrant breach of the truce.",
    "The mayor said the attack on the clinic was cowardly and vile.",
    "The envoy said the blockade of the port was unconscionable.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["condemn"]);
  });
});

describe("danger told as near, grave or new warns", () => {
  it.each([
    "The lab said the new drones on the airfield were a sign of imminent attack.",
    "The envoy said the islanders faced grave risks from the flooding.",
    "The minister said the coast guard was ready to repel military threats by the north.",
    "The minister said further clashes could occur in the coming weeks.",
    "The envoy said the fighting could escalate beyond the valley.",
    "The mayor said the flooding posed a heightened risk to the harbour.",
    "The minister said the navy faced growing threats from the rebel fleet.",
    "The envoy said the unrest could spread to the islands.",
    "The minister said the new launchers were serious threats to the coast.",
    "The envoy said there was a real risk of famine in the valley.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["warn"]);
  });
});

describe("force the speaker's own side says it will use threatens; another side's, warns", () => {
  it.each([
    "Prime Minister Ola Berg said we will strike back at any boat that crosses the line.",
    "The general said it could target the rebel camps if it had longer-range rockets.",
    "The president said our navy would sink any ship that enters the bay.",
    "The minister said we would resume fighting if the rebels rearmed.",
    "The general said we will respond to every attack on our fishermen.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["threaten"]);
  });

  it.each([
    "The minister said the rebels could strike the harbour within days.",
    "The envoy said the northern fleet might attack the islands next spring.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["warn"]);
  });
});
