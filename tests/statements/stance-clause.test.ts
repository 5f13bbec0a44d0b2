import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stanceOf = (body: string) => statementsOf(body).map((r) => r.stance);

describe("an act told as possible, wished or not done accuses no one", () => {
  it.each([
    "Minister Ida Moen said the fleet could send more troops to the islands next spring.",
    "Minister Ida Moen said the fleet may deploy two more units to the coast.",
    "Minister Ida Moen said the fleet might supply rockets to the rebels later this year.",
    "Minister Ida Moen said the harbour board was expected to sell four ferries to the islands.",
    "Minister Ida Moen said the rebels had not received any shells from the fleet.",
    "Minister Ida Moen said she did not expect the rebels to receive the launchers soon.",
    "Minister Ida Moen said there was a possibility that the fleet would ship fuel to the islands.",
    "Minister Ida Moen said the study showed the islands' desire to continue supplying grain to the mainland.",
    "Minister Ida Moen said the navy has yet to see signs of more troop deployments from the north.",
    "Minister Ida Moen said the islanders will receive two ferries for their work.",
    "Minister Ida Moen said the islands were interested in sending workers to rebuild the harbour.",
    "Minister Ida Moen said once the brigades are fighting in the valley, the north becomes a party to the war.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["other"]);
  });

  it.each([
    "Minister Ida Moen said the fleet had sent more troops to the islands last spring.",
    "Minister Ida Moen said the fleet deployed two more units to the coast.",
    "Minister Ida Moen said the fleet was supplying rockets to the rebels.",
    "Minister Ida Moen said the rebels could not hide that they had received shells from the fleet.",
    "Minister Ida Moen said the rebels may have received about a million shells from the fleet.",
    "Minister Ida Moen said the fleet must have shipped the rockets by sea.",
    "Minister Ida Moen said the fleet is considering supplying more rockets to the rebels.",
  ])("but the same act told as done, guessed at or weighed accuses: %s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["accuse"]);
  });
});

describe("an act the speaker tells of itself accuses no one", () => {
  it.each([
    "The militia said it had launched a number of drones at the harbour.",
    "The harbour board said it shipped more than 6,000 barrels of fuel to the islands.",
    "The navy said it had fired two rockets at the empty quay during the drill.",
    "The council said that it was supplying grain to the islands.",
    "“We delivered the last of the ferries in May,” the harbour board said.",
    "The army said it attacked a depot on the coast overnight.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["other"]);
  });

  it.each([
    "The navy said it has been established that the fleet delivered rockets to the rebels.",
    "The navy said it is clear that the fleet shipped rockets to the rebels.",
    "The customs office said it had seized the cargo, and that the ferry was among the ships supplying fuel to the rebels in secret.",
  ])("but not an 'it' that stands for no one, nor a later act: %s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["accuse"]);
  });
});

describe("harm to people who are not combatants accuses", () => {
  it.each([
    "The health ministry said ten people were killed and eight wounded in the village.",
    "The mayor said 31 people were injured on Thursday.",
    "The regional governor said one person was killed and 18 others were injured.",
    "The health ministry said at least 16 civilians were killed in the town, among them two children.",
    "The health ministry said the shelling killed at least six civilians near the market.",
    "Rescuers said the blast had wounded dozens of residents of the old quarter.",
    "The governor said there were 12 fatalities in three provinces, 11 of them civilians.",
    "The hospital said two children had been killed when the roof fell in.",
    "The mayor said several passengers were badly hurt when the ferry was hit.",
    "Witnesses said the raid had killed three villagers and wounded four others.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["accuse"]);
  });

  it.each([
    "Minister Ida Moen said about 300 soldiers had been killed and 2,000 wounded in the fighting.",
    "Minister Ida Moen said the brigade had suffered heavy losses at the front.",
  ])("but losses of troops at war are told as news: %s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["other"]);
  });
});

describe("help offered, pledged or carried on with partners supports", () => {
  it.each([
    "The foreign minister said his government stands ready to support the islands' efforts to rebuild.",
    "The alliance chief said the members were ready to provide further support to the islands.",
    "Minister Ida Moen said her country was willing to assist the islanders in any way.",
    "President Ola Berg said the mainland was prepared to back the islands' bid.",
    "President Ola Berg said he had pledged continued support for the islands.",
    "President Ola Berg said he had promised full assistance to the flooded towns.",
    "The harbour board said it would continue to work with its partners to provide the islands with ferries.",
    "The council said it vowed to help the islanders rebuild their homes.",
    "The mainland will continue to cooperate with its allies to supply the islands with grain, the minister said.",
    "President Ola Berg said his country stood ready to aid the islands.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["support"]);
  });
});

describe("a pronoun for the speaker before a verb that tells no act of its own", () => {
  it.each([
    "The general said he sent the troops to the coast himself.",
    "The minister said she shipped the grain to the islands in May.",
  ])("leaves the speaker's own act neutral: %s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["other"]);
  });

  it.each([
    "The recruit said he was tricked into thinking he was going abroad for training.",
    "The general said he believes at least 3,000 troops from the north travelled to the port by boat.",
    "The captain said we were attacked by drones launched from the rebel coast.",
    "The captain said we have seen northern soldiers moving into the valley.",
  ])("reads the act of another: %s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["accuse"]);
  });
});
