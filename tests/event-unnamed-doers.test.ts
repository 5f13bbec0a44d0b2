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

describe("an attack noun whose doer follows 'by'", () => {
  it("the words after 'by' name a doer the gazetteer does not know", () => {
    expect(attacks("Repeated attacks by the militia on Tacna killed dozens of Peruvians.")).toEqual([["", "PER"]]);
    expect(attacks("The raids by the armed group on the Chilean port of Arica went on for a week.")).toEqual([["", "CHL"]]);
  });

  it("a call to stop attacks, or strikes by workers, tell none", () => {
    expect(attacks("Chile warned that attacks on civilians must stop.")).toEqual([]);
    expect(attacks("Strikes by dock workers in Lima closed the port.")).toEqual([]);
  });
});

describe("an attack by an unnamed doer told again is one event", () => {
  it("the same doer's words against the same side make one row", () => {
    const rows = attacks("Raids by the armed group on Tacna went on all week.", "Shops closed in the city.", "Raids by the armed group on Tacna resumed on Sunday.");
    expect(rows).toEqual([["", "PER"]]);
  });
});

/** The COERCE rows of the paragraphs, as [actor, target]. */
const seizures = (text: string) => coded([text]).filter(([t]) => t === "COERCE").map(([, actor, target]) => [actor, target]);

describe("people seized, told in the passive", () => {
  it("the people seized are the target, the 'by' phrase's party the actor", () => {
    const seized: [string, string, string][] = [
      ["Two Chilean fishermen were detained by Peruvian police on Friday.", "PER", "CHL"],
      ["Three Bolivian soldiers were captured near the border on Monday.", "", "BOL"],
      ["A Peruvian journalist was arrested in Santiago on Tuesday.", "", "PER"],
      ["Four Ecuadorian sailors were abducted off the coast.", "", "ECU"],
      ["Two Colombian engineers were kidnapped by gunmen in Venezuela.", "", "COL"],
      ["The Japanese tourists were briefly detained by Vietnamese police.", "VNM", "JPN"],
      ["Two Ghanaian traders were jailed in Togo last month.", "", "GHA"],
      ["Nine Venezuelan migrants were arrested by Colombian police.", "COL", "VEN"],
      ["Eight Bolivian miners were taken hostage by Peruvian smugglers.", "PER", "BOL"],
      ["Six Kenyan aid workers were reportedly abducted on Monday.", "", "KEN"],
    ];
    for (const [text, actor, target] of seized) expect(seizures(text), text).toContainEqual([actor, target]);
  });

  it("goods or land seized, or someone arrested with no side named, is no seizure between parties", () => {
    expect(seizures("The cargo was seized by Chilean customs on Monday.")).toEqual([]);
    expect(seizures("The suspect was arrested on Monday.")).toEqual([]);
  });
});

describe("a side that acknowledges or admits a deployment made it", () => {
  it("the deployment is the subject's", () => {
    expect(coded(["Peru acknowledged the deployment of troops to Bolivia in April."]).filter(([t]) => t === "MOBILIZE").map(([, a, b]) => [a, b])).toEqual([["PER", "BOL"]]);
    expect(coded(["Chile admitted the deployment of 300 soldiers to Bolivia."]).filter(([t]) => t === "MOBILIZE").map(([, a, b]) => [a, b])).toEqual([["CHL", "BOL"]]);
  });
});
