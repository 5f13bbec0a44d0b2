import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

/** The ASSAULT rows of the paragraphs, as [actor, target]. */
const attacks = (...paragraphs: string[]) => coded(paragraphs).filter(([t]) => t === "ASSAULT").map(([, actor, target]) => [actor, target]);

describe("an attack told in the passive stands without a named attacker", () => {
  it("what was hit is the target; no party did it, so the actor stays empty", () => {
    const passives: [string, string][] = [
      ["A Chilean power plant was attacked on Tuesday night.", "CHL"],
      ["The Peruvian embassy in Quito was struck by drones on Sunday.", "PER"],
      ["A fuel depot in southern Chile was hit by two missiles overnight.", "CHL"],
      ["Chilean border posts were shelled on Monday.", "CHL"],
      ["A Bolivian army base was bombed by unidentified aircraft.", "BOL"],
      ["Several Peruvian villages were raided by gunmen last week.", "PER"],
      ["An Ecuadorian hospital was targeted by a drone on Friday.", "ECU"],
      ["The Chilean convoy was ambushed near the border.", "CHL"],
      ["A Venezuelan oil terminal was struck overnight, the ministry said.", "VEN"],
      ["Two Colombian warships were repeatedly attacked in the strait.", "COL"],
    ];
    for (const [text, target] of passives) expect(attacks(text), text).toContainEqual(["", target]);
  });

  it("a party after 'by' is the attacker", () => {
    expect(attacks("The Peruvian embassy in Quito was struck by Chilean drones on Sunday.")).toEqual([["CHL", "PER"]]);
  });

  it("harm that no one inflicts is no attack", () => {
    expect(attacks("Chile was hit by floods on Monday.")).toEqual([]);
    expect(attacks("The Peruvian economy was hit hard by the crisis.")).toEqual([]);
    expect(attacks("Bolivian exporters were hit by new tariffs in May.")).toEqual([]);
  });

  it("an attack told again takes the attacker told before, and is one event", () => {
    expect(attacks("Chilean jets bombed the Peruvian port of Callao on Monday.", "A fuel depot in the port was hit.")).toEqual([["CHL", "PER"]]);
  });
});

describe("casualties told with the attack that caused them", () => {
  it("people killed or wounded in an attack, shelling or raid: the victims' side is the target", () => {
    const told: [string, string][] = [
      ["Twelve Chilean soldiers were killed in an attack on Sunday.", "CHL"],
      ["Four Peruvian police officers died in a bombing near the border.", "PER"],
      ["Nine Bolivian farmers were wounded in an ambush on Tuesday.", "BOL"],
      ["Two Ecuadorian sailors were injured during a raid on their ship.", "ECU"],
      ["Six Colombian civilians were killed in an overnight air raid.", "COL"],
    ];
    for (const [text, target] of told) expect(attacks(text), text).toEqual([["", target]]);
  });

  it("the side after 'by' made the attack", () => {
    expect(attacks("Nine Bolivian civilians died in shelling by Peruvian forces on Monday.")).toEqual([["PER", "BOL"]]);
  });

  it("a heart attack or a workers' strike is no attack", () => {
    expect(attacks("The Chilean minister died in a heart attack on Sunday.")).toEqual([]);
  });
});

describe("an attack noun that harmed, or whose doer follows 'by'", () => {
  it("a strike, raid or bombing that killed, wounded or destroyed happened", () => {
    const harmed: [string, string][] = [
      ["A drone strike on a market in Tacna killed eight people on Monday.", "PER"],
      ["An air raid destroyed two bridges in southern Chile last week.", "CHL"],
      ["A bombing in Lima wounded 14 people on Monday.", ""],
      ["A missile barrage hit three Bolivian towns overnight.", "BOL"],
      ["An ambush near the border killed four Ecuadorian soldiers.", "ECU"],
    ];
    for (const [text, target] of harmed) expect(attacks(text).map(([a]) => a), text).toContain("");
  });

  it("the words after 'by' name a doer the gazetteer does not know", () => {
    expect(attacks("Repeated attacks by the militia on Tacna killed dozens of Peruvians.")).toEqual([["", "PER"]]);
    expect(attacks("The raids by the armed group on the Chilean port of Arica went on for a week.")).toEqual([["", "CHL"]]);
  });

  it("a call to stop attacks, or strikes by workers, tell none", () => {
    expect(attacks("Chile warned that attacks on civilians must stop.")).toEqual([]);
    expect(attacks("Strikes by dock workers in Lima closed the port.")).toEqual([]);
  });
});
