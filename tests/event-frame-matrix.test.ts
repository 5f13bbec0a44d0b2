/**
 * The frame matrix: each core event verb in each syntactic frame English tells an act in
 * (active, passive, raising, control, gerund, reported clause, relative clause, reduced
 * relative, nominalisation, apposition, coordination, modals). A cell passes when the coder
 * makes a row of the verb's type with Chile as actor and Peru as target. The frames are read
 * by the shared clause and argument reading, so a fix serves every verb class; the cells
 * not yet read are listed in GAPS, and a gap closed must leave that list.
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";
import { describeFrameMatrix, readsEvent } from "./event-matrix.ts";

const resources = eventResources();

/** A verb's forms and what follows it in an active clause whose target is Peru. */
interface Verb {
  type: string;
  base: string;
  past: string;
  part: string;
  ing: string;
  rest: string;
  /** The act's noun and what follows it ("supply" "of weapons to Peru"). */
  noun?: [string, string];
  /** A passive clause: its subject and what follows the participle. */
  passive?: [string, string];
}

const VERBS: Record<string, Verb> = {
  supply: { type: "AID", base: "supply", past: "supplied", part: "supplied", ing: "supplying", rest: "rifles to Peru", noun: ["supply", "of weapons to Peru"], passive: ["Rifles", " to Peru"] },
  deliver: { type: "AID", base: "deliver", past: "delivered", part: "delivered", ing: "delivering", rest: "artillery shells to Peru", noun: ["delivery", "of artillery shells to Peru"], passive: ["Artillery shells", " to Peru"] },
  send: { type: "MOBILIZE", base: "send", past: "sent", part: "sent", ing: "sending", rest: "troops to Peru", passive: ["Troops", " to Peru"] },
  deploy: { type: "MOBILIZE", base: "deploy", past: "deployed", part: "deployed", ing: "deploying", rest: "troops to Peru", noun: ["deployment", "of troops to Peru"], passive: ["Troops", " to Peru"] },
  attack: { type: "ASSAULT", base: "attack", past: "attacked", part: "attacked", ing: "attacking", rest: "Peru", noun: ["attack", "on Peru"], passive: ["Peru", ""] },
  strike: { type: "ASSAULT", base: "strike", past: "struck", part: "struck", ing: "striking", rest: "Peru", passive: ["Peru", ""] },
  sign: { type: "AGREE", base: "sign", past: "signed", part: "signed", ing: "signing", rest: "a defence treaty with Peru" },
  meet: { type: "CONSULT", base: "meet", past: "met", part: "met", ing: "meeting", rest: "Peru's foreign minister" },
  visit: { type: "CONSULT", base: "visit", past: "visited", part: "visited", ing: "visiting", rest: "Peru", noun: ["visit", "to Peru"], passive: ["Peru", ""] },
  sanction: { type: "SANCTION", base: "sanction", past: "sanctioned", part: "sanctioned", ing: "sanctioning", rest: "Peru", passive: ["Peru", ""] },
  condemn: { type: "ACCUSE", base: "condemn", past: "condemned", part: "condemned", ing: "condemning", rest: "Peru", noun: ["condemnation", "of Peru"], passive: ["Peru", ""] },
  warn: { type: "THREATEN", base: "warn", past: "warned", part: "warned", ing: "warning", rest: "Peru of retaliation", passive: ["Peru", " of retaliation"] },
  reject: { type: "REJECT", base: "reject", past: "rejected", part: "rejected", ing: "rejecting", rest: "Peru's proposal" },
  urge: { type: "REQUEST", base: "urge", past: "urged", part: "urged", ing: "urging", rest: "Peru to withdraw its troops", passive: ["Peru", " to withdraw its troops"] },
};

/** Each frame: the sentence it makes of a verb, or none when the verb has no such form. */
const FRAMES: Record<string, (v: Verb) => string | undefined> = {
  active: (v) => `Chile ${v.past} ${v.rest} on Monday.`,
  perfect: (v) => `Chile has ${v.part} ${v.rest}.`,
  "passive with by-agent": (v) => v.passive && `${v.passive[0]} ${v.passive[0] === "Peru" ? "was" : "were"} ${v.part}${v.passive[1]} by Chile on Monday.`,
  "passive without agent": (v) => v.passive && v.passive[0] !== "Peru" ? `Chilean ${v.passive[0].toLowerCase()} were ${v.part}${v.passive[1]} on Monday.` : undefined,
  "raising: believed to have": (v) => `Chile is believed to have ${v.part} ${v.rest}.`,
  "raising: reported to have": (v) => `Chile was reported to have ${v.part} ${v.rest} last week.`,
  "raising: said to be": (v) => `Chile is said to be ${v.ing} ${v.rest}.`,
  "control: agreed to": (v) => `Chile agreed to ${v.base} ${v.rest}.`,
  "control: plans to": (v) => `Chile plans to ${v.base} ${v.rest} next month.`,
  "control: expected to": (v) => `Chile is expected to ${v.base} ${v.rest} next month.`,
  "gerund: accused of": (v) => `Bolivia accused Chile of ${v.ing} ${v.rest}.`,
  "gerund: by": (v) => `Chile angered Bolivia by ${v.ing} ${v.rest}.`,
  "reported clause": (v) => `Officials said Chile had ${v.part} ${v.rest}.`,
  "reported clause of a state": (v) => `Bolivia said on Tuesday that Chile had ${v.part} ${v.rest}.`,
  "relative clause": (v) => v.passive && v.passive[0] !== "Peru" ? `The ${v.passive[0].toLowerCase()} that Chile ${v.past}${v.passive[1]} arrived in May.` : undefined,
  "reduced relative": (v) => v.passive && v.passive[0] !== "Peru" ? `${v.passive[0]} ${v.part} by Chile${v.passive[1]} arrived in May.` : undefined,
  "nominal with possessor": (v) => v.noun && `Chile's ${v.noun[0]} ${v.noun[1]} angered Bolivia.`,
  "nominal with by": (v) => v.noun && `The ${v.noun[0]} ${v.noun[1]} by Chile angered Bolivia.`,
  apposition: (v) => `Chile, a close ally of Bolivia, has quietly ${v.part} ${v.rest}.`,
  "adverbs before the verb": (v) => `Chile on Monday also ${v.past} ${v.rest}.`,
  coordination: (v) => `Chile mobilised its reserves and ${v.past} ${v.rest}.`,
  "modal: will": (v) => `Chile will ${v.base} ${v.rest} next week.`,
  "modal: may": (v) => `Chile may ${v.base} ${v.rest}.`,
  "modal: could": (v) => `Chile could ${v.base} ${v.rest}.`,
  "relative clause of the actor": (v) => `Chile, which ${v.past} ${v.rest} last year, faces sanctions.`,
  "partitive predicate": (v) => `Chile was among the countries that ${v.past} ${v.rest}.`,
  "subordinate clause": (v) => `After Chile ${v.past} ${v.rest}, Bolivia recalled its envoy.`,
  "trailing attribution": (v) => `Chile ${v.past} ${v.rest}, Bolivian officials said on Monday.`,
  "coordinated subjects": (v) => `Chile and Ecuador ${v.past} ${v.rest}.`,
  "titled person": (v) => `Chilean President Ana Ruiz ${v.past} ${v.rest} on Monday.`,
};

/** Cells not yet read ("verb / frame"): the matrix's open work. */
const GAPS = new Set([
  "urge / passive with by-agent",
  "reject / gerund: accused of",
  "meet / modal: may", "condemn / modal: may", "warn / modal: may", "reject / modal: may", "urge / modal: may",
  "meet / modal: could", "condemn / modal: could", "warn / modal: could", "reject / modal: could", "urge / modal: could",
]);

/** Whether the sentence makes a row of the type with Chile acting on Peru. */
const reads = (type: string, sentence: string) => readsEvent(type, sentence, "CHL", "PER");

describeFrameMatrix("the frame matrix: every core verb in every frame makes its row (Chile acting on Peru)", FRAMES, VERBS, GAPS, ["CHL", "PER"]);

/** Verbs the dictionary took from CAMEO 2.0 (PETRARCH2): a sample, in the frames of a clause. */
const CAMEO_VERBS: Record<string, Verb> = {
  murder: { type: "ASSAULT", base: "murder", past: "murdered", part: "murdered", ing: "murdering", rest: "Peru's ambassador" },
  reprimand: { type: "ACCUSE", base: "reprimand", past: "reprimanded", part: "reprimanded", ing: "reprimanding", rest: "Peru", passive: ["Peru", ""] },
  beg: { type: "REQUEST", base: "beg", past: "begged", part: "begged", ing: "begging", rest: "Peru to withdraw its troops" },
  defy: { type: "REJECT", base: "defy", past: "defied", part: "defied", ing: "defying", rest: "Peru" },
  stymie: { type: "REJECT", base: "stymie", past: "stymied", part: "stymied", ing: "stymying", rest: "Peru's bid for membership" },
  hijack: { type: "COERCE", base: "hijack", past: "hijacked", part: "hijacked", ing: "hijacking", rest: "a Peruvian ship" },
  outlaw: { type: "SANCTION", base: "outlaw", past: "outlawed", part: "outlawed", ing: "outlawing", rest: "Peruvian imports" },
  muster: { type: "MOBILIZE", base: "muster", past: "mustered", part: "mustered", ing: "mustering", rest: "troops against Peru" },
  relinquish: { type: "CONCEDE", base: "relinquish", past: "relinquished", part: "relinquished", ing: "relinquishing", rest: "control of the islands to Peru" },
  converse: { type: "CONSULT", base: "converse", past: "conversed", part: "conversed", ing: "conversing", rest: "with Peru" },
  underwrite: { type: "AID", base: "underwrite", past: "underwrote", part: "underwritten", ing: "underwriting", rest: "Peru's army" },
};

/** The frames the sample is read in: the clause, its attribution and what stands before the verb. */
const CAMEO_FRAMES = ["active", "perfect", "passive with by-agent", "raising: believed to have", "reported clause of a state", "trailing attribution", "adverbs before the verb", "titled person"];

/** Cells of the sample not yet read ("verb / frame"). */
const CAMEO_GAPS = new Set<string>(["relinquish / raising: believed to have"]);

describeFrameMatrix("verbs taken from CAMEO 2.0 read in the clause frames of the core verbs", Object.fromEntries(CAMEO_FRAMES.map((frame) => [frame, FRAMES[frame]])), CAMEO_VERBS, CAMEO_GAPS, ["CHL", "PER"]);

describe("what was moved names its owner after 'from' as before its noun (theme origin)", () => {
  it("a passive transfer or readiness of troops or arms 'from' a state is that state's", () => {
    expect(reads("MOBILIZE", "Ten thousand troops from Chile are being prepared to join Peruvian forces.")).toBe(true);
    expect(reads("AID", "Artillery shells from Chile have been delivered to Peru.")).toBe(true);
  });
});

/** Type, actor, target and status of each row the coder makes of one sentence. */
const coded = (sentence: string) => extractEvents(makeEventDoc([sentence], "2024-06-06"), resources).map((r) => [r.event_type, r.actor, r.target, r.status]);

describe("the status a frame gives the act (control verbs, raising verbs)", () => {
  it("an act that a verb of agreeing, promising or deciding takes as its infinitive is planned", () => {
    expect(coded("Chile agreed to supply rifles to Peru.")).toContainEqual(["AID", "CHL", "PER", "planned"]);
    expect(coded("Chile promised to send troops to Peru.")).toContainEqual(["MOBILIZE", "CHL", "PER", "planned"]);
    expect(coded("Chile decided to attack Peru.")).toContainEqual(["ASSAULT", "CHL", "PER", "planned"]);
  });

  it("a decision that is itself the act stays made ('decided to sanction')", () => {
    expect(coded("Chile decided to sanction Peru.")).toContainEqual(["SANCTION", "CHL", "PER", "occurred"]);
  });

  it("an act a raising verb reports, thinks or alleges is alleged", () => {
    expect(coded("Chile was reported to have attacked Peru.")).toContainEqual(["ASSAULT", "CHL", "PER", "alleged"]);
    expect(coded("Chile is thought to have visited Peru.")).toContainEqual(["CONSULT", "CHL", "PER", "alleged"]);
  });
});

describe("a verb's form the tagger reads as an adjective or noun, before its object, is the verb", () => {
  it("after a quantifier floated from its pronoun ('who all accused'), the -ed form accuses", () => {
    expect(coded("Bolivia faced an argument from Chile and others, who all accused Ecuador of violating the truce.")).toContainEqual(["ACCUSE", "CHL", "ECU", "occurred"]);
  });

  it("an -ed adjective before a name stays one ('armed Chilean rebels' arm no one)", () => {
    expect(coded("The base was attacked by armed Chilean rebels.").map(([type]) => type)).not.toContain("AID");
  });
});

describe("a verb of equipping with a named side as its first object gives it what follows 'with'", () => {
  it("whatever the goods, under a raising verb too", () => {
    expect(coded("Chile is thought to have supplied Peru with two reactor modules last year.")).toContainEqual(["AID", "CHL", "PER", "alleged"]);
    expect(coded("Chile equipped Peru with radars.")).toContainEqual(["AID", "CHL", "PER", "occurred"]);
  });

  it("people supplied are a deployment, not goods", () => {
    expect(coded("Chile supplied Peru with instructors.").map(([type]) => type)).toEqual(["MOBILIZE"]);
  });
});

describe("a refusal named by its noun tells no act ('refusal to')", () => {
  it("the act refused makes no row, as after the verb 'refused to'", () => {
    expect(coded("Chile's refusal to meet Peru's envoy angered Bolivia.").map(([type]) => type)).not.toContain("CONSULT");
    expect(coded("Chile's refusal to send troops to Peru angered Bolivia.").map(([type]) => type)).not.toContain("MOBILIZE");
  });
});
