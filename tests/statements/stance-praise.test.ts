import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a party praised with no verb of support (data/praise-words.yaml)", () => {
  it("supports by effectiveness, excellence, rightness or fitness", () => {
    expect(stances("“She was very effective at calming the room,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("“The new ferry schedule is a little bit of magic,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("Senator Ola Berg said the harbour deal was the right thing to do for the island.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("“The mayor’s visit was a shot in the arm for the clinic,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("Senator Ola Berg said the chief is a level-headed manager.")).toEqual([["Ola Berg", "support"]]);
  });

  it("reads the clause after the speaker's opinion ('I think …')", () => {
    expect(stances("“I think Dana Holt is far superior to her rival,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("“I believe the harbour master is a liar,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("leaves praise of the speaker's own first person, or not told as done, or neutral words, as it was", () => {
    expect(stances("“We did a great job on the budget,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the new plan would be very effective.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the fee is effective immediately.")).toEqual([["Ola Berg", "other"]]);
  });

  it("lets a negative evaluation or a cue win", () => {
    expect(stances("Senator Ola Berg said the impressive brochure is a sham.")).toEqual([["Ola Berg", "accuse"]]);
  });
});
