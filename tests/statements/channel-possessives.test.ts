import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a channel followed by its possessive", () => {
  it("reads 'in an interview with CNN's <host>' as the attribution's tail, not the words said", () => {
    expect(spoken("“The tender was a farce,” the harbour master said in an interview with CNN's Dana Voss.")).toEqual(["the harbour master: The tender was a farce"]);
    expect(spoken("“The tender was a farce,” Okafor said in an interview with CNN’s Dana Voss on Sunday.")).toEqual(["Okafor: The tender was a farce"]);
  });
});
