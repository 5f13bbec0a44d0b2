import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb of saying in -ing after a preposition that opens the sentence", () => {
  it("gives the gerund's words to the main clause's subject, whatever its verb", () => {
    expect(spoken("After saying the bridge was unsafe, Ana Ruiz was taken to the clinic for tests.")).toEqual(["Ana Ruiz: the bridge was unsafe"]);
    expect(spoken("Before warning that the quay would close, the mayor met the crews.")).toEqual(["the mayor: the quay would close"]);
  });

  it("ends the words at a comma inside a quotation's closing mark", () => {
    expect(spoken("After calling the toll “a waste of money,” Mayor Tom Reed left the hall.")).toEqual(["Tom Reed: calling the toll “a waste of money"]);
  });

  it("leaves a preposition whose gerund is another's ('for saying')", () => {
    expect(spoken("For saying the bridge was unsafe, Ana Ruiz was fired by the council.")).toEqual([]);
  });
});
