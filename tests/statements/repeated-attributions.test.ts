import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("how often it was said, after a closing attribution", () => {
  it("closes the attribution as a time does", () => {
    expect(spoken("Rebel spokesman Tomas Vell spoke to reporters. “We hope all parties work towards calm,” Vell said three times.")).toEqual(["Tomas Vell: We hope all parties work towards calm"]);
    expect(spoken("“We hope all parties work towards calm,” Chilean envoy Ana Ruiz said several times during the briefing.")).toEqual(["Ana Ruiz: We hope all parties work towards calm"]);
    expect(spoken("Peru will reopen the border, Chilean envoy Ana Ruiz told reporters 10 times on Monday.")).toEqual(["Ana Ruiz: Peru will reopen the border"]);
    expect(spoken("“The border stays shut,” Ruiz repeated twice, before leaving the room.")).toEqual(["Ruiz: The border stays shut"]);
  });
});
