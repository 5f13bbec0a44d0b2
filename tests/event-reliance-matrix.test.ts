/**
 * The reliance matrix: a side that relies on another for arms gets them from it ("Chile relies
 * on Peru for weapons"): AID from the side after "on" to the side that relies, in every frame
 * the words of relying take (verb, adjective, noun). Beside it, the frames of other acts read
 * here: troops that reach a state, a perfect infinitive after a raising word (an act inferred,
 * not planned), a demonym that owns a weapon, not an attack the weapon is used in, a side that
 * turns to another for arms (REQUEST), and a side's arms that come from another (AID). The
 * sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";
import { describeFrameMatrix } from "./event-matrix.ts";

const resources = eventResources();

/** A word of relying: the verb's forms, or the adjective or noun when the frame wants one. */
interface RelyWord {
  type: "AID";
  base: string;
  third: string;
  past: string;
  ing: string;
  adj: string;
  noun: string;
  thing: string;
}

const VERBS: Record<string, RelyWord> = {
  rely: { type: "AID", base: "rely", third: "relies", past: "relied", ing: "relying", adj: "reliant", noun: "reliance", thing: "weapons" },
  depend: { type: "AID", base: "depend", third: "depends", past: "depended", ing: "depending", adj: "dependent", noun: "dependence", thing: "ammunition" },
};

const FRAMES: Record<string, (v: RelyWord) => string> = {
  "present": (v) => `Chile ${v.third} on Peru for ${v.thing}.`,
  "perfect with an adverb": (v) => `Chile has increasingly ${v.past} on Peru for ${v.thing}.`,
  "progressive": (v) => `Chile is ${v.ing} heavily on Peru for ${v.thing}, Bolivian officials said.`,
  "quantifier before the thing": (v) => `Chile ${v.third} on Peru for most of its ${v.thing}.`,
  "relative clause": (v) => `Chile, which ${v.third} on Peru for ${v.thing}, denied the report.`,
  "adjective": (v) => `Chile is heavily ${v.adj} on Peru for ${v.thing}.`,
  "nominalisation, possessive": (v) => `Chile's ${v.noun} on Peru for ${v.thing} has grown since May.`,
  "modal": (v) => `Chile will ${v.base} on Peru for ${v.thing} next year.`,
  "the giver named by its government": (v) => `Chile ${v.third} on the Peruvian government for ${v.thing}.`,
};

describeFrameMatrix("the reliance matrix: who relies on a side for arms gets them from it (Peru to Chile)", FRAMES, VERBS, new Set(), ["PER", "CHL"]);

/** Type, actor and target of each row the coder makes of one sentence. */
const coded = (sentence: string) => extractEvents(makeEventDoc([sentence], "2024-06-06"), resources).map((r) => [r.event_type, r.actor, r.target, r.status]);
const types = (sentence: string) => coded(sentence).map(([type]) => type);

describe("relying on a side for other things, or not relying, moves no arms", () => {
  it("no transfer", () => {
    expect(types("Chile relies on Peru for trade.")).not.toContain("AID");
    expect(types("Chile depends on Peru for its grain imports.")).not.toContain("AID");
    expect(types("Chile does not rely on Peru for weapons.")).not.toContain("AID");
  });
});

describe("troops that reach a state are moved there", () => {
  it("in the active, hedged, raised and with a possessive", () => {
    expect(coded("Chilean troops reached Bolivia on Monday.")).toContainEqual(["MOBILIZE", "CHL", "BOL", "occurred"]);
    expect(coded("About 2,000 Chilean soldiers reportedly reached Bolivia's southern border.")).toContainEqual(["MOBILIZE", "CHL", "BOL", "alleged"]);
    expect(coded("Chilean troops are believed to have reached Bolivia.")).toContainEqual(["MOBILIZE", "CHL", "BOL", "alleged"]);
    expect(coded("Chile's soldiers reached Bolivia after a long march.")).toContainEqual(["MOBILIZE", "CHL", "BOL", "occurred"]);
  });

  it("not an agreement reached, nor troops that did not reach it", () => {
    expect(types("Chilean troops reached an agreement with Bolivia.")).not.toContain("MOBILIZE");
    expect(types("Chilean officers reached a deal with Bolivian troops.")).not.toContain("MOBILIZE");
    expect(types("Chilean troops did not reach Bolivia.")).not.toContain("MOBILIZE");
  });
});

describe("a perfect infinitive after a raising word tells an act inferred, not planned", () => {
  it("is alleged", () => {
    expect(coded("Peru is likely to have supplied rifles to Chile.")).toContainEqual(["AID", "PER", "CHL", "alleged"]);
    expect(coded("Peruvian drones appear to have been delivered to Chile.")).toContainEqual(["AID", "PER", "CHL", "alleged"]);
    expect(coded("Peru is expected to supply rifles to Chile.")).toContainEqual(["AID", "PER", "CHL", "planned"]);
  });
});

describe("a demonym owns the weapon named after it, not the attack the weapon is used in", () => {
  it("the user got the weapon; the maker made no attack", () => {
    const rows = coded("Chile used Peruvian rifles in the offensive.");
    expect(rows).toContainEqual(["AID", "PER", "CHL", "occurred"]);
    expect(rows.filter(([type, actor]) => type === "ASSAULT" && actor === "PER")).toEqual([]);
  });

  it("the possessor of an act noun still owns it through 'of'", () => {
    expect(coded("Besides Chile's practice of importing rifles from Peru, Bolivia worries about fuel.")).toContainEqual(["AID", "PER", "CHL", "occurred"]);
  });
});

/** A verb of turning to a side, in its forms: who turns to a side for arms asks it for them. */
interface TurnVerb {
  type: "REQUEST";
  base: string;
  third: string;
  past: string;
  ing: string;
}

const TURNS: Record<string, TurnVerb> = {
  turn: { type: "REQUEST", base: "turn", third: "turns", past: "turned", ing: "turning" },
  look: { type: "REQUEST", base: "look", third: "looks", past: "looked", ing: "looking" },
};

const TURN_FRAMES: Record<string, (v: TurnVerb) => string> = {
  "present": (v) => `Chile ${v.third} to Peru for weapons.`,
  "perfect, reported": (v) => `Chile has ${v.past} to Peru for artillery shells, Bolivian officials said.`,
  "progressive with an adverb": (v) => `Chile is ${v.ing} again to Peru for weapons to fuel its war.`,
  "relative clause": (v) => `Chile, which ${v.past} to Peru for rifles last year, denied the report.`,
  "hedged, coordinated subject": (v) => `Chile and its allies have allegedly ${v.past} to Peru for shells and missiles.`,
  "modal": (v) => `Chile may ${v.base} to Peru for more drones.`,
  "military help": (v) => `Chile ${v.past} to the Peruvian government for military support.`,
};

describeFrameMatrix("the turning matrix: who turns to a side for arms asks it for them (Chile of Peru)", TURN_FRAMES, TURNS, new Set(), ["CHL", "PER"]);

describe("turning to a side for other things, or not turning, asks no arms", () => {
  it("no request", () => {
    expect(types("Chile looks to Peru for leadership.")).not.toContain("REQUEST");
    expect(types("Chile turned to Peru for help with its economy.")).not.toContain("REQUEST");
    expect(types("Chile did not turn to Peru for weapons.")).not.toContain("REQUEST");
  });
});

/** Arms whose owner the subject names, coming from a side: a verb of origin, in each frame. */
interface ComeVerb {
  type: "AID";
  base: string;
  third: string;
  past: string;
}

const COMES: Record<string, ComeVerb> = {
  come: { type: "AID", base: "come", third: "comes", past: "came" },
  originate: { type: "AID", base: "originate", third: "originates", past: "originated" },
};

const COME_FRAMES: Record<string, (v: ComeVerb) => string> = {
  "possessive owner": (v) => `Chile's drones ${v.past} from Peru.`,
  "partitive and a modifier": (v) => `Most of Chile's artillery shells ${v.base} from Peru.`,
  "owner's own possessor, adverb": (v) => `The Chilean army's rifles mostly ${v.past} from Peru.`,
  "reported": (v) => `Bolivia said Chile's drones ${v.past} from Peru.`,
  "modal perfect": (v) => `Chile's missiles may have ${v.past === "came" ? "come" : v.past} from Peru.`,
};

describeFrameMatrix("the origin matrix: a side's arms that come from another were supplied by it (Peru to Chile)", COME_FRAMES, COMES, new Set(), ["PER", "CHL"]);

describe("arms that come from a side with no owner named, or people and acts that come from it", () => {
  it("no transfer", () => {
    expect(types("Bolivia said the drones came from Peru.")).not.toContain("AID");
    expect(types("Chile's drones did not come from Peru.")).not.toContain("AID");
    expect(types("Chile's troops came from Peru.")).not.toContain("AID");
    expect(types("The attack came from Peru.")).not.toContain("AID");
  });
});
