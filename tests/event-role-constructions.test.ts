import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text`. */
const coded = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("who acted, read from the construction around the trigger", () => {
  it("a transfer in the passive with no agent was made by the owner of what was moved", () => {
    expect(coded("A satellite image shows Iranian drones that have been shipped to Russia this month.")).toEqual([["AID", "IRN", "RUS"]]);
    expect(coded("Chinese machine tools were delivered to Russia in March.")).toEqual([["AID", "CHN", "RUS"]]);
    expect(coded("Belarusian fuel was sold to North Korea last year.")).toEqual([["AID", "BLR", "PRK"]]);
    expect(coded("Brazil's old frigates were sold to Chile in 2019.")).toEqual([["AID", "BRA", "CHL"]]);
    expect(coded("The Turkish drones, which were delivered to Kenya last year, crashed in May.")).toEqual([["AID", "TUR", "KEN"]]);
    expect(coded("Japanese radar parts had been shipped to Iran before the ban.")).toEqual([["AID", "JPN", "IRN"]]);
    // People sent are deployed, not transferred; a subject supplied "with" something received it; a "by" agent comes first.
    expect(coded("Chinese workers were sent to Russia in May.")).toEqual([]);
    expect(coded("Ukraine was supplied with Swedish rockets in June.")).toEqual([]);
    expect(coded("Kenya's drones were delivered by Turkey in April.")).toEqual([["AID", "TUR", ""]]);
  });

  it("a side's wave, barrage or series of acts is its own, as its acts are", () => {
    expect(coded("Iran's new wave of ballistic missile attacks on Israel killed four people on Sunday.")).toEqual([["ASSAULT", "IRN", "ISR"]]);
    expect(coded("Russia's latest barrage of drone strikes on Ukraine hit power plants overnight.")).toEqual([["ASSAULT", "RUS", "UKR"]]);
    expect(coded("Pakistan's series of missile tests worried India.")).toEqual([["MOBILIZE", "PAK", ""]]);
    expect(coded("North Korea's recent string of cruise missile launches alarmed Japan.")).toEqual([["MOBILIZE", "PRK", ""]]);
  });

  it("an act named in the sentence's opening phrase of occasion is done by the main clause's subject", () => {
    expect(coded("During a summit with Chinese leader Xi Jinping last year, Brazilian President Lula said trade would grow.")).toEqual([["CONSULT", "BRA", "CHN"]]);
    expect(coded("After talks with Kenyan officials in Nairobi, Germany pledged more aid.")).toEqual([["CONSULT", "DEU", "KEN"]]);
    expect(coded("At a meeting with Ghana's president, France promised to return artefacts.")).toContainEqual(["CONSULT", "FRA", "GHA"]);
    expect(coded("Following a trip to Seoul, Japanese Prime Minister Ishiba said ties were warm.")).toEqual([["CONSULT", "JPN", "KOR"]]);
    expect(coded("In talks with Egypt on Monday, Ethiopia refused to stop the dam.")).toContainEqual(["CONSULT", "ETH", "EGY"]);
    // The main clause's object is not the occasion's other side.
    expect(coded("During the summit, Brazilian President Lula praised China's growth.")).toEqual([["CONSULT", "BRA", ""], ["SUPPORT", "BRA", "CHN"]]);
  });

  it("a party inside a relative clause set off by commas is not the subject of the verb after it", () => {
    expect(coded("Germany's defence minister, who had promised to keep helping Ukraine, announced a new military aid package to Kyiv.")).toContainEqual(["AID", "DEU", "UKR"]);
    expect(coded("The French president, who visited Egypt last month, signed a pact with Morocco on Friday.")).toEqual([["CONSULT", "FRA", "EGY"], ["AGREE", "FRA", "MAR"]]);
  });

  it("a time said between a subject and its verb after a conjunction keeps the subject ('after Thailand on Wednesday expelled')", () => {
    expect(coded("The clashes came after Thailand on Wednesday expelled Cambodia's envoy.")).toEqual([["SANCTION", "THA", "KHM"]]);
    expect(coded("Talks stalled after Peru last week recalled its ambassador from Chile.")).toEqual([["SANCTION", "PER", "CHL"]]);
  });

  it("the party after 'with' is the subject of the participle of an absolute clause", () => {
    expect(coded("Tensions rose, with Paris, Rome and Berlin condemning Iran for sending drones to Russia.")).toContainEqual(["ACCUSE", "FRA;ITA;DEU", "IRN"]);
    expect(coded("The talks ended, with Chile accusing Peru of stalling.")).toEqual([["ACCUSE", "CHL", "PER"]]);
    expect(coded("Ghana signed the deal with Togo on Monday.")).toEqual([["AGREE", "GHA", "TGO"]]);
  });

  it("a speaker stands before one aside set off by commas, however long ('France, citing intelligence …, said')", () => {
    expect(coded("Last month, France, citing intelligence it said had been shared with allies, said Syria had received rockets from Iran.")).toContainEqual(["ACCUSE", "FRA", "IRN;SYR"]);
    expect(coded("Kenya's foreign minister, who spoke to reporters in Nairobi on Monday after a long cabinet meeting, said Uganda had supplied rifles to rebels in Rwanda.")).toContainEqual(["ACCUSE", "KEN", "UGA;RWA"]);
    // A quotation is no aside: the party quoted does not speak.
    expect(coded("“We welcome the new sanctions package against Russia,” the Polish president said on Monday, adding: “We will keep the pressure high on the Kremlin.”")).toEqual([["THREATEN", "POL", "RUS"]]);
  });

  it("a word of a party's name is no speech verb, and a party inside a relative clause before 'said' is not its speaker", () => {
    // "States" of "United States" says nothing; the speaker of "announced" is the party before the relative clause.
    expect(coded("The United States Defense Secretary, who said that the US would keep supporting Ukraine, announced that Iran had sent drones to Russia.")).toContainEqual(["ACCUSE", "USA", "IRN;RUS"]);
    expect(coded("Kenya's foreign minister, who met the Ugandan president on Monday, said Sudan had supplied rifles to rebels in Rwanda.")).toContainEqual(["ACCUSE", "KEN", "SDN;RWA"]);
  });

  it("a relative pronoun's antecedent is the subject of its clause, after a preposition too", () => {
    expect(coded("The envoy faced criticism from Chile, Peru and others, who accused Bolivia of breaking the treaty.")).toEqual([["ACCUSE", "CHL;PER", "BOL"]]);
    expect(coded("The envoy faced criticism from Chile and Peru, who both condemned Bolivia.")).toEqual([["ACCUSE", "CHL;PER", "BOL"]]);
    expect(coded("The plan was backed by Chile, which also accused Bolivia of breaking the treaty.")).toEqual([["ACCUSE", "CHL", "BOL"]]);
  });

  it("an obligation, a capability or a purpose makes no act ('require states to ban the supply', 'enough … to kill', 'designed to strike')", () => {
    expect(coded("UN resolutions require all member states to prohibit the supply of trucks to North Korea.")).toEqual([]);
    expect(coded("Chile must stop sending arms to Bolivia, Peru said.")).toEqual([["REQUEST", "PER", "CHL"]]);
    expect(coded("Peru said the boat carried enough explosives to kill hundreds of Chileans.")).toEqual([]);
    expect(coded("The new missiles are designed to strike Seoul.")).toEqual([]);
    expect(coded("Chile is capable of attacking Bolivia within hours.")).toEqual([]);
    // "must have" is a hedge: the act is alleged, not suppressed.
    expect(coded("North Korea must have sent the shells to Russia by rail, officials said.")).toEqual([["AID", "PRK", "RUS"]]);
  });

  it("'the kingdom', 'the regime', 'the reclusive country' refer back to a state named before, never to the subject of their own clause", () => {
    expect(coded("Saudi Arabia buys many US arms.\n\nIn 2017, Washington sold 110 fighter jets to the kingdom.")).toEqual([["AID", "USA", "SAU"]]);
    expect(coded("Syria faces pressure.\n\nFrance said it imposed sanctions on the regime on Monday.")).toContainEqual(["SANCTION", "FRA", "SYR"]);
    expect(coded("Cuba's economy is weak.\n\nVenezuela sent oil to the island last year.")).toEqual([["AID", "VEN", "CUB"]]);
    expect(coded("North Korea tested a missile.\n\nThe reclusive country also sent troops to Russia.")).toContainEqual(["MOBILIZE", "PRK", "RUS"]);
    expect(coded("Mali's leader said the country would send troops to Niger.")).toEqual([["MOBILIZE", "MLI", "NER"]]);
    // A predicate, a rank or a place named after "of" is no reference.
    expect(coded("Peru is the only country that sold jets to Chile.")).toEqual([["AID", "PER", "CHL"]]);
    expect(coded("Qatar hosted the talks.\n\nThe Gulf state of Oman also sent envoys to Iran.")).not.toContainEqual(["AID", "QAT", "IRN"]);
  });

  it("a claim noun with its claimant after 'by' or 'from' accuses the sides of the act it reports, but speaks no other act", () => {
    expect(coded("This comes after earlier claims by the United States suggesting that Iran had sent drones to Russia.")).toEqual([["ACCUSE", "USA", "IRN;RUS"], ["AID", "IRN", "RUS"]]);
    expect(coded("Reports from Seoul that North Korea had shipped shells to Russia were denied by Moscow.")).toContainEqual(["ACCUSE", "KOR", "PRK;RUS"]);
    // The claimant is no speaker of a denial the sentence tells.
    expect(coded("Japan said Russia had sent jets to North Korea.\n\nAsked about the accusation by Japan, the Kremlin denied it.")).toContainEqual(["REJECT", "RUS", "JPN"]);
  });

  it("visits by two people of one state are two events; one person's visit told twice is one", () => {
    expect(coded("Putin visited Pyongyang in June 2024.\n\nOn Friday, Russian Defense Minister Andrei Belousov arrived in Pyongyang for an official visit.")).toEqual([["CONSULT", "RUS", "PRK"], ["CONSULT", "RUS", "PRK"]]);
    expect(coded("Kim Jong Un visited Russia in September.\n\nDuring the visit, Kim Jong Un met Putin.")).toEqual([["CONSULT", "PRK", "RUS"]]);
  });
});

describe("a party under a side's sanctions is sanctioned by that side", () => {
  it("the side's name or demonym before 'sanctions' is the actor, a party named before the target", () => {
    expect(coded("The tanker is owned by a Peruvian shipping firm under US sanctions.")).toEqual([["SANCTION", "USA", "PER"]]);
    expect(coded("The two firms have been under Chilean sanctions since May 2022.")).toEqual([["SANCTION", "CHL", ""]]);
  });

  it("the sanctions' terms fronted ('Under UN sanctions, …') tell no party under them", () => {
    expect(coded("Under Chilean sanctions, Peru may import 500 tonnes of fuel a year.").filter(([type]) => type === "SANCTION")).toEqual([]);
  });
});

describe("the subject of a passive is its target, with 'put' as a participle and a head the tagger reads as an adjective", () => {
  it("'a Chilean national has been put under investigation in Peru': the national's state is the target, the place's the actor", () => {
    expect(coded("A Chilean national has been put under investigation in Peru.")).toEqual([["ACCUSE", "PER", "CHL"]]);
    expect(coded("A Bolivian national was placed under investigation by Chile.")).toEqual([["ACCUSE", "CHL", "BOL"]]);
  });
});
