import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

/** The rows of one type, as [actor, target]. */
const ofType = (type: string, text: string) => coded([text]).filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);

describe("people killed in a side's attacks: the side that owns the attack did it", () => {
  it("a demonym or possessive before the attack noun is the attacker", () => {
    const told: [string, string, string][] = [
      ["Ten people were killed in Chilean airstrikes on Bolivia.", "CHL", "BOL"],
      ["Five Bolivian soldiers were wounded in a Peruvian drone strike.", "PER", "BOL"],
      ["Three villagers died in Peru’s shelling of the border town on Sunday.", "PER", ""],
      ["Dozens of Bolivian farmers were hurt in Argentine air raids overnight.", "ARG", "BOL"],
      ["Two Colombian sailors were injured in a Venezuelan missile attack on Tuesday.", "VEN", "COL"],
    ];
    for (const [text, actor, target] of told) expect(ofType("ASSAULT", text), text).toEqual([[actor, target]]);
  });

  it("sides joined by a hyphen after 'joint' attack together, aimed at the side they target", () => {
    expect(ofType("ASSAULT", "At least 16 people were killed in joint Chilean-Peruvian airstrikes targeting Bolivia's rebels.")).toEqual([["CHL;PER", "BOL"]]);
    expect(ofType("ASSAULT", "Four fighters died in combined Kenyan-Ugandan raids targeting Somalia's militants.")).toEqual([["KEN;UGA", "SOM"]]);
  });

  it("the victims' side before the verb stays the target, never the attacker", () => {
    expect(ofType("ASSAULT", "Chilean soldiers died in attacks on Monday.")).toEqual([["", "CHL"]]);
    expect(ofType("ASSAULT", "Twelve Peruvian soldiers were killed in an ambush near the border.")).toEqual([["", "PER"]]);
    // A side's forces that staged the attacks still own them.
    expect(ofType("ASSAULT", "Peruvian forces staged attacks across Bolivia with drones.")).toContainEqual(["PER", "BOL"]);
  });
});

describe("troops that enter or cross into a country are deployed there", () => {
  it("entering, crossing into or pouring into a country", () => {
    const moved: [string, string, string][] = [
      ["Chilean troops entered Bolivia last month.", "CHL", "BOL"],
      ["Peruvian troops began entering Ecuador on Tuesday.", "PER", "ECU"],
      ["Thousands of Kenyan soldiers crossed into Somalia in October.", "KEN", "SOM"],
      ["Argentine units crossed the border into Paraguay overnight.", "ARG", "PRY"],
      ["Chilean soldiers poured into Bolivia's border region.", "CHL", "BOL"],
    ];
    for (const [text, actor, target] of moved) expect(ofType("MOBILIZE", text), text).toEqual([[actor, target]]);
  });

  it("troops that enter no country make no deployment", () => {
    expect(ofType("MOBILIZE", "Chilean troops entered the stadium to restore order.")).toEqual([]);
  });
});

describe("seeking another side's help, troops or equipment is a request", () => {
  it("what is sought may be assistance, reinforcements, troops or equipment", () => {
    const sought: [string, string, string][] = [
      ["Bolivia has actively sought Peruvian military assistance.", "BOL", "PER"],
      ["Chile sought reinforcements from Argentina in March.", "CHL", "ARG"],
      ["Paraguay is seeking troops from Brazil for the border mission.", "PRY", "BRA"],
      ["Peru sought radar equipment from Chile last year.", "PER", "CHL"],
    ];
    for (const [text, actor, target] of sought) expect(ofType("REQUEST", text), text).toEqual([[actor, target]]);
  });

  it("seeking to stop a flow of help is no request", () => {
    expect(ofType("REQUEST", "Chile sought to block assistance from Peru to the rebels.")).toEqual([]);
  });
});

describe("a side that approves the sale of arms to another supplies them", () => {
  it("approving, authorising or clearing a sale to a side", () => {
    const sold: [string, string, string][] = [
      ["Germany approved the sale of 40 tanks to Poland.", "DEU", "POL"],
      ["The State Department has approved the sale of dozens of fighter jets to Taiwan.", "USA", "TWN"],
      ["Spain authorised the sale of patrol boats to Morocco on Monday.", "ESP", "MAR"],
      ["France cleared a sale of helicopters to Egypt last year.", "FRA", "EGY"],
    ];
    for (const [text, actor, target] of sold) expect(ofType("AID", text), text).toEqual([[actor, target]]);
  });

  it("a sale approved to no side names no recipient and makes no row", () => {
    expect(ofType("AID", "Germany approved the sale of its old tanks.")).toEqual([]);
  });
});

describe("sanctions told in the passive with their imposer", () => {
  it("sanctions, restrictions or an embargo imposed by a side on another", () => {
    const imposed: [string, string, string][] = [
      ["The sanctions imposed by Chile against Peru have hurt its economy.", "CHL", "PER"],
      ["Restrictions placed on Bolivian banks by Argentina were lifted on Monday.", "ARG", "BOL"],
      ["The embargo levied against Cuba by Mexico lasted a decade.", "MEX", "CUB"],
    ];
    for (const [text, actor, target] of imposed) expect(ofType("SANCTION", text), text).toEqual([[actor, target]]);
  });

  it("sanctions imposed on a side by no one named make no row", () => {
    expect(ofType("SANCTION", "The sanctions imposed on Peru have hurt its economy.")).toEqual([]);
  });

  it("penalties, export controls and punitive measures imposed on a side are sanctions", () => {
    expect(ofType("SANCTION", "Chile imposed punitive measures on Peru in April.")).toEqual([["CHL", "PER"]]);
    expect(ofType("SANCTION", "Peru slapped export controls on Chilean firms.")).toEqual([["PER", "CHL"]]);
    expect(ofType("SANCTION", "Brazil introduced retaliatory measures against Argentina.")).toEqual([["BRA", "ARG"]]);
  });
});

describe("alliances and partnerships formed, coalitions set up", () => {
  it("forming or forging a partnership or an alliance is an agreement of its sides", () => {
    expect(ofType("AGREE", "Peru and Bolivia formed a strategic partnership last year.")).toEqual([["PER;BOL", ""]]);
    expect(ofType("AGREE", "Chile and Argentina forged an alliance in 1990.")).toEqual([["CHL;ARG", ""]]);
    expect(ofType("AGREE", "Peru formed a partnership with Bolivia to build the railway.")).toEqual([["PER", "BOL"]]);
  });

  it("a naval or international coalition set up together is cooperation", () => {
    expect(ofType("COOPERATE", "Chile formed a naval coalition with Argentina to patrol the strait.")).toEqual([["CHL;ARG", ""]]);
  });

  it("a coalition government is no coalition between states", () => {
    expect(coded(["Peru's parties formed a coalition government in May."])).toEqual([]);
  });
});

describe("a state's name right before its agents modifies them, as a demonym does", () => {
  it("'US troops', 'DPRK soldiers': the state's people act for it", () => {
    const moved: [string, string, string][] = [
      ["US troops arrived in Peru on Monday.", "USA", "PER"],
      ["DPRK soldiers have started arriving in western Russia.", "PRK", "RUS"],
      ["UK soldiers were deployed to Estonia in March.", "GBR", "EST"],
      ["Chile troops crossed into Bolivia overnight.", "CHL", "BOL"],
    ];
    for (const [text, actor, target] of moved) expect(ofType("MOBILIZE", text), text).toEqual([[actor, target]]);
  });

  it("a name before a verb that looks like such a noun stays the subject", () => {
    expect(ofType("ASSAULT", "Chile forces attacked Peru's border posts.")).toEqual([["CHL", "PER"]]);
  });
});

describe("Congo as news names it", () => {
  it("plain Congo and eastern Congo are the Democratic Republic; the Republic of Congo is the other", () => {
    expect(ofType("MOBILIZE", "About 3,000 Rwandan troops are stationed in eastern Congo.")).toEqual([["RWA", "COD"]]);
    expect(ofType("AGREE", "Congo and Rwanda signed a peace deal in June.")).toEqual([["COD;RWA", ""]]);
    expect(ofType("AGREE", "The Republic of Congo signed a deal with Gabon.")).toEqual([["COG", "GAB"]]);
    expect(ofType("AGREE", "The Democratic Republic of the Congo signed a deal with Rwanda.")).toEqual([["COD", "RWA"]]);
  });
});

describe("troops taking training in another side's country are trained by that side", () => {
  it("undergoing, receiving, completing or beginning training in a country", () => {
    const trained: [string, string, string][] = [
      ["Peruvian soldiers are undergoing training in Chile.", "CHL", "PER"],
      ["The Bolivian pilots received flight training in Brazil last year.", "BRA", "BOL"],
      ["Bolivian officers completed their training in Argentina in May.", "ARG", "BOL"],
      ["Chilean troops began combat training in Peru on Monday.", "PER", "CHL"],
    ];
    for (const [text, actor, target] of trained) expect(ofType("AID", text), text).toEqual([[actor, target]]);
  });

  it("training whose trainees name no side, or in no other country, is none", () => {
    expect(ofType("AID", "The recruits are undergoing training in Chile.")).toEqual([]);
    expect(ofType("AID", "Chilean soldiers are undergoing training in the desert.")).toEqual([]);
  });
});

describe("force aimed at a side's sites, and land annexed, retaken or overrun", () => {
  it("targeting a side's bases, facilities, infrastructure or towns is an attack", () => {
    const aimed: [string, string, string][] = [
      ["Peru responded by targeting Chilean military production facilities.", "PER", "CHL"],
      ["Chile targeted Peruvian military bases on Monday.", "CHL", "PER"],
      ["Chile is targeting Peru's energy infrastructure.", "CHL", "PER"],
      ["Peruvian drones targeted two Chilean airfields overnight.", "PER", "CHL"],
    ];
    for (const [text, actor, target] of aimed) expect(ofType("ASSAULT", text), text).toEqual([[actor, target]]);
  });

  it("sanctions, measures or adverts that target something are no attack", () => {
    expect(ofType("ASSAULT", "The US sanctions target Peruvian oil facilities.")).toEqual([]);
    expect(ofType("ASSAULT", "New Chilean measures targeting Peruvian ports took effect.")).toEqual([]);
    expect(ofType("ASSAULT", "Chile targeted Peruvian voters with adverts.")).toEqual([]);
    // "targeting" after a noun describes it: the launch is the attack, the maker no attacker.
    expect(ofType("ASSAULT", "Peru launched Chilean-made drones targeting Bolivian cities.")).toEqual([["PER", "BOL"]]);
    expect(ofType("ASSAULT", "The EU agreed new sanctions against Peru, including those targeting 200 ships.")).toEqual([]);
    expect(ofType("ASSAULT", "A Chilean guard was on duty at the targeted site in Peru.")).toEqual([]);
  });

  it("land annexed, retaken, recaptured or overrun", () => {
    expect(ofType("ASSAULT", "Chile annexed Peru's southern provinces in 2022.")).toEqual([["CHL", "PER"]]);
    expect(ofType("ASSAULT", "Peru retook the town from Chilean forces.")).toEqual([["PER", "CHL"]]);
    expect(ofType("ASSAULT", "Chilean troops overran three Peruvian villages.")).toEqual([["CHL", "PER"]]);
  });
});
