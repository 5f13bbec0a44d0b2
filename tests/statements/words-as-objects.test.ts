import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb of saying whose noun-phrase object is what was said", () => {
  it("is a statement: 'noted the importance of …', 'conveyed greetings', 'stressed the need for …'", () => {
    expect(spoken("Ana Ruiz noted the importance of the talks with Peru.")).toEqual(["Ana Ruiz: the importance of the talks with Peru"]);
    expect(spoken("The Chilean envoy conveyed warm greetings to the Peruvian people.")).toEqual(["the Chilean envoy: warm greetings to the Peruvian people"]);
    expect(spoken("Ana Ruiz stressed the need for calm at the border.")).toEqual(["Ana Ruiz: the need for calm at the border"]);
    expect(spoken("Ana Ruiz hinted at talks with Peru.")).toEqual(["Ana Ruiz: at talks with Peru"]);
    expect(spoken("Ana Ruiz also mentioned the possibility of Peru moving frigates to the border.")).toEqual(["Ana Ruiz: the possibility of Peru moving frigates to the border"]);
  });

  it("not as a participle the writer adds, nor an act announced", () => {
    expect(spoken("Chile closed the port on Monday, stressing the need for calm.")).toEqual([]);
    expect(spoken("Chile announced a new aid package for Peru.")).toEqual([]);
  });
});
