import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | role | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_role} | ${r.speaker_country}`);

describe("a person described by a state's party (data/actors.yaml, political parties)", () => {
  it("speaks for the party's state, by its adjective before a title", () => {
    expect(rows("Republican Senator Tom Vale said the farm bill would fail next week.")).toEqual(["Tom Vale | Republican Senator | USA"]);
  });

  it("speaks for the party's state, by its noun in an apposition", () => {
    expect(rows("Ann Cole, the top Democrat on the budget committee, said the plan was reckless.")).toEqual([
      "Ann Cole | top Democrat on the budget committee | USA",
    ]);
  });
});

describe("an international lender named in full (data/actors.yaml)", () => {
  it("speaks for itself", () => {
    expect(rows("The International Monetary Fund said growth would slow this year.").map((r) => r.split(" | ")[2])).toEqual(["IMF"]);
  });
});

describe("a party tag in brackets after a politician's name (data/speakers.yaml party_tags, speakers/party-tags.ts)", () => {
  it("places the person and the surname that takes them up, in a report naming no state", () => {
    expect(rows("Sen. Ann Cole (D-Ore.) said on Monday that the farm bill was dead. “It will not pass,” Cole said.").map((r) => r.split(" | ")[0] + " | " + r.split(" | ")[2])).toEqual([
      "Ann Cole | USA",
      "Ann Cole | USA",
    ]);
  });

  it("leaves brackets that are no party tag alone", () => {
    expect(rows("Ann Cole (pictured) said on Monday that the farm bill was dead.").map((r) => r.split(" | ")[2])).toEqual([""]);
  });
});

describe("a party's members named in the plural (speakers/party-members.ts)", () => {
  it("speak for the party's state, as a member named in the singular does", () => {
    expect(rows("Democrats said the hearing was called to embarrass the governor.").map((r) => r.split(" | ")[2])).toEqual(["USA"]);
    expect(rows("Many Republicans said the budget would pass.").map((r) => r.split(" | ")[2])).toEqual(["USA"]);
  });

  it("leaves a plural that names no party's members as it was", () => {
    expect(rows("Teachers said the budget would pass.").map((r) => r.split(" | ")[2])).toEqual([""]);
  });
});

describe("a party's members or a people named by a capitalised plural are several (speakers/phrase.ts membersAtEnd)", () => {
  const spoken = (text: string) => statementsOf(text).map((r) => `${r.speaker} :: ${r.quote}`);

  it("are taken up by a plural pronoun in the next sentence", () => {
    expect(spoken("Republicans argued that the budget was too large. They warned that the deficit would grow.")).toEqual([
      "Republicans :: the budget was too large",
      "Republicans :: the deficit would grow",
    ]);
    expect(spoken("House Democrats said the hearing was a stunt. They also noted the chairman had ignored the rules.")).toEqual([
      "House Democrats :: the hearing was a stunt",
      "House Democrats :: the chairman had ignored the rules",
    ]);
    expect(spoken("Many Canadians said the tariffs were unfair. They added that prices had risen.")).toEqual([
      "Many Canadians :: the tariffs were unfair",
      "Many Canadians :: prices had risen",
    ]);
  });

  it("leave a single person, or a state whose name ends in -s, unfit for a plural pronoun", () => {
    expect(spoken('Ana Ruiz said the tariffs were unfair. "We will fight," they said.')).toEqual(["Ana Ruiz :: the tariffs were unfair"]);
    expect(spoken("The Philippines said the tariffs were unfair. They added that prices had risen.")).toEqual(["the Philippines :: the tariffs were unfair"]);
  });
});

describe("a party's member named by the party's member word alone (statements/subjects.ts plausibleSpeaker)", () => {
  const spoken = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_country} :: ${r.quote}`);

  it("speaks for the party's state, after a number or a determiner", () => {
    expect(spoken("One Republican threatened to make the auditor testify in public.")).toEqual([
      "One Republican | USA :: threatened to make the auditor testify in public",
    ]);
    expect(spoken("A Democrat said the auditor should testify in public.")).toEqual(["a Democrat | USA :: the auditor should testify in public"]);
    expect(spoken("Another Republican warned that the farm bill would fail.")).toEqual(["Another Republican | USA :: the farm bill would fail"]);
  });
});
