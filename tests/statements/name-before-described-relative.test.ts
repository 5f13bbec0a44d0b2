import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a name, its description in apposition and a relative clause on that description, then the verb", () => {
  it("gives the words to the name, not to the description", () => {
    expect(spoken("Ana Ruiz, the head of the Water Coalition, which is made up of farmers, said the rules failed.")).toEqual(["Ana Ruiz: the rules failed"]);
    expect(spoken("Tomas Lind, a Denver-based builder and spokesman for the Harbour Group, which farmers founded, said the quay was unsafe. “It is old,” he said.")).toEqual([
      "Tomas Lind: the quay was unsafe",
      "Tomas Lind: It is old",
    ]);
  });

  it("leaves a description after a fronted phrase that is no name", () => {
    expect(spoken("Unlike Tom Reed, the head of the Water Coalition, which is made up of farmers, said the rules failed.")).toEqual(["the head of the Water Coalition: the rules failed"]);
  });
});
