import { describe, expect, it } from "vitest";
import { extractEvents } from "../loaders/events.ts";
import { codedEvents as coded, makeEventDoc } from "./helpers.ts";

/** The rows of one type, as [actor, target]. */
const ofType = (type: string, text: string) => coded([text]).filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);

describe("helping, assisting or aiding a side is aid", () => {
  it("the side helped stands right after the verb, whatever follows it", () => {
    const helped: [string, string, string][] = [
      ["Chile helped Peru build its first drone factory last year.", "CHL", "PER"],
      ["Brazil has aided the Peruvian army with fuel and spare parts.", "BRA", "PER"],
      ["Argentina assisted Bolivia in repairing the dam.", "ARG", "BOL"],
      ["Ecuador is helping Colombia clear mines along the border.", "ECU", "COL"],
      ["Japan helped Vietnam by providing patrol boats.", "JPN", "VNM"],
      ["Chile will help Peru rebuild the bridge, the minister said.", "CHL", "PER"],
      ["Venezuela has been assisting Cuba with oil shipments for years.", "VEN", "CUB"],
      ["Kenya aided Somalia's government in retaking the port.", "KEN", "SOM"],
      ["Canada has pledged to help Ukraine train its pilots.", "CAN", "UKR"],
      ["Norway helped Sudan's farmers with seed and tools.", "NOR", "SDN"],
    ];
    for (const [text, actor, target] of helped) expect(ofType("AID", text), text).toContainEqual([actor, target]);
  });

  it("help with no side after it, or help that only says why another act was done, is none", () => {
    expect(ofType("AID", "The road will help ease tensions between Chile and Peru.")).toEqual([]);
    expect(coded(["Chile sent troops to help Peru in its war against Bolivia."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(ofType("AID", "Peruvian police were aided by Chilean investigators.")).toEqual([]);
  });
});

describe("a worry told of a side's act criticises it", () => {
  it("concern, alarm or disapproval voiced about a side's act accuses that side", () => {
    const voiced: [string, string, string][] = [
      ["Brazil voiced concern over Chile's missile tests on Monday.", "BRA", "CHL"],
      ["Japan expressed grave concern about Peru's troop deployment near the border.", "JPN", "PER"],
      ["Argentina conveyed its alarm to Chile over the border closure.", "ARG", "CHL"],
      ["The European Union registered its disapproval of Venezuela's election.", "EU", "VEN"],
      ["Kenya reiterated its concerns about Ethiopia's dam.", "KEN", "ETH"],
    ];
    for (const [text, actor, target] of voiced) expect(ofType("ACCUSE", text), text).toEqual([[actor, target]]);
  });

  it("a side concerned, alarmed or troubled by another's act accuses it", () => {
    const felt: [string, string, string][] = [
      ["Peru is deeply concerned about Chile's arms purchases.", "PER", "CHL"],
      ["Washington was alarmed at the growing military ties between Iran and Venezuela.", "USA", "IRN;VEN"],
      ["The European Union was disappointed with Hungary's veto.", "EU", "HUN"],
      ["Brazil remains troubled by Chile's decision to close the border.", "BRA", "CHL"],
      ["The United Nations is appalled by the attacks by Sudan's army on El Fasher.", "UN", "SDN"],
      ["Japan has long been concerned about Russia's ties to Iran.", "JPN", "RUS"],
    ];
    for (const [text, actor, target] of felt) expect(ofType("ACCUSE", text), text).toEqual([[actor, target]]);
  });

  it("a worry about what may come, about a side's safety, or caused by a thing, accuses no one", () => {
    expect(ofType("ACCUSE", "Colombia voiced concern about possible Venezuelan arms purchases.")).toEqual([]);
    expect(ofType("ACCUSE", "Peruvian officials are worried about the safety of Chilean citizens.")).toEqual([]);
    expect(ofType("ACCUSE", "Residents of Lima were alarmed by the storm.")).toEqual([]);
    expect(ofType("ACCUSE", "The deadlock over Venezuela raised concerns about the effectiveness of sanctions.")).toEqual([]);
  });
});

describe("attacks told as nouns: ordered, stepped up, or made by a side after 'by'", () => {
  it("a verb that orders, steps up or resumes attacks makes its subject the attacker", () => {
    const stepped: [string, string, string][] = [
      ["Chile stepped up its attacks on Peru this week.", "CHL", "PER"],
      ["Peru's defence minister ordered another strike on a Chilean patrol boat.", "PER", "CHL"],
      ["Israel intensified its bombardment of Gaza on Sunday.", "ISR", "PSE"],
      ["Russia resumed air strikes on Ukraine on Friday.", "RUS", "UKR"],
      ["Ethiopia escalated its offensive against Eritrea in May.", "ETH", "ERI"],
    ];
    for (const [text, actor, target] of stepped) expect(ofType("ASSAULT", text), text).toEqual([[actor, target]]);
  });

  it("the side after 'by' makes the bombardment, raid or shelling the noun tells", () => {
    expect(ofType("ASSAULT", "Repeated raids by Peruvian troops on Chilean villages drew protests.")).toEqual([["PER", "CHL"]]);
    expect(ofType("ASSAULT", "A bombardment by Ethiopian gunners on Eritrean towns killed nine people.")).toEqual([["ETH", "ERI"]]);
    expect(ofType("ASSAULT", "The shelling by Chilean forces killed 16 civilians in Tacna.")).toEqual([["CHL", ""]]);
    // A "by" of a later verb names who condemned the attack, not who made it.
    expect(ofType("ASSAULT", "The attack on Tacna was condemned by Brazil.")).toEqual([]);
  });

  it("workers who step up their strike attack no one", () => {
    expect(coded(["Workers in Chile stepped up their strike on Monday."])).toEqual([]);
  });
});

describe("a transfer made in exchange for something tells the counter-transfer", () => {
  it("what was given back goes the other way between the same sides", () => {
    const exchanges: [string, string, string][] = [
      ["Chile supplied rifles to Peru in exchange for oil.", "CHL", "PER"],
      ["Peru gave Chile drones in return for food and fertiliser.", "PER", "CHL"],
      ["Iran sold drones to Russia in exchange for fighter jets and cash.", "IRN", "RUS"],
      ["Brazil bought wheat from Argentina in exchange for cars.", "ARG", "BRA"],
      ["Chile provided Peru with radar systems in return for access to its ports.", "CHL", "PER"],
      ["Kenya delivered maize to Somalia in payment for livestock.", "KEN", "SOM"],
    ];
    for (const [text, giver, taker] of exchanges) expect(ofType("AID", text), text).toEqual([[giver, taker], [taker, giver]]);
    // Alleged when the transfer is.
    const told = extractEvents(makeEventDoc(["Chile has shipped shells to Peru in return for fuel, Bolivian officials said."], "2023-09-06"));
    expect(told.filter((r) => r.event_type === "AID").map((r) => [r.actor, r.target, r.status])).toEqual([["CHL", "PER", "alleged"], ["PER", "CHL", "alleged"]]);
  });

  it("people sent in return are no goods, a denied transfer has no counter-part, and another clause's exchange is its own", () => {
    expect(ofType("AID", "Chile supplied rifles to Peru in exchange for Peruvian troops fighting in Bolivia.")).toEqual([["CHL", "PER"]]);
    expect(ofType("AID", "Chile denied sending rifles to Peru in exchange for oil.")).toEqual([["CHL", "PER"]]);
    expect(ofType("AID", "Chile bought shells from Peru, while Bolivia, in return for its support, seeks loans from Peru.")).toEqual([["PER", "CHL"]]);
  });
});

describe("pacts signed, support carried on, and sanctions on a number of a side's firms", () => {
  it("what is signed may carry its worth, size and kind, in the singular or the plural", () => {
    expect(ofType("AGREE", "Chile signed a $2-billion defence deal with Peru on Monday.")).toEqual([["CHL", "PER"]]);
    expect(ofType("AGREE", "Chile and Peru signed security and defence treaties in June.")).toEqual([["CHL;PER", ""]]);
    expect(ofType("AGREE", "Chile signed bilateral trade agreements with Peru.")).toEqual([["CHL", "PER"]]);
    expect(ofType("AGREE", "Kenya signed three memoranda of understanding with Uganda.")).toEqual([["KEN", "UGA"]]);
    expect(ofType("AGREE", "Peru refused to sign the water treaty with Chile.")).toEqual([]);
    expect(ofType("AGREE", "Peru rejected a Chilean proposal for signing a trade agreement, urging Chile to sign a regional pact instead.")).toEqual([]);
  });

  it("support kept up or put in quotation marks is support", () => {
    expect(ofType("SUPPORT", "Chile will keep supporting Peru, the minister said.")).toEqual([["CHL", "PER"]]);
    expect(ofType("SUPPORT", "Chile is ready to \u201cunconditionally support\u201d Peru's efforts to end the conflict.")).toEqual([["CHL", "PER"]]);
    expect(ofType("SUPPORT", "Brazil said it would continue to back Argentina in the talks.")).toEqual([["BRA", "ARG"]]);
  });

  it("sanctions 'on' a number or share of a side's firms are aimed at that side", () => {
    expect(ofType("SANCTION", "The US authorities imposed sanctions on several Chinese companies.")).toEqual([["USA", "CHN"]]);
    expect(ofType("SANCTION", "Britain imposed sanctions on 12 Iranian officials on Monday.")).toEqual([["GBR", "IRN"]]);
  });
});

describe("goods of war, fuel and money given by the other verbs and orders of English", () => {
  it("the double object: the side that receives right after the verb, the goods after it", () => {
    const given: [string, string, string][] = [
      ["Chile sold Peru 20 tanks last year.", "CHL", "PER"],
      ["Chile gave Peru two frigates.", "CHL", "PER"],
      ["Chile has sent Peru thousands of shells.", "CHL", "PER"],
      ["Chile lent Peru two frigates.", "CHL", "PER"],
      ["Chile will ship Peru more drones next month.", "CHL", "PER"],
      ["Chile handed Peru four helicopters.", "CHL", "PER"],
    ];
    for (const [text, actor, target] of given) expect(ofType("AID", text), text).toEqual([[actor, target]]);
    // No goods, or a demonym that names the goods' maker: no side receives.
    expect(ofType("AID", "Chile gave Peru a warning on Monday.")).toEqual([]);
    expect(ofType("AID", "Chile lent Peru its support.")).toEqual([]);
    expect(ofType("AID", "Firms supplying Iranian drones to Russia were sanctioned.")).toEqual([["", "RUS"]]);
  });

  it("exporting, smuggling, funnelling or leasing goods of war, fuel or money to a side is aid; other trade is none", () => {
    const moved: [string, string, string][] = [
      ["Chile exported refined oil to Peru in December.", "CHL", "PER"],
      ["China continued to export oil to Bolivia.", "CHN", "BOL"],
      ["Chile smuggled rifles to Peru through Bolivia.", "CHL", "PER"],
      ["Chile has been funneling weapons to rebels in Peru.", "CHL", "PER"],
      ["Chile leased two frigates to Peru.", "CHL", "PER"],
      ["Chile channelled money to the Peruvian rebels.", "CHL", "PER"],
    ];
    for (const [text, actor, target] of moved) expect(ofType("AID", text), text).toEqual([[actor, target]]);
    expect(ofType("AID", "Chile exports copper to China.")).toEqual([]);
  });
});

describe("weapons made in more numbers, and accusations traded", () => {
  it("production of weapons raised, ordered or churned out builds up the side's force", () => {
    const made: [string, string][] = [
      ["North Korea has ramped up production of artillery shells.", "PRK"],
      ["Chile's president ordered the mass production of new attack drones.", "CHL"],
      ["Factories in Chile are churning out shells for Peru.", "CHL"],
      ["Chile boosted its production of missiles last year.", "CHL"],
    ];
    for (const [text, actor] of made) expect(ofType("MOBILIZE", text), text).toEqual([[actor, ""]]);
    expect(coded(["Peru's production of copper fell."])).toEqual([]);
    expect(ofType("MOBILIZE", "Peru sanctioned a Chilean firm responsible for the design and production of attack drones.")).toEqual([]);
  });

  it("sides that trade or exchange accusations accuse each other", () => {
    expect(ofType("ACCUSE", "Chile and Peru have traded accusations over the shooting.")).toEqual([["CHL;PER", ""]]);
    expect(coded(["Chile and Peru exchanged prisoners on Monday."]).map(([t]) => t)).toEqual(["CONCEDE"]);
  });
});

describe("a blockade eased, and arming a side told as a charge", () => {
  it("easing or loosening a blockade, siege or ban concedes", () => {
    expect(ofType("CONCEDE", "Chile eased the siege of the Peruvian town on Monday.")).toEqual([["CHL", "PER"]]);
    expect(ofType("CONCEDE", "Israel temporarily eased a nearly three-month blockade of Gaza.")).toHaveLength(1);
    expect(ofType("CONCEDE", "Peru loosened the ban on Chilean imports.")).toEqual([["PER", "CHL"]]);
  });

  it("arming a side is alleged when a speaker tells it, and 'arming' groups is a verb, 'armed' groups an adjective", () => {
    expect(extractEvents(makeEventDoc(["Peru has financed rebels in Chile for years, officials said."], "2023-09-06")).map((r) => [r.event_type, r.actor, r.target, r.status])).toContainEqual(["AID", "PER", "CHL", "alleged"]);
    expect(ofType("AID", "Iran is arming militant groups in Yemen.")).toEqual([["IRN", "YEM"]]);
    expect(ofType("AID", "The armed groups in Peru attacked Chile.")).toEqual([]);
  });
});

describe("blame told by idiom, by 'behind', and by the noun", () => {
  it("holding a side responsible, suspecting it of an act or pointing the finger at it accuses it", () => {
    const blamed: [string, string, string][] = [
      ["Peru held Chile responsible for the attack on its embassy.", "PER", "CHL"],
      ["Kenya holds Somalia fully accountable for the raid.", "KEN", "SOM"],
      ["Peru suspects Chile of sabotaging the pipeline.", "PER", "CHL"],
      ["Peru pointed the finger at Chile over the bombing.", "PER", "CHL"],
    ];
    for (const [text, actor, target] of blamed) expect(ofType("ACCUSE", text), text).toEqual([[actor, target]]);
    // A vow to hold a side accountable threatens; holding talks or prisoners blames no one.
    expect(ofType("ACCUSE", "Peru vowed to hold Chile accountable for the attack.")).toEqual([]);
    expect(ofType("ACCUSE", "Peru held talks with Chile.")).toEqual([]);
  });

  it("a speaker who says a side was behind or responsible for an attack blames it", () => {
    const said: [string, string, string][] = [
      ["Peru said Chile was behind the attack.", "PER", "CHL"],
      ["Peruvian officials said Chile was responsible for the blast.", "PER", "CHL"],
      ["Chile's army was behind the attack on Peru, Bolivia said.", "BOL", "CHL"],
    ];
    for (const [text, actor, target] of said) expect(ofType("ACCUSE", text), text).toEqual([[actor, target]]);
    expect(ofType("ACCUSE", "Peru said it was responsible for security at the border.")).toEqual([]);
  });

  it("a side's accusations or allegations that another acted accuse it, unless they are the setting or are answered", () => {
    expect(ofType("ACCUSE", "Peru's accusations that Chile armed the rebels strained ties.")).toEqual([["PER", "CHL"]]);
    expect(ofType("ACCUSE", "The allegations by Kenya that Uganda shelled the border post were denied.")).toContainEqual(["KEN", "UGA"]);
    expect(ofType("ACCUSE", "Bolivia's vote came amid allegations that Chile had sent arms to Peru.")).toEqual([]);
  });
});

describe("warnings addressed to a side, and ties cut with their kind named", () => {
  it("a side warned that or of something is threatened", () => {
    expect(ofType("THREATEN", "Chile warned Peru that it would respond to any attack.")).toEqual([["CHL", "PER"]]);
    expect(ofType("THREATEN", "Chile cautioned Peru of grave consequences.")).toEqual([["CHL", "PER"]]);
    expect(ofType("THREATEN", "Chile warned that Peru's economy would shrink.")).toEqual([]);
  });

  it("ties cut, severed, broken off, downgraded or suspended are a sanction on the other side", () => {
    const cut = [
      "Chile cut diplomatic ties with Peru.",
      "Chile severed all relations with Peru.",
      "Chile downgraded its diplomatic relations with Peru.",
      "Chile broke off diplomatic relations with Peru.",
      "Chile suspended military contacts with Peru.",
    ];
    for (const text of cut) expect(ofType("SANCTION", text), text).toEqual([["CHL", "PER"]]);
  });
});

describe("readiness raised, weapons tested and exercises held", () => {
  it("forces put on alert, an alert level raised or reservists called up mobilise", () => {
    for (const text of ["Chile placed its troops on high alert.", "Chile raised its military alert level.", "Chile called up 10,000 reservists."]) {
      expect(ofType("MOBILIZE", text), text).toEqual([["CHL", ""]]);
    }
  });

  it("a nuclear test mobilises; a rocket launch system is a weapon, not a launch", () => {
    expect(ofType("MOBILIZE", "Chile conducted a nuclear test.")).toEqual([["CHL", ""]]);
    expect(ofType("MOBILIZE", "Chile exported 240mm multiple rocket launch systems to Peru.")).toEqual([]);
  });

  it("exercises a word calls military are drills; exercising restraint is none", () => {
    expect(ofType("MOBILIZE", "Chilean and Peruvian troops took part in joint exercises.")).toEqual([["CHL;PER", ""]]);
    expect(ofType("MOBILIZE", "Chile urged Peru to exercise restraint.")).toEqual([]);
  });
});

describe("weapons another side made, used by a side", () => {
  it("a side using or firing weapons named with their maker got them from that maker", () => {
    expect(extractEvents(makeEventDoc(["Chile used Peruvian-made missiles to strike Tacna overnight, Bolivian officials said."], "2023-09-06"))
      .filter((r) => r.event_type === "AID").map((r) => [r.actor, r.target, r.status])).toEqual([["PER", "CHL", "alleged"]]);
    expect(ofType("AID", "Peru fired Chilean-made missiles at Bolivia.")).toEqual([["CHL", "PER"]]);
    expect(ofType("AID", "Russia fired at least 20 North Korean-made missiles at Ukraine.")).toEqual([["PRK", "RUS"]]);
    // A demonym the gazetteer lists with its suffix ("Iranian-made") names the maker too.
    expect(ofType("AID", "Peru launched dozens of Iranian-made drones at Chile overnight.")).toEqual([["IRN", "PER"]]);
    // Weapons with no maker named, or the side's own, tell no transfer.
    expect(ofType("AID", "Peru fired three missiles at Chile.")).toEqual([]);
    expect(ofType("AID", "Peru used its missiles against Chile.")).toEqual([]);
  });
});

describe("an approved sale keeps its price and its item before the noun", () => {
  it("'approved the $2 billion helicopter sale to Peru' is aid to Peru", () => {
    const sold: [string, string, string][] = [
      ["Chile approved the $2 billion helicopter sale to Peru on Friday.", "CHL", "PER"],
      ["Brazil told its senators of its approval of the $900 million frigate sale to Peru.", "BRA", "PER"],
      ["Brazil approves fighter jet sale to Bolivia.", "BRA", "BOL"],
    ];
    for (const [text, actor, target] of sold) expect(ofType("AID", text), text).toContainEqual([actor, target]);
  });

  it("a sale named after a preposition of the approval is none", () => {
    expect(ofType("AID", "Chile approved new curbs on sales of arms to Peru.")).toEqual([]);
  });
});

describe("pilots and instructors are moved as troops are", () => {
  it("'Bolivian pilots had been sent to Chile', 'troops will be shipped to Chile' deploy the demonym's side", () => {
    const moved: [string, string, string][] = [
      ["Bolivian helicopter pilots have been sent to Chile to learn night flying, a radio station said.", "BOL", "CHL"],
      ["Some forty Chilean instructors are stationed in Peru this year.", "CHL", "PER"],
      ["More Bolivian troops will be shipped to Chile next month.", "BOL", "CHL"],
      ["Peruvian military personnel were flown to Ecuador on Monday.", "PER", "ECU"],
    ];
    for (const [text, actor, target] of moved) expect(ofType("MOBILIZE", text), text).toContainEqual([actor, target]);
  });
});

describe("energy stopped and measures imposed are sanctions", () => {
  it("'halted oil deliveries to Peru', 'imposed measures against Chile'", () => {
    const imposed: [string, string, string][] = [
      ["Chile halted oil deliveries to Peru after the border row.", "CHL", "PER"],
      ["Chile cut off electricity exports to Peru last week.", "CHL", "PER"],
      ["Peru answered by imposing punitive measures against Chile.", "PER", "CHL"],
      ["Ecuador imposed restrictive measures on Colombia.", "ECU", "COL"],
    ];
    for (const [text, actor, target] of imposed) expect(ofType("SANCTION", text), text).toContainEqual([actor, target]);
  });

  it("a call to stop supplies and measures imposed by no one named are none", () => {
    expect(ofType("SANCTION", "Peru urged Chile to stop arms supplies to Bolivia.")).toEqual([]);
    expect(ofType("SANCTION", "Chile imposed new measures on imports of cars.")).toEqual([]);
  });
});

describe("a side designated a partner is not sanctioned", () => {
  it("'designated Chile a major non-NATO ally', with or without 'as', is no sanction", () => {
    expect(ofType("SANCTION", "The US designated Chile a major non-NATO ally.")).toEqual([]);
    expect(ofType("SANCTION", "The US designated Chile as a major non-NATO ally.")).toEqual([]);
    expect(ofType("SANCTION", "The US Treasury designated two Chilean companies for their dealings with Peru.")).toEqual([["USA", "CHL"]]);
  });
});
