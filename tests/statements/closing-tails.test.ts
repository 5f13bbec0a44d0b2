import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("closing attributions with longer tails", () => {
  it("reads a party and state in parentheses between the name and the verb", () => {
    expect(spoken("“The bridge must be rebuilt,” Rep. Dana Holm (D-Ore.) said Friday.")).toEqual(["Dana Holm: The bridge must be rebuilt"]);
  });

  it("reads an addressee after 'to' and a clause after 'as'", () => {
    expect(spoken("“We will be back next year,” Okafor said to the crowd.")).toEqual(["Okafor: We will be back next year"]);
    expect(spoken("“Let everyone know the harbour is open,” Okafor said Friday as she cut the ribbon.")).toEqual(["Okafor: Let everyone know the harbour is open"]);
  });

  it("reads a programme's title in quotation marks inside the tail", () => {
    expect(spoken("“The budget is spent,” Okafor said on Radio Leith’s “Morning Hour.”")).toEqual(["Okafor: The budget is spent"]);
  });

  it("reads a long apposition after an inverted speaker to the end", () => {
    expect(spoken("“The tide tables are wrong,” said Maren Okafor, a fellow at the Sea Institute who ran the harbour board, a public body.")).toEqual(["Maren Okafor: The tide tables are wrong"]);
  });

  it("still reads 'said before the vote that …' as opening its content", () => {
    const rows = spoken('Okafor, the harbour master, said before the vote that the board had become "detached from the town" and resigned.');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^Okafor: the board had become "detached from the town"/);
  });

  it("reads whom the words were told, a noun phrase with no verb, as part of the attribution", () => {
    expect(spoken("“The ferries are late,” Okafor told local broadcaster Radio Leith.")).toEqual(["Okafor: The ferries are late"]);
    expect(spoken("Nine ferries were cancelled in May, Okafor told a harbour board hearing last week.")).toEqual(["Okafor: Nine ferries were cancelled in May"]);
    // A clause after the addressee is the content: the verb opens it.
    expect(spoken("The pier is closed, Okafor told reporters the ferries would stop.")).toEqual(["Okafor: the ferries would stop"]);
  });

  it("reads a title of proper nouns before the speaker's name that the speaker phrase leaves out", () => {
    expect(spoken("“The shells are old,” Maj. Gen. Maren Okafor, deputy head of the Harbour Directorate, told reporters.")).toEqual(["Maren Okafor: The shells are old"]);
    expect(spoken("Nine ferries were cancelled, Deputy Envoy to the United Nations Maren Okafor told a hearing.")).toEqual(["Maren Okafor: Nine ferries were cancelled"]);
  });
});

describe("the speaker of an inverted verb before the occasion and the date", () => {
  it("ends the speaker where \"in a statement\" or \"on Monday\" begins", () => {
    expect(spoken("\"The quay will stay shut,\" said the Harbour Network in a statement on its website.")).toEqual(["the Harbour Network: The quay will stay shut"]);
    expect(spoken("\"The quay will stay shut,\" said Maren Okafor on Monday.")).toEqual(["Maren Okafor: The quay will stay shut"]);
  });

  it("keeps a speaker's own \"for\" or \"at\" phrase", () => {
    expect(spoken("\"The quay will stay shut,\" said a spokesman for the Harbour Ministry in a statement.")).toEqual(["a spokesman for the Harbour Ministry: The quay will stay shut"]);
  });
});

describe("an attribution after a dash", () => {
  it("ends the words at a dash, before an aside held between two dashes", () => {
    expect(spoken("The harbour lost 200 berths last year — twice the count before — the harbour board told the council on Tuesday.")).toEqual(["the harbour board: The harbour lost 200 berths last year"]);
    expect(spoken("The ferry sank near the quay — the coast guard said.")).toEqual(["the coast guard: The ferry sank near the quay"]);
  });
});

describe("a second closing attribution that carries the first", () => {
  it("gives the words to the first speaker, the outlet after it carrying them", () => {
    const rows = statementsOf("The ferry sank near the quay, the coast guard said on Friday, Harbour News reported.");
    expect(rows.map((r) => [r.speaker, r.via, r.quote])).toEqual([["the coast guard", "Harbour News", "The ferry sank near the quay"]]);
  });
});
