import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

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
});
