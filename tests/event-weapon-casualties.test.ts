import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("casualties told with the weapon that caused them are an attack (casualties-of-attack)", () => {
  it("killed, wounded or dead by or in a bomb, a grenade, gunfire: ASSAULT on the victims' side, no doer named", () => {
    expect(coded(["Twenty Kenyan soldiers were killed by a roadside bomb near Mogadishu."])).toEqual([["ASSAULT", "", "KEN"]]);
    expect(coded(["Three Nigerian policemen were wounded by a grenade on Monday."])).toEqual([["ASSAULT", "", "NGA"]]);
    expect(coded(["Two Afghan children died in a bomb blast in the market on Friday."])).toEqual([["ASSAULT", "", "AFG"]]);
  });

  it("a death in a place of work is no attack", () => {
    expect(coded(["Two Colombian miners died in a mine on Monday."])).toEqual([]);
  });
});
