import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
/** The rows the coder makes of one sentence, as [type, actor, target, status]. */
const rows = (text: string) => extractEvents(makeEventDoc([text], "2023-09-06"), resources).map((r) => [r.event_type, r.actor, r.target, r.status]);
/** The rows of one type, as [actor, target]. */
const ofType = (type: string, text: string) => rows(text).filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);

describe("a weapon as the subject of a verb of impact is an attack by its side", () => {
  it("the weapon's owner attacks, the place it hits is the target's", () => {
    const hit: [string, string, string][] = [
      ["Chilean drones hit an apartment block in Peru on Tuesday.", "CHL", "PER"],
      ["Two Peruvian missiles hit a port in northern Chile overnight.", "PER", "CHL"],
      ["Bolivian shells rained down on villages in Peru.", "BOL", "PER"],
      ["Sudanese rockets slammed into a market in Chad.", "SDN", "TCD"],
      ["Kenyan warplanes pounded a camp in southern Somalia.", "KEN", "SOM"],
      ["Ethiopian artillery hit positions inside Eritrea on Monday.", "ETH", "ERI"],
      ["The Chilean army's shells hit a school in Peru.", "CHL", "PER"],
      ["A hospital in Chile was hit by Peruvian missiles overnight.", "PER", "CHL"],
      ["Peru was struck by Chilean drones on Sunday.", "CHL", "PER"],
      ["Several towns in Eritrea were pounded by Ethiopian artillery.", "ETH", "ERI"],
    ];
    for (const [text, actor, target] of hit) expect(ofType("ASSAULT", text), text).toContainEqual([actor, target]);
  });

  it("what hits a level or a market is no attack, and shells with no owner name no attacker", () => {
    expect(ofType("ASSAULT", "Chilean drone production hit a record last year.")).toEqual([]);
    expect(ofType("ASSAULT", "Peruvian missile exports hit a new high in 2024.")).toEqual([]);
    expect(ofType("ASSAULT", "Chilean officers ended the talks as shells crashed into the Peruvian port.")).toEqual([]);
  });
});

describe("fighting told by a noun of combat between two sides", () => {
  it("clashes, fighting or battles between two sides are an attack of one on the other", () => {
    const fought: [string, string, string][] = [
      ["Clashes erupted between Chilean and Peruvian soldiers near the border.", "CHL", "PER"],
      ["Clashes broke out between Kenyan and Somali troops on Monday.", "KEN", "SOM"],
      ["Fighting between Ethiopian and Eritrean forces killed dozens.", "ETH", "ERI"],
      ["Heavy fighting broke out between Sudanese and Chadian troops.", "SDN", "TCD"],
      ["Gun battles between Bolivian and Paraguayan soldiers lasted for hours.", "BOL", "PRY"],
      ["Renewed hostilities between Thai and Cambodian troops were reported.", "THA", "KHM"],
      ["A firefight between Indian and Pakistani soldiers left one dead.", "IND", "PAK"],
      ["Battles raged between Armenian and Azerbaijani troops overnight.", "ARM", "AZE"],
    ];
    for (const [text, actor, target] of fought) expect(ofType("ASSAULT", text), text).toEqual([[actor, target]]);
  });

  it("a clash of views, or talks between two sides, is no fighting", () => {
    expect(ofType("ASSAULT", "A clash of views between Chile and Peru marked the summit.")).toEqual([]);
    expect(ofType("ASSAULT", "The talks between Chilean and Peruvian diplomats ended.")).toEqual([]);
  });
});

describe("weapons used against a side", () => {
  it("the user of a weapon against a side attacks it, not the weapon's maker", () => {
    const used: [string, string, string][] = [
      ["Chile used Bolivian drones against Peru on Tuesday.", "CHL", "PER"],
      ["Peru has used the missiles against Chilean cities.", "PER", "CHL"],
      ["Chile bought shells from Bolivia and used the shells against Peruvian towns.", "CHL", "PER"],
      ["Ethiopia employed glide bombs against Eritrean positions.", "ETH", "ERI"],
      ["Kenya is using Turkish drones against Somali militias.", "KEN", "SOM"],
      ["Peru used its new rockets in attacks on Chile.", "PER", "CHL"],
    ];
    for (const [text, actor, target] of used) expect(ofType("ASSAULT", text), text).toContainEqual([actor, target]);
  });

  it("a veto used against a resolution, or weapons that could be used, is no attack", () => {
    expect(ofType("ASSAULT", "Chile used its veto against the resolution.")).toEqual([]);
    expect(ofType("ASSAULT", "The drones could be used against Peru.")).toEqual([]);
    expect(ofType("ASSAULT", "Chile intends to use them in combat against Peruvian forces.")).toEqual([]);
  });
});

describe("missiles launched on or against a place", () => {
  it("a launch aimed at a place's state is an attack; a launch on a day is not aimed", () => {
    expect(ofType("ASSAULT", "Chile launched two missiles against the Peruvian city of Tacna.")).toEqual([["CHL", "PER"]]);
    expect(ofType("ASSAULT", "Peru fired three rockets on Chile on Monday.")).toEqual([["PER", "CHL"]]);
    expect(rows("Chile fired two missiles on Tuesday.")).toEqual([["MOBILIZE", "CHL", "", "occurred"]]);
    expect(rows("Chile fired two missiles on the 5th of May.")).toEqual([["MOBILIZE", "CHL", "", "occurred"]]);
  });

  it("a campaign or an inquiry launched against a side fires nothing; a counteroffensive attacks", () => {
    expect(ofType("ASSAULT", "Chile launched a diplomatic campaign against Peru.")).toEqual([]);
    expect(ofType("ASSAULT", "Chile launched an investigation against Peruvian officials.")).toEqual([]);
    expect(ofType("ASSAULT", "Chile launched a counteroffensive against Peru.")).toEqual([["CHL", "PER"]]);
    expect(ofType("ASSAULT", "Peru mounted a counter-attack on Chilean positions.")).toEqual([["PER", "CHL"]]);
  });
});

describe("a deployment ordered, prepared or begun, and one that may come", () => {
  it("the side that orders, prepares or begins a deployment deploys", () => {
    const deployed: [string, string, string][] = [
      ["Chile ordered the deployment of 2,000 troops to Bolivia on Monday.", "CHL", "BOL"],
      ["Peru has begun a new deployment of soldiers to Ecuador.", "PER", "ECU"],
      ["Kenya approved the deployment of its troops to Haiti.", "KEN", "HTI"],
      ["Rwanda completed the deployment of 1,000 soldiers to Mozambique.", "RWA", "MOZ"],
      ["Turkey authorized the deployment of troops to Libya.", "TUR", "LBY"],
    ];
    for (const [text, actor, target] of deployed) expect(ofType("MOBILIZE", text), text).toContainEqual([actor, target]);
  });

  it("a deployment being prepared, or a sending that may come, is planned", () => {
    expect(rows("Peru is preparing a third deployment of around 6,000 soldiers to Ecuador.")).toContainEqual(["MOBILIZE", "PER", "ECU", "planned"]);
    expect(rows("Belarus may send additional troops to Russia this summer.")).toContainEqual(["MOBILIZE", "BLR", "RUS", "planned"]);
    expect(rows("Chile may supply ballistic missiles to Peru.")).toContainEqual(["AID", "CHL", "PER", "planned"]);
    expect(rows("Kenya may soon deploy more troops to Somalia.")).toContainEqual(["MOBILIZE", "KEN", "SOM", "planned"]);
  });

  it("'may have' stays a hedge, and a 'may' that governs another verb still tells no act", () => {
    expect(rows("Belarus may have sent troops to Russia.")).toContainEqual(["MOBILIZE", "BLR", "RUS", "alleged"]);
    expect(ofType("AID", "The new factory may suggest Chile's resolve to keep supplying shells to Peru.")).toEqual([]);
    expect(ofType("MOBILIZE", "A side announcing another's deployment does not deploy: Peru announced the deployment of Chilean troops to Bolivia.")).not.toContainEqual(["PER", "BOL"]);
  });
});

describe("an attempt at violence is violence", () => {
  it("an attempted attack, killing or abduction is coded as the act", () => {
    expect(rows("Chile attempted to assassinate a Peruvian minister.")).toContainEqual(["ASSAULT", "CHL", "PER", "occurred"]);
    expect(rows("Kenyan forces attempted to storm a Somali border post.")).toContainEqual(["ASSAULT", "KEN", "SOM", "occurred"]);
    expect(ofType("COERCE", "Bolivian agents attempted to abduct a Chilean diplomat.")).toEqual([["BOL", "CHL"]]);
  });

  it("an attempt at any other act is none", () => {
    expect(ofType("CONSULT", "Chile attempted to visit Peru.")).toEqual([]);
    expect(ofType("AID", "Chile attempted to send arms to Peru.")).toEqual([]);
  });
});

describe("an agent after 'by' may open with any determiner", () => {
  it("a visit or a signing by a side's delegation or its ministers is that side's", () => {
    expect(ofType("CONSULT", "The visit by a Chilean delegation to Peru ended on Friday.")).toEqual([["CHL", "PER"]]);
    expect(ofType("CONSULT", "The briefing preceded a planned visit by Chilean officials to Peru.")).toEqual([["CHL", "PER"]]);
    expect(ofType("CONSULT", "A visit by an Ethiopian delegation to Kenya is planned.")).toEqual([["ETH", "KEN"]]);
  });
});

describe("support told by the transfer it took is aid", () => {
  it("'supported X by supplying …' is aid from the subject to the side supported", () => {
    const aided: [string, string, string][] = [
      ["Bolivia has contributed to Peru's war by providing drones and shells.", "BOL", "PER"],
      ["Chile backed Peru by supplying ammunition.", "CHL", "PER"],
      ["Kenya supported Somalia by sending armoured vehicles.", "KEN", "SOM"],
      ["Ethiopia is supporting Sudan's war effort by supplying it with shells.", "ETH", "SDN"],
      ["Turkey bolstered Libya's army by selling it drones.", "TUR", "LBY"],
    ];
    for (const [text, actor, target] of aided) expect(ofType("AID", text), text).toContainEqual([actor, target]);
  });

  it("support said by words, or a side supported by another's exports, is no such aid", () => {
    expect(ofType("AID", "Chile supported Peru's bid at the United Nations.")).toEqual([]);
    expect(ofType("AID", "Peru's economy was supported by exporting copper to Chile.")).not.toContainEqual(["PER", "PER"]);
  });
});

describe("a place after a preposition and a word of direction is no subject", () => {
  it("'strikes in southern Peru killed': the strikes' owner attacks, the place is the target", () => {
    const struck: [string, string, string][] = [
      ["Chilean airstrikes in southern Peru killed two farmers near Tacna.", "CHL", "PER"],
      ["Chilean drone strikes in eastern Peru killed a shepherd on Monday.", "CHL", "PER"],
      ["Kenyan raids across northern Somalia killed dozens of fighters.", "KEN", "SOM"],
    ];
    for (const [text, actor, target] of struck) {
      expect(ofType("ASSAULT", text), text).toContainEqual([actor, target]);
      expect(ofType("ASSAULT", text).map(([a]) => a), text).not.toContain(target);
    }
  });
});

describe("casualties told in the passive are no act, a count of the killed after the verb is one", () => {
  it("'were also wounded', '900 soldiers wounded or killed', '212 people injured' make no attack", () => {
    for (const text of [
      "Two Peruvian soldiers were also wounded.",
      "Two Peruvian officers were reportedly wounded near the border.",
      "A medic counted up to 900 Bolivian soldiers wounded or killed.",
      "Chile's army said 212 people injured in Tacna were treated.",
    ]) expect(ofType("ASSAULT", text), text).toEqual([]);
  });

  it("'troops killed 14 soldiers' is the troops' attack", () => {
    expect(ofType("ASSAULT", "Peruvian troops killed 14 Chilean soldiers near the border.")).toContainEqual(["PER", "CHL"]);
    expect(ofType("ASSAULT", "Ugandan troops have killed nine rebels in Congo, the army said.")).toContainEqual(["UGA", "COD"]);
  });
});

describe("a verb of harm after a noun of attack tells the attack's toll", () => {
  it("the noun's owner attacks; no side named after the noun becomes an attacker", () => {
    const text = "Peru's interior ministry said Chilean strikes on two farms beyond the Bolivian depots had killed six herders.";
    expect(ofType("ASSAULT", text).map(([actor]) => actor)).toEqual(["CHL"]);
    expect(ofType("ACCUSE", text)).toEqual([["PER", "CHL"]]);
    expect(ofType("ASSAULT", "The Chilean drone strike that killed a Peruvian colonel also killed two Bolivian guards.").map(([actor]) => actor)).toEqual(["CHL"]);
  });

  it("a verb of harm in another clause keeps its own doer", () => {
    expect(ofType("ASSAULT", "Chilean strikes hit the port and Peruvian troops killed 20 Chilean soldiers.")).toContainEqual(["PER", "CHL"]);
  });
});
