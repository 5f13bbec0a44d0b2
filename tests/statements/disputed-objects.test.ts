import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb of questioning with an object put in doubt", () => {
  it("speaks with the object as its words", () => {
    expect(spoken("Ana Ruiz questioned the need for a new bridge.")).toEqual(["Ana Ruiz: the need for a new bridge"]);
    expect(spoken("Mayor Tom Reed has questioned the very need for a second ferry.")).toEqual(["Tom Reed: the very need for a second ferry"]);
    expect(spoken("The opposition leader challenged the legitimacy of the vote count.")).toEqual(["the opposition leader: the legitimacy of the vote count"]);
    expect(spoken("Several council members have questioned the mayor's judgment in hiring her brother.")).toEqual(["Several council members: the mayor's judgment in hiring her brother"]);
  });

  it("says nothing with a person or an act as its object", () => {
    expect(spoken("Police questioned the suspect for six hours.")).toEqual([]);
    expect(spoken("The lawyers challenged the ruling in court.")).toEqual([]);
  });
});
