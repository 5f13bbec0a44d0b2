import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const speakers = (body: string) => statementsOf(body).map((r) => [r.speaker, r.speaker_role]);

describe("a minister named by a portfolio, and taken up far on", () => {
  it("reads the name after a portfolio of capitalised words joined by 'and'", () => {
    const body = "A delegation headed by Minister of Natural Resources and Environment Ana Vidal reached Lima. The minister said the talks would bring new projects.";
    expect(speakers(body)).toEqual([["Ana Vidal", "Minister of Natural Resources and Environment"]]);
  });

  it("takes up the only person given that office, paragraphs later", () => {
    const filler = "The hosts held a formal dinner at a hotel in the capital to honour the guests, as such dinners are meant to show respect and to set the tone for the talks over the next days. ";
    const body = `A delegation headed by Minister of Mining Ana Vidal reached Lima on Tuesday.\n\n${filler.repeat(4)}\n\nThe Chilean minister said the talks would bring new projects.`;
    expect(speakers(body)).toEqual([["Ana Vidal", "Minister of Mining"]]);
  });

  it("does not take up a person far back whose office is not the one described", () => {
    const filler = "The hosts held a formal dinner at a hotel in the capital to honour the guests, as such dinners are meant to show respect and to set the tone for the talks over the next days. ";
    const body = `Ana Vidal reached Lima on Tuesday.\n\n${filler.repeat(4)}\n\nThe minister said the talks would bring new projects.`;
    expect(speakers(body)).toEqual([["the minister", "minister"]]);
  });
});

describe("a bare 'both'", () => {
  it("is the two persons named last when they are named after the states", () => {
    const body = "Chile and Peru signed a port accord in May. Chilean Foreign Minister Ana Vidal spoke by telephone with Peruvian Foreign Minister Luis Cano, and both expressed deep concern over the closure of the pass, according to the ministry.";
    expect(statementsOf(body).map((r) => r.speaker)).toEqual(["Ana Vidal and Luis Cano"]);
  });

  it("is the two states when they are named after the persons", () => {
    const body = "Minister Ana Vidal met Luis Cano in Arica in May. Chile and Peru signed the accord on Monday. Both said it would hold.";
    expect(statementsOf(body).map((r) => r.speaker)).toEqual(["Chile and Peru"]);
  });
});

describe("'according to' a description that runs on into a document", () => {
  it("takes the whole phrase, not the body word inside it", () => {
    const body = "Storms closed the northern pass on Monday, according to a provincial government announcement.";
    expect(statementsOf(body).map((r) => r.speaker)).toEqual(["a provincial government announcement"]);
  });

  it("keeps a description that ends at its head", () => {
    const body = "The talks failed on Monday, according to officials familiar with the matter.";
    expect(statementsOf(body).map((r) => r.speaker)).toEqual(["officials"]);
  });
});

describe("a speech act beside another clause", () => {
  it("reads the object of a verb of thanks after a fronted adverbial, not the adverbial", () => {
    const body = "Chilean Foreign Minister Ana Vidal met Peruvian Foreign Minister Luis Cano in Lima. In addition, Ana Vidal expressed gratitude to Luis Cano for the help Peru gave during the floods.";
    expect(statementsOf(body).map((r) => r.quote)).toEqual(["expressed gratitude to Luis Cano for the help Peru gave during the floods"]);
  });

  it("reads an accusation in a clause after a channel's tail", () => {
    const body = "Chile, Peru and Bolivia announced the move in a joint statement after Chile accused Argentina of shooting down one of its drones near the border, according to AFP.";
    // The move announced is the three states' words too ("announced a ban on …").
    expect(statementsOf(body).map((r) => [r.speaker, r.stance, r.target, r.via])).toEqual([["Chile, Peru and Bolivia", "other", "", "joint statement"], ["Chile", "accuse", "ARG", "AFP"]]);
  });

  it("reads 'calls upon' as 'calls on'", () => {
    const body = "The statement calls upon Peru and Bolivia to abide by the accord and to cease all drills near the border.";
    expect(statementsOf(body).map((r) => r.quote)).toEqual(["calls upon Peru and Bolivia to abide by the accord and to cease all drills near the border"]);
  });
});

describe("an announcement of a thing with a clause added", () => {
  it("keeps the added clause as the words, not the thing announced", () => {
    expect(statementsOf("The agency announced a new port package on Monday, saying that the old one had failed.").map((r) => r.quote)).toEqual(["the old one had failed"]);
  });

  it("still makes no statement of an announced package or sanctions alone", () => {
    expect(statementsOf("The agency announced a new port package on Monday.")).toEqual([]);
    expect(statementsOf("The agency announced new sanctions on Peru on Monday.")).toEqual([]);
  });
});

describe("a closing attribution followed by a clause of time", () => {
  it("reads the words before it, and the speech inside the clause apart", () => {
    const body = "The Chilean navy has withdrawn its ships from its last base in Peru, the ministry said Monday, more than a year after the junta in Lima told them to leave.";
    const rows = statementsOf(body);
    expect(rows.map((r) => r.quote)).toEqual(["The Chilean navy has withdrawn its ships from its last base in Peru", "them to leave"]);
    expect(rows[0].speaker).toBe("the ministry");
  });
});

describe("a warning or demands issued", () => {
  it("reads 'issued a stern warning' as a warning and 'outlined demands to' as words said", () => {
    expect(statementsOf('Peru issued a stern warning, calling the raid "completely unacceptable."').map((r) => [r.speaker, r.stance])).toEqual([["Peru", "warn"]]);
    expect(statementsOf("Chilean President Ana Vidal outlined specific demands to Peru on the crash of a cargo plane.").map((r) => r.speaker)).toEqual(["Ana Vidal"]);
  });

  it("leaves a tail with 'set to' a tail", () => {
    const body = "About 1,500 Peruvian sailors are already in Chile, the agency said Friday, with more crews set to depart soon.";
    expect(statementsOf(body).map((r) => r.quote)).toEqual(["About 1,500 Peruvian sailors are already in Chile"]);
  });
});

describe("'according to' after a sentence opener", () => {
  it("is still fronted: its clause is the words", () => {
    expect(statementsOf("Also according to the Chilean navy, the drone's wreckage was found south of the border.").map((r) => [r.speaker, r.quote])).toEqual([
      ["the Chilean navy", "the drone's wreckage was found south of the border"],
    ]);
    expect(statementsOf("However, according to a navy statement, the drone was shot down over the sea.").map((r) => r.quote)).toEqual(["the drone was shot down over the sea"]);
  });
});

describe("force to come", () => {
  it("is no warning in a service that will resume", () => {
    expect(statementsOf("Vidal said the trains would resume in June.").map((r) => r.stance)).toEqual(["other"]);
  });

  it("is a warning when fighting or strikes resume", () => {
    expect(statementsOf("Vidal said Peru would resume strikes on the camps.").map((r) => r.stance)).toEqual(["warn"]);
  });
});
