/**
 * The theme-owner matrix: a transfer or a deployment whose doer is named only as the owner of
 * what was moved, a demonym or a possessive inside the moved thing's noun phrase, with no "by"
 * agent ("Peruvian shells were shipped to Chile", "the transfer of Peruvian munitions to
 * Chile"). Each verb class of transfer and deployment is read in each frame; a cell passes when
 * the coder makes a row of the verb's type with Peru as actor and Chile as target. Cells not
 * yet read are listed in GAPS. The sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";
import { describeFrameMatrix } from "./event-matrix.ts";

const resources = eventResources();

/** A verb of moving something, its participle, its noun when it has one, and what it moves. */
interface MoveVerb {
  type: "AID" | "MOBILIZE";
  part: string;
  noun?: string;
  thing: string;
}

const VERBS: Record<string, MoveVerb> = {
  supply: { type: "AID", part: "supplied", noun: "supply", thing: "rifles" },
  deliver: { type: "AID", part: "delivered", noun: "delivery", thing: "artillery shells" },
  ship: { type: "AID", part: "shipped", noun: "shipment", thing: "munitions" },
  transfer: { type: "AID", part: "transferred", noun: "transfer", thing: "missiles" },
  sell: { type: "AID", part: "sold", noun: "sale", thing: "drones" },
  provide: { type: "AID", part: "provided", noun: "provision", thing: "ammunition" },
  send: { type: "MOBILIZE", part: "sent", thing: "troops" },
  deploy: { type: "MOBILIZE", part: "deployed", noun: "deployment", thing: "soldiers" },
  dispatch: { type: "MOBILIZE", part: "dispatched", noun: "dispatch", thing: "troops" },
  move: { type: "MOBILIZE", part: "moved", thing: "soldiers" },
  redeploy: { type: "MOBILIZE", part: "redeployed", noun: "redeployment", thing: "troops" },
};

/** Each frame: the sentence it makes of a verb, or none when the verb has no such form. */
const FRAMES: Record<string, (v: MoveVerb) => string | undefined> = {
  "passive, demonym": (v) => `Peruvian ${v.thing} were ${v.part} to Chile last month.`,
  "passive, quantity before the demonym": (v) => `At least 5,000 Peruvian ${v.thing} have been ${v.part} to Chile.`,
  "passive, possessive owner": (v) => `Peru's ${v.thing} were ${v.part} to Chile on Monday.`,
  "progressive passive": (v) => `Peruvian ${v.thing} are being ${v.part} to Chile.`,
  "passive with an adverb": (v) => `Peruvian ${v.thing} were reportedly ${v.part} to Chile.`,
  "modal passive": (v) => `Peruvian ${v.thing} may have been ${v.part} to Chile.`,
  "raising passive, believed": (v) => `Peruvian ${v.thing} are believed to have been ${v.part} to Chile.`,
  "raising passive, said, possessive owner": (v) => `Peru's ${v.thing} are said to have been ${v.part} to Chile last year.`,
  "raising passive, appear": (v) => `Peruvian ${v.thing} appear to have been ${v.part} to Chile.`,
  "raising passive, likely": (v) => `Peruvian ${v.thing} are likely to have been ${v.part} to Chile.`,
  "relative clause": (v) => `The Peruvian ${v.thing} that were ${v.part} to Chile were seen near the border.`,
  "reduced relative": (v) => `Peruvian ${v.thing} ${v.part} to Chile last year were seen near the border.`,
  "reported clause": (v) => `Bolivian officials said Peruvian ${v.thing} had been ${v.part} to Chile.`,
  "passive, sender after 'from'": (v) => `${cap(v.thing)} were ${v.part} from Peru to Chile last month.`,
  "reduced relative, sender after 'from'": (v) => `${cap(v.thing)} ${v.part} from Peru to Chile were seen near the border.`,
  "nominal, demonym": (v) => v.noun && `Officials noted the ${v.noun} of Peruvian ${v.thing} to Chile.`,
  "nominal, another state as subject": (v) => v.noun && `Bolivia criticised the ${v.noun} of Peruvian ${v.thing} to Chile.`,
  "nominal, possessive owner": (v) => v.noun && `Officials noted the ${v.noun} of Peru's ${v.thing} to Chile.`,
  "nominal, quantity before the demonym": (v) => v.noun && `Images showed the ${v.noun} of thousands of Peruvian ${v.thing} to Chile.`,
};

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Cells not yet read ("verb / frame"). */
const GAPS = new Set<string>([]);

describeFrameMatrix("the theme-owner matrix: the owner of what was moved moved it (Peru to Chile)", FRAMES, VERBS, GAPS, ["PER", "CHL"]);

/** Type, actor and target of each row the coder makes of one sentence. */
const coded = (sentence: string) => extractEvents(makeEventDoc([sentence], "2024-06-06"), resources).map((r) => [r.event_type, r.actor, r.target]);

describe("what arrives names its sender as its owner", () => {
  it("arms that arrive are a transfer, not a visit", () => {
    for (const thing of ["Peruvian munitions", "Peru's artillery shells", "The Peruvian rifles"]) {
      const rows = coded(`${thing} arrived in Chile last week.`);
      expect(rows, thing).toContainEqual(["AID", "PER", "CHL"]);
      expect(rows.map(([type]) => type), thing).not.toContain("CONSULT");
    }
  });

  it("troops that arrive are deployed", () => {
    expect(coded("Peruvian troops arrived in Chile last week.")).toContainEqual(["MOBILIZE", "PER", "CHL"]);
  });
});

describe("weapons used by a side, named by their maker's demonym, were supplied to it", () => {
  it("in the active and in the passive", () => {
    expect(coded("Chile has used Peruvian ammunition since last year.")).toContainEqual(["AID", "PER", "CHL"]);
    expect(coded("Peruvian shells used by Chile have killed dozens.")).toContainEqual(["AID", "PER", "CHL"]);
    expect(coded("Peruvian drones, which have been used by Chile, hit the town.")).toContainEqual(["AID", "PER", "CHL"]);
    expect(coded("Peru's missiles were launched by Chile at the town.")).toContainEqual(["AID", "PER", "CHL"]);
  });

  it("with the weapons' target named before the user, and small arms", () => {
    const rows = coded("Peruvian rifles have been used against Bolivia by Chilean forces.");
    expect(rows).toContainEqual(["AID", "PER", "CHL"]);
    expect(rows).toContainEqual(["ASSAULT", "CHL", "BOL"]);
    expect(coded("Chile has used Peruvian rifles against Bolivia.")).toEqual(expect.arrayContaining([["ASSAULT", "CHL", "BOL"], ["AID", "PER", "CHL"]]));
  });

  it("not a side's own weapons, nor weapons used against it", () => {
    expect(coded("Chilean-made drones used by Chile hit the town.").map(([type]) => type)).not.toContain("AID");
    expect(coded("Chile used Chilean shells in the offensive.").map(([type]) => type)).not.toContain("AID");
  });
});

describe("a demonym on troops that fight a side tells no deployment to it", () => {
  it("fighting is no sending", () => {
    expect(coded("Peruvian troops fought Chilean forces near the border.").map(([type]) => type)).not.toContain("MOBILIZE");
    expect(coded("Bolivia criticised the deployment of Peruvian troops against Chile.")).not.toContainEqual(["MOBILIZE", "BOL", "CHL"]);
  });
});

describe("'made' with an agreement's noun is an agreement, as 'struck' is", () => {
  it("in the active, the perfect, a raising frame and a relative clause", () => {
    expect(coded("Peru made a pact with Chile earlier this year.")).toContainEqual(["AGREE", "PER", "CHL"]);
    expect(coded("Peru's president has made a deal with Chile's leader.")).toContainEqual(["AGREE", "PER", "CHL"]);
    expect(coded("Peru is said to have made a secret agreement with Chile.")).toContainEqual(["AGREE", "PER", "CHL"]);
    expect(coded("Peru, which made a pact with Chile last year, faces sanctions.")).toContainEqual(["AGREE", "PER", "CHL"]);
  });

  it("not a deal hoped for, nor 'made' of something else", () => {
    expect(coded("Peru hopes to make a deal with Chile.").map(([type]) => type)).not.toContain("AGREE");
    expect(coded("Peru made a proposal to Chile.").map(([type]) => type)).not.toContain("AGREE");
  });
});

/** Type, actor, target and date of each row the coder makes of one sentence. */
const dated = (sentence: string) => extractEvents(makeEventDoc([sentence], "2024-10-31"), resources).map((r) => [r.event_type, r.actor, r.target, r.date]);

describe("a date in a relative clause with a subject of its own after the act dates that clause's act", () => {
  it("after 'which', 'whom' or 'where' with a name, a determiner or a pronoun as subject", () => {
    expect(dated("Peruvian troops have been sent to Chile, which Bolivia invaded in August.")).toContainEqual(["MOBILIZE", "PER", "CHL", ""]);
    expect(dated("Peru delivered rifles to Chile, where the army launched an offensive in August.")).toContainEqual(["AID", "PER", "CHL", ""]);
  });

  it("not a subject relative, whose verb is the act's own ('who arrived in August')", () => {
    expect(dated("Peru sent troops to Chile in August.")).toContainEqual(["MOBILIZE", "PER", "CHL", "2024-08-01"]);
    expect(dated("Peru delivered rifles to Chile, which received them in August.")).toContainEqual(["AID", "PER", "CHL", "2024-08-01"]);
  });
});

describe("aid named by its noun, its owner the giver ('Peru's military aid to Chile')", () => {
  it("a possessive or a demonym owns it", () => {
    expect(coded("Peru's military aid to Chile has included about 200 artillery pieces.")).toContainEqual(["AID", "PER", "CHL"]);
    expect(coded("Peruvian military assistance to Chile has grown.")).toContainEqual(["AID", "PER", "CHL"]);
  });

  it("aid owned by a pronoun is the topic of another act ('criticised Peru over its aid to')", () => {
    expect(coded("Bolivia criticised Peru over its military assistance to Chile.").map(([type]) => type)).not.toContain("AID");
  });

  it("aid nobody owns, or only called for, names no giver and makes no row", () => {
    expect(coded("Humanitarian aid to Chile increased.").map(([type]) => type)).not.toContain("AID");
    expect(coded("The United Nations said aid to Chile was blocked.").map(([type]) => type)).not.toContain("AID");
  });
});
