import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | stance | quote" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.stance} | ${r.quote}`);

describe("a relative 'which' after a body described by its head noun (statements/relative-subjects.ts)", () => {
  it("speaks for the body, as one the gazetteer names does", () => {
    expect(rows("The fee was approved by the city council, which said the cost was fair.")).toEqual(["the city council | other | the cost was fair"]);
  });

  it("takes up the body after 'of' a common noun, and keeps a proper name with 'of' whole", () => {
    expect(rows("The plan drew in members of the Chilean government, which has strongly denied any role in the attacks.")).toEqual([
      "the Chilean government | deny | denied any role in the attacks",
    ]);
    expect(rows("The fine was set by the Bank of Chile, which said it was fair.").map((r) => r.split(" | ")[0])).toEqual(["the Bank of Chile"]);
  });

  it("leaves a 'which' after a thing as it was", () => {
    expect(rows("The rule was set by the Constitution, which states that the senate meets twice.")).toEqual([]);
  });
});

describe("a part of a group before 'of whom' (statements/subjects.ts, data/statement-words.yaml group_parts)", () => {
  it("speaks as the group named before the comma", () => {
    expect(rows("The veto angered residents, many of whom say the claims are unfounded.").map((r) => r.split(" | ").slice(0, 2).join(" | "))).toEqual(["residents | deny"]);
    expect(rows("The mayor met 95 retired judges, most of whom had said they backed her.").map((r) => r.split(" | ")[0])).toEqual(["95 retired judges"]);
  });
});

describe("a part of a group before 'of whom' whose head is no speaker's word (relative-subjects.ts personsBefore)", () => {
  const speakers = (text: string) => statementsOf(text).map((r) => `${r.speaker} :: ${r.quote}`);
  it("speaks, since 'whom' takes up persons", () => {
    expect(speakers("The ruling did not sit well with relatives of the flood victims, many of whom say the dam was never inspected.")).toEqual([
      "relatives of the flood victims :: the dam was never inspected",
    ]);
    expect(speakers("The new levy angered family members, some of whom argued that it would close the farm.")).toEqual([
      "family members :: it would close the farm",
    ]);
    expect(speakers("The closure hurt local growers, most of whom have said they will sue the county.")).toEqual(["local growers :: they will sue the county"]);
  });
});

describe("a relative after a description set off by commas", () => {
  const who = (text: string) => statementsOf(text).map((r) => [r.speaker, r.stance]);
  it("takes up the name or body before the description", () => {
    expect(who("The board met Ana Ruiz, the head of the dockers' union, who has repeatedly pledged to stop the strike.")).toEqual([["Ana Ruiz", "other"]]);
    expect(who("Anna Berg met Tom Reed, a former dock worker, who said the port would close.")).toEqual([["Tom Reed", "other"]]);
    expect(who("Much of the impetus came from Peru and Chile, the region's two largest exporters, which vowed to stop the dumping of waste.")).toEqual([["Peru and Chile", "threaten"]]);
  });

  it("reads an adverb between the relative and its verb", () => {
    expect(who("Much of the impetus came from Peru and Chile, which together vowed to stop the dumping of waste.")).toEqual([["Peru and Chile", "threaten"]]);
  });

  it("leaves a 'which' after a thing to the thing", () => {
    expect(who("The crews read the charter, the oldest law of the port, which stipulates that the quay is public.")).toEqual([]);
  });
});
