import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("whom a closing 'told' addresses, with a participle after its noun", () => {
  it("keeps the quotation before as the words, not the participle's phrase", () => {
    expect(spoken("\"Peru condemns the launch in the strongest terms,\" a Chilean envoy to the United Nations told a council meeting held in New York.")).toEqual([
      "a Chilean envoy to the United Nations: Peru condemns the launch in the strongest terms",
    ]);
    expect(spoken("“The port is closed,” the mayor told reporters gathered outside.")).toEqual(["the mayor: The port is closed"]);
  });

  it("still reads a clause after the one addressed as the words", () => {
    expect(spoken("The mayor told reporters that the port was closed.")).toEqual(["the mayor: the port was closed"]);
  });
});
