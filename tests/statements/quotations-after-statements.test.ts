import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a quotation standing alone after a reported statement", () => {
  it("is the same speaker's words, a row of its own", () => {
    expect(spoken('Ana Ruiz said the navy was ready. "Peru has moved two frigates to the border."')).toEqual(["Ana Ruiz: the navy was ready", "Ana Ruiz: Peru has moved two frigates to the border."]);
    expect(spoken('The Chilean navy warned that Peru had moved two frigates.\n\n"Our ships will stay at Arica until they leave."')).toEqual([
      "the Chilean navy: Peru had moved two frigates",
      "the Chilean navy: Our ships will stay at Arica until they leave.",
    ]);
  });

  it("after a mixed statement carries on its words, not a row of its own", () => {
    expect(spoken('Peru has "two frigates" at the border, Ana Ruiz said. "They came on Monday."')).toEqual(['Ana Ruiz: Peru has "two frigates" at the border']);
  });

  it("leaves a question to the attribution that follows it", () => {
    expect(spoken('Ruiz said the navy was ready. "Will Peru attack?" Jorge Vidal asked.')).toEqual(["Ruiz: the navy was ready", "Jorge Vidal: Will Peru attack?"]);
  });
});

describe("an attribution cut off after a question, with a clause of time in its tail", () => {
  it("tells the question before: '“…?” Ruiz said, when asked about …'", () => {
    expect(spoken('"If Peru attacks, would we be ready?" Ruiz said, when asked about the frigates.')).toEqual(["Ruiz: If Peru attacks, would we be ready?"]);
  });
});
