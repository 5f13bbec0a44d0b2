import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("an idiom of reproach predicated of a third party (data/reproach-idioms.yaml)", () => {
  it("accuses the subject whose predicate the idiom is, in any tense, quoted or reported", () => {
    expect(stances("“Tove Lind has no business running the harbour,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The harbour board should be ashamed of itself,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the mayor was out of touch with working families.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Tove Lind doesn’t care about the dockers,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Tove Lind isn't telling the truth about the fund,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Tove Lind threw the nurses under the bus,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The council turned their backs on the nurses,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("not where the idiom is negated, supposed or asked", () => {
    expect(stances("“Tove Lind is not out of touch with working families,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“The board never turned its back on the dockers,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“If the mayor turned her back on the dockers, she will lose,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Is Tove Lind out of touch with working families?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });

  it("not of the speaker, its side, the one spoken to with no one named, or a thing", () => {
    expect(stances("“We should be ashamed of the budget,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“I have no business telling the council what to do,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“You have no business here,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“The old printing press is out of touch with the times,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });
});
