import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

const speakers = (text: string) => spoken(text).map((r) => r.slice(0, r.indexOf(":")));

describe("a number of states taken up", () => {
  it("names as many states as the number says, as the article named them last", () => {
    expect(speakers("Chile recalled its envoys to Peru, Bolivia and Ecuador after these three nations announced their plan to recognise the new state.")).toEqual(["Peru, Bolivia and Ecuador"]);
    expect(speakers("Peru, Bolivia and Ecuador signed the pact on Monday. The three countries said the border would reopen.")).toEqual(["Peru, Bolivia and Ecuador"]);
    expect(speakers("Argentina, Chile, Peru and Bolivia met in Quito. The four governments said that fishing quotas would rise.")).toEqual(["Argentina, Chile, Peru and Bolivia"]);
  });

  it("still names two for 'both'", () => {
    expect(speakers("Chile and Peru met in Lima. Both countries said the talks went well.")).toEqual(["Chile and Peru"]);
  });
});

describe("'the official' after a titled person spoke", () => {
  it("takes up that person, in 'according to' and before a verb", () => {
    expect(speakers("Chile's trade commissioner Ana Ruiz said exports doubled. According to the official, Chile should keep buying ships.")).toEqual(["Ana Ruiz", "Ana Ruiz"]);
    expect(speakers("Peru's ambassador, Luis Cano, said the talks had stalled. The diplomat added that Lima would wait.")).toEqual(["Luis Cano", "Luis Cano"]);
  });

  it("takes up an official described before rather than a named person", () => {
    expect(speakers("A Chilean official said exports doubled. Trade Minister Ana Ruiz said ships were needed. The official added that ports were full.")).toEqual(["a Chilean official", "Ana Ruiz", "a Chilean official"]);
  });
});
