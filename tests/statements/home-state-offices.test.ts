import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | role | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_role} | ${r.speaker_country}`);

describe("an office written without its state, in a report with no dateline (speakers/home-state.ts)", () => {
  it("speaks for the first state the report names: a rank, a title before its link word", () => {
    expect(rows("Peru's navy searched the coast on Monday. Colonel Ana Ruiz said two boats were found. The Secretary of State, Tomas Vell, said the search would go on.")).toEqual([
      "Ana Ruiz | Colonel | PER",
      "Tomas Vell | Secretary of State | PER",
    ]);
  });

  it("speaks for the state of the report's first voice before the state its lead names", () => {
    expect(rows("Chile sent 500 troops to the border, Peru's spy agency told lawmakers on Monday. Lawmaker Ana Ruiz said the troops had arrived.")).toEqual([
      "Peru's spy agency |  | PER",
      "Ana Ruiz | Lawmaker | PER",
    ]);
  });

  it("leaves a speaker who holds no office of a state without one", () => {
    expect(rows("Peru's navy searched the coast on Monday. Analyst Marta Soto said the boats were old.")).toEqual(["Analyst Marta Soto |  | "]);
  });
});

describe("a title after a dash (data/speakers.yaml and speakers/words.ts titleBefore)", () => {
  it("is the role of the name it stands before, taken up by the surname", () => {
    expect(rows("Talks in Lima went on late — Chilean Defence Minister Rosa Diaz arrived on Tuesday. “We will help,” Diaz said.")).toEqual([
      "Rosa Diaz | Chilean Defence Minister | CHL",
    ]);
  });
});

describe("parties joined by 'and' after 'both' (speakers/phrase.ts)", () => {
  it("speak together, with each state, and 'Both' is no title", () => {
    expect(rows("Both Peru and Chile have denied the report.")).toEqual(["Both Peru and Chile |  | PER;CHL"]);
  });
});

describe("a foreign ministry named by its own name or initials, with no state in it (data/actors.yaml)", () => {
  it("speaks for its state, and so does its spokesperson, though another state is named first", () => {
    expect(rows("The Chilean envoy to Pretoria met officials on Monday. Dirco spokesperson Tomas Vell said the talks were useful.")).toEqual([
      "Tomas Vell | Dirco spokesperson | ZAF",
    ]);
    expect(rows("The Chilean envoy was summoned, the Department of International Relations and Cooperation said on Monday.")).toEqual([
      "the Department of International Relations and Cooperation |  | ZAF",
    ]);
    expect(rows("Peru's envoy left Brasilia. The Itamaraty said it regretted the decision.")).toEqual(["the Itamaraty |  | BRA"]);
  });
});

describe("an unnamed holder of a post in an office a modifier names (data/speakers.yaml office_member_heads)", () => {
  it("speaks for the dateline's state, one or many, whatever its other words", () => {
    expect(rows("SEOUL, March 8 (Reuters) - A senior administration official said the shipment was paused.")).toEqual([
      "a senior administration official | senior administration official | KOR",
    ]);
    expect(rows("SEOUL, March 8 (Reuters) - Army officials said the town was retaken, and a government source confirmed it.").map((r) => r.split(" | ")[2])).toEqual(["KOR", "KOR"]);
  });

  it("and for the report's first state with no dateline", () => {
    expect(rows("Peru's navy searched the coast. Two defence ministry officials said the boats were found.")).toEqual([
      "Two defence ministry officials |  | PER",
    ]);
  });

  it("but not when the office only names a field of knowledge, nor for officials of no office", () => {
    expect(rows("SEOUL, March 8 (Reuters) - Military experts said the town was retaken. Western officials said the boats were old.").map((r) => r.split(" | ")[2])).toEqual(["", ""]);
  });
});

describe("a title that opens the sentence before a name whose closing comma is left out (statements/subjects.ts titleOpeningBefore)", () => {
  it("is the name's role, and gives its state", () => {
    expect(rows("Peru's defence minister, Ana Ruiz said the troops had left.")).toEqual(["Ana Ruiz | Peru's defence minister | PER"]);
    expect(rows("Chile’s Office of the Government Spokesperson, Tomas Vell released a statement saying the claim was false.")).toEqual([
      "Tomas Vell | Chile’s Office of the Government Spokesperson | CHL",
    ]);
  });

  it("is no role when a time or a clause stands before the comma", () => {
    expect(rows("On Monday, Ana Ruiz said the troops had left.")).toEqual(["Ana Ruiz |  | "]);
    expect(rows("The troops left, Ana Ruiz said on Monday.")).toEqual(["Ana Ruiz |  | "]);
  });
});
