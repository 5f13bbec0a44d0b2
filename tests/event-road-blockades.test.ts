import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("a way blocked by people is a protest, whatever words name the way (blockade-protest)", () => {
  it("a road, a bridge or a port with its own modifiers or name", () => {
    expect(coded(["Angry French farmers blocked the main road to Lyon for three hours."])).toEqual([["PROTEST", "FRA", ""]]);
    expect(coded(["Striking Chilean dockers have blocked the Arica port since Monday."])).toEqual([["PROTEST", "CHL", ""]]);
    expect(coded(["Polish truckers blocked two major motorways on Friday."])).toEqual([["PROTEST", "POL", ""]]);
  });

  it("a state blocking a measure still refuses it", () => {
    expect(coded(["Hungary blocked the European Union's aid package for Ukraine."]).map(([type]) => type)).toContain("REJECT");
    expect(coded(["Hungary blocked the European Union's aid package for Ukraine."]).map(([type]) => type)).not.toContain("PROTEST");
  });
});
