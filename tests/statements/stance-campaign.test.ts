import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("backing a person or a cause in the speaker's words", () => {
  it("reads a vote promised, backing and standing up for as support", () => {
    expect(stances("Senator Ola Berg said she will vote for the mayor in November.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("Senator Ola Berg said he backs Mayor Ida Moen over her rival.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("Senator Ola Berg said parents are standing up for their schools.")).toEqual([["Ola Berg", "support"]]);
  });

  it("leaves a backer named with a hyphen a report", () => {
    expect(stances("Senator Ola Berg said the rebel-backed militia took the port.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("blame laid by naming 'the one' who did it", () => {
  it("reads it as an accusation", () => {
    expect(stances("Senator Ola Berg said the council members are the ones trying to delay the vote.")).toEqual([["Ola Berg", "accuse"]]);
  });
});

describe("a charge said to be overstated", () => {
  it("reads it as a denial", () => {
    expect(stances("Senator Ola Berg said the critics were exaggerating the reach of the new rule.")).toEqual([["Ola Berg", "deny"]]);
  });
});

describe("harm said to be at risk or feared", () => {
  it("reads it as a warning", () => {
    expect(stances("Minister Ola Berg said that the slump risks undermining trade across the region.")).toEqual([["Ola Berg", "warn"]]);
    expect(stances("Minister Ola Berg said officials were concerned that smugglers would find new routes.")).toEqual([["Ola Berg", "warn"]]);
  });
});

describe("a rival of the speaker's own state told as doing wrong", () => {
  it("accuses the named person: a person is no side telling its own act", () => {
    expect(stances("Republican Senator Ola Berg said Donald Trump had personally attacked his wife and his father.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Republican Senator Ola Berg said Donald Trump was the one who started the feud.")).toEqual([["Ola Berg", "accuse"]]);
  });
});

describe("words that find a person or a policy unfit or at fault", () => {
  it("accuse, told as done", () => {
    expect(stances("Senator Ola Berg said the mayor was unfit to serve on the board.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the new toll sent a terrible message to drivers.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the council was gaming the system.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("accuse no one told as possible", () => {
    expect(stances("Senator Ola Berg said the mayor could be unfit to serve.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("leave to act", () => {
  it("backs whom it is granted, and not when it is denied", () => {
    expect(stances("General Ida Moen said the crews were allowed to use the new rockets.")).toEqual([["Ida Moen", "support"]]);
    expect(stances("General Ida Moen said the crews weren't allowed to repair the ships.")).toEqual([["Ida Moen", "other"]]);
  });
});
