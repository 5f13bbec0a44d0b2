/**
 * A source "who spoke to" a newspaper tells where the news came from: no talks between the
 * sides the sentence names. Invented sentences (Chile, Peru, Bolivia).
 */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

const types = (sentence: string) => codedEvents([sentence]).map(([t]) => t);

describe("an unnamed source who spoke to the press holds no talks", () => {
  it("'according to an official who spoke to a newspaper' makes no CONSULT", () => {
    expect(types("Chilean and Peruvian jets were intercepted on Wednesday, the first time those countries have been seen working together, according to a Bolivian defense official who spoke to a newspaper.")).not.toContain("CONSULT");
  });
  it("a minister who spoke to a counterpart still held talks", () => {
    expect(types("The Chilean minister, who spoke to his Peruvian counterpart on Monday, said talks would continue.")).toContain("CONSULT");
  });
});
