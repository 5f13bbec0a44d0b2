import { describe, expect, it } from "vitest";
import { expectSpokenBy, spoken } from "./read.ts";

// Speech told by a verb and its object: a light verb with a noun of words said ("extended his gratitude",
// "claimed responsibility"), ascribing ("attributed X to Y", "identified X as Y") and speaking of a topic
// ("pointed to …", "spoke of …"), each in several frames: plain, with a modal or perfect, with adverbs and
// an apposition inserted, coordinated, in a relative clause, and after a fronted participle.
type Cell = [frame: string, text: string, speaker: string, words: string];

const READ: Cell[] = [
  ["light verb, modifiers", "Ana Ruiz extended her deep gratitude to Peru for the talks.", "Ana Ruiz", "gratitude"],
  ["light verb, possessive plural", "Chilean ministers renewed their calls for talks with Peru.", "Chilean ministers", "calls for talks"],
  ["light verb, perfect", "The rebels have claimed responsibility for the attack on the depot.", "rebels", "responsibility"],
  ["light verb, particle", "The mediators laid out proposals to close the gap between Chile and Peru.", "mediators", "proposals"],
  ["light verb, apposition", "Ana Ruiz, the Chilean defence minister, has raised the possibility of Peruvian engineers working on the rocket.", "Ana Ruiz", "possibility"],
  ["light verb, coordinated", "Ana Ruiz visited Lima and offered her sincere condolences to the families.", "Ana Ruiz", "condolences"],
  ["light verb, relative clause", "Jorge Vidal, who extended his thanks to the crew, left on Monday.", "Jorge Vidal", "thanks"],
  ["attributed X to Y", "Ana Ruiz attributed the attack to suspected gang members across the border.", "Ana Ruiz", "gang members"],
  ["attributed X to Y, adverb", "The Chilean navy later attributed the blast to a Peruvian mine.", "Chilean navy", "Peruvian mine"],
  ["linked X to Y", "Ana Ruiz linked the seized boat to a Peruvian gang.", "Ana Ruiz", "Peruvian gang"],
  ["connected X with Y, modal", "Chile has connected Peru's violations with its decision to leave the pact.", "Chile", "violations"],
  ["identified X as Y", "Officials in Arica identified the two detainees as Jorge Vidal and Luis Soto.", "Officials in Arica", "Jorge Vidal"],
  ["pointed to NP", "Ana Ruiz pointed to the inclusion of Peruvian firms in the list.", "Ana Ruiz", "Peruvian firms"],
  ["referenced NP", "Ana Ruiz referenced the frigates Peru moved to the border.", "Ana Ruiz", "frigates"],
  ["predicted NP", "Ana Ruiz predicted a sharp increase in Peruvian troops at the border.", "Ana Ruiz", "Peruvian troops"],
];

describe("speech told by a verb and its object", () => {
  it.each(READ)("%s", (_frame, text, speaker, words) => expectSpokenBy(text, speaker, words));
});

// The verb alone, a thing that raises or links, a subject naming no one: no row.
const NOT_STATEMENTS: [frame: string, text: string][] = [
  ["extended NP", "Chile extended the runway at Arica."],
  ["a thing raises concerns", "The visit raised concerns about the deal."],
  ["linked to, no object", "The firms linked to the regime were listed."],
  ["linked arms with", "Ana Ruiz linked arms with Jorge Vidal."],
  ["infinitive of a plan", "The road is meant to connect Arica to Tacna."],
  ["identified NP", "Police identified the remains."],
  ["no one claimed", "No group has claimed responsibility for the attack."],
  ["nobody said", "Nobody said the port was closed."],
];

describe("verbs and objects that are no speech", () => {
  it.each(NOT_STATEMENTS)("%s", (_frame, text) => {
    expect(spoken(text)).toEqual([]);
  });
});
