import { describe, expect, it } from "vitest";
import { pageQuantities } from "./quantities-matrix.ts";

/**
 * A sixth frame matrix: the level a verb gives a process noun's of-phrase ("raise production of
 * shells to 12,000"), a maker's letters before a model's digits ("JAS 39 Gripen"), parties re-named
 * ("the two forces"), people counted who tell the claim ("two officials said"), and two counts of
 * one number told apart by the nouns before their heads. The sentences are invented.
 */

const rows = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.value, q.unit, q.bound]);

describe("a level a verb gives the things a process noun's of-phrase names", () => {
  it("counts the of-phrase's things, in every frame and with a possessive or a calibre", () => {
    for (const s of [
      "Chile increased production of shells to 12,000.",
      "Chile plans to raise its output of shells to 12,000 a year by 2027.",
      "Peru said Chile had boosted production of shells to 12,000, officials said.",
      "Chile is believed to have doubled production of shells to 12,000.",
      "Chile agreed to increase its production of shells to 12,000.",
      "Production of shells rose to 12,000 in May.",
      "Chile's output of shells reached 12,000 in May.",
      "Chile's output of 155-mm shells reached 12,000 in May.",
    ]) expect(rows(s), s).toEqual([["12,000", 12000, "shells", "exact"]]);
    expect(rows("Chile will gradually increase production of 155-millimetre rounds to up to 350,000 per year.")).toEqual([["up to 350,000", 350000, "rounds", "at_most"]]);
  });

  it("reads no count of the of-phrase's things after a noun of a measure or a price", () => {
    for (const s of ["Chile cut the price of shells to 3,000.", "The cost of the shells rose to 3,000.", "Chile raised the range of its missiles to 3,000.", "The weight of the shells rose to 3,000."]) {
      expect(rows(s).map((r) => r[2]), s).not.toContain("shells");
      expect(rows(s).map((r) => r[2]), s).not.toContain("missiles");
    }
  });

  it("reads a second level of its own verb as its own subject's, and a level's apposition as the first's", () => {
    expect(rows("The number of buyers tripled to 12 and the kinds of mortar systems doubled to 14 this year.")).toEqual([
      ["12", 12, "buyers", "exact"],
      ["14", 14, "systems", "exact"],
    ]);
    expect(rows("The number of refugees has increased to 114 million, 5.6 million more than in May.")).toEqual([
      ["114 million", 114e6, "refugees", "exact"],
      ["5.6 million", 5.6e6, "refugees", "exact"],
    ]);
  });
});

describe("digits after a maker's letters are a model's name", () => {
  it("reads no amount in 'JAS 39' or 'RCH 155', and keeps the count before or after", () => {
    expect(rows("Peru confirmed that parts for JAS 39 Gripen fighters, amounting to 14 aircraft, were sent.")).toEqual([["14 aircraft", 14, "aircraft", "exact"]]);
    expect(rows("These are the RCH 155 howitzers slated for delivery to Peru.")).toEqual([]);
    expect(rows("Chile sent 12 RCH 155 howitzers to Peru.")).toEqual([["12 RCH 155 howitzers", 12, "howitzers", "exact"]]);
    expect(rows("Chile will get 63 K2PL tanks built locally.")).toEqual([["63 K2PL tanks", 63, "tanks", "exact"]]);
  });
});

describe("parties named again after a determiner are no amount", () => {
  it("reads no amount in 'the two forces', 'the two men', 'the two cities', 'both regimes'", () => {
    for (const s of [
      "The first battles between the two forces opened a new page.",
      "Boric said the two men had discussed the war.",
      "The two cities held talks in Lima.",
      "Peru hosted envoys of both regimes in Lima.",
    ]) expect(rows(s), s).toEqual([]);
  });

  it("keeps such things counted without a determiner", () => {
    expect(rows("Chile sent two men to Lima.")).toEqual([["two men", 2, "men", "exact"]]);
  });
});

describe("people counted who tell the claim are its source, no amount", () => {
  it("reads no amount in the claimants, before or after the claim, with an aside or a relative clause", () => {
    for (const s of [
      "Two Peruvian officials said Chile closed the border.",
      "Chile closed the border, according to two senior Peruvian officials.",
      "Three diplomats familiar with the talks said Chile shut the border.",
      "Two experts who study Arica said the port was busy.",
      "Two Peruvian officials, speaking on condition of anonymity, said the border was shut.",
      "“Chile shut the border,” two officials told AFP.",
    ]) expect(rows(s), s).toEqual([]);
    expect(rows("Chile closed two consulates, two Peruvian officials said.")).toEqual([["two consulates", 2, "consulates", "exact"]]);
  });

  it("keeps people counted as what befell them or what was done to them", () => {
    expect(rows("Two Peruvian officials were killed in the blast, police said.")).toEqual([["Two Peruvian officials", 2, "officials", "exact"]]);
    expect(rows("Chile expelled two Peruvian officials, the ministry said.")).toEqual([["two Peruvian officials", 2, "officials", "exact"]]);
    expect(rows("Chile arrested five officials who said the border was open.")).toEqual([["five officials", 5, "officials", "exact"]]);
  });
});

describe("two counts of one number and unit whose nouns before the head differ", () => {
  it("keeps both when their nouns share none, one when an adjective re-describes them", () => {
    expect(rows("Peru saw two militia vessels near the reef. Later, two Chilean coast guard ships escorting the boats were blocked.").map((r) => r[0])).toEqual([
      "two militia vessels",
      "two Chilean coast guard ships",
    ]);
    expect(rows("Chile fired two missiles on Monday. The launch came after Chile fired two mid-range missiles in May.").map((r) => r[0])).toEqual(["two missiles"]);
  });
});

describe("people martyred are people killed", () => {
  it("counts one civilian martyred as one killed, and martyrs as people told again", () => {
    expect(rows("Four army personnel were injured, and one civilian was martyred in Arica, the army said.")).toEqual([
      ["Four army personnel", 4, "personnel", "exact"],
      ["one civilian", 1, "civilians", "exact"],
    ]);
    expect(rows("At least 198 people were killed in Arica. The ministry said there were 198 martyrs and 1,610 wounded.")).toEqual([
      ["At least 198 people", 198, "people", "at_least"],
      ["1,610 wounded", 1610, "people", "exact"],
    ]);
  });
});

describe("a sum whose scale the writer left out, converted in brackets with one", () => {
  it("takes the conversion's scale when the sum is far below it, and keeps sums that need none", () => {
    expect(rows("Parts for 14 jets were in a SEK48.1 (US$4.6 billion) package sent to Peru.").map((r) => [r[0], r[1]])).toEqual([
      ["14 jets", 14],
      ["SEK48.1", 48.1e9],
    ]);
    expect(rows("Chile pledged €30 ($34 billion) in aid to Peru.").map((r) => [r[0], r[1]])).toEqual([["€30", 30e9]]);
    expect(rows("Chile paid $800 (£645) for each rifle.").map((r) => [r[0], r[1]])).toEqual([["$800", 800]]);
    expect(rows("Chile will pay 4.6 billion Australian dollars ($3 billion) for ships.").map((r) => [r[0], r[1]])).toEqual([["4.6 billion Australian dollars", 4.6e9]]);
  });
});

describe("a model counted on a list without its head, named again with one", () => {
  it("counts the model as the later count's things, after a comma or 'and'", () => {
    expect(rows("Chile has provided Peru with 30 Leopard 1, 90 Marder infantry fighting vehicles, and 18 Leopard 2-A6 tanks.")).toEqual([
      ["30 Leopard 1", 30, "tanks", "exact"],
      ["90 Marder infantry fighting vehicles", 90, "vehicles", "exact"],
      ["18 Leopard 2-A6 tanks", 18, "tanks", "exact"],
    ]);
    expect(rows("Chile sent 14 Leopard 2A4, 10 Leopard 2A6 tanks and 40 trucks.").map((r) => [r[0], r[2]])).toEqual([
      ["14 Leopard 2A4", "tanks"],
      ["10 Leopard 2A6 tanks", "tanks"],
      ["40 trucks", "trucks"],
    ]);
  });

  it("reads no amount where no later count names the model", () => {
    expect(rows("Chile sent 30 Leopard 1, 90 Marder vehicles and 12 trucks.").map((r) => r[0])).toEqual(["90 Marder vehicles", "12 trucks"]);
  });
});

describe("what each thing counted weighs is a property of those things, no amount", () => {
  it("reads no amount in a weight given to each, or hyphened before things counted", () => {
    expect(rows("The shipment included 1,800 bombs weighing 2,000 pounds each, and 1,700 bombs weighing 500 pounds each.").map((r) => r[0])).toEqual(["1,800 bombs", "1,700 bombs"]);
    expect(rows("Chile sent 12 shells weighing 40 kg apiece to Peru.").map((r) => r[0])).toEqual(["12 shells"]);
    expect(rows("Peru is focused on the end-use of the 2,000-lb bombs.")).toEqual([]);
    expect(rows("Chile launched two 5,000-ton destroyers.").map((r) => r[0])).toEqual(["two 5,000-ton destroyers"]);
  });

  it("keeps a weight sent each month, a weight alone, and a weight of a shipment", () => {
    expect(rows("Chile sent 500 tons of rice each month.").map((r) => r[0])).toEqual(["500 tons of rice"]);
    expect(rows("Chile sent 40 tons of fuel.").map((r) => r[0])).toEqual(["40 tons of fuel"]);
    expect(rows("Chile sent 2,000-ton shipments of grain.").map((r) => r[0])).toEqual(["2,000-ton"]);
  });
});

describe("a claimant phrase with a person's body, a place's possessive or a body's place", () => {
  const claimants = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.attributed_to]);
  it("names the person of a body, the body of a place's possessive, and the body with its place", () => {
    expect(claimants("“Chile sent 400 troops,” Ana Ruiz of the UN refugee agency told AFP on Monday.")).toEqual([["400 troops", "Ana Ruiz"]]);
    expect(claimants("Chile sent 400 troops, Ana Ruiz of the Peruvian army said.")).toEqual([["400 troops", "Ana Ruiz"]]);
    expect(claimants("South Korea signed a deal worth around $6.5 billion, according to Seoul's Defense Ministry.")).toEqual([["around $6.5 billion", "Seoul's Defense Ministry"]]);
    expect(claimants("At least 198 people were killed in Arica, the health ministry in the Chilean enclave said, after rebels fired rockets into Peru which responded.")).toEqual([
      ["At least 198 people", "health ministry in the Chilean enclave"],
    ]);
  });

  it("takes no body's capitalised words before 'of' for a person's name", () => {
    expect(claimants("Chile sent 400 troops, the Defense Ministry of Peru said.")[0][1]).not.toBe("Defense Ministry");
  });
});

describe("'per' as an attribution, not a rate", () => {
  const claimants = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.attributed_to]);
  it("names the source after a comma or before a source noun, through a link and an article", () => {
    expect(claimants("Violence last year left 5,626 people dead and 2,213 injured, per UN data.")).toEqual([
      ["5,626 people", "UN"],
      ["2,213 injured", "UN"],
    ]);
    expect(claimants("Chile sent 400 troops, per the Peruvian ministry.")).toEqual([["400 troops", "Peruvian ministry"]]);
    expect(claimants("Chile lost 40 tanks, per figures from the Peruvian army.")).toEqual([["40 tanks", "Peruvian army"]]);
    expect(claimants("Chile lost 40 tanks, according to figures from the Peruvian army.")).toEqual([["40 tanks", "Peruvian army"]]);
  });

  it("names no claimant after a rate's 'per'", () => {
    expect(claimants("Chile spent $300 per Peruvian soldier.").map((r) => r[1])).toEqual([""]);
  });
});

describe("a claimant named only by a title, named with it before", () => {
  const claimants = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.attributed_to]);
  it("takes the name the article gave the title, in every frame of attribution", () => {
    const named = "Ministry spokesman Ashraf al-Qudra spoke on Monday. ";
    for (const s of ["According to the spokesman, Chile has sent 113 tanks.", "Chile has sent 113 tanks, the spokesman said.", "The spokesman said Chile had sent 113 tanks."]) {
      expect(claimants(named + s), s).toEqual([["113 tanks", "Ashraf al-Qudra"]]);
    }
  });

  it("passes over another office's holder, and keeps the title where none was named", () => {
    expect(claimants("Defence Minister Ana Ruiz met Deputy Defence Minister Jorge Vidal. Chile has sent 113 tanks, the minister said.")).toEqual([["113 tanks", "Ana Ruiz"]]);
    expect(claimants("The minister spoke. Chile has sent 113 tanks, the minister said.")).toEqual([["113 tanks", "minister"]]);
  });
});

describe("an acronym ending in a capital S is a name before the plural head", () => {
  it("counts the noun after it, and the acronym alone where nothing follows", () => {
    expect(rows("Chile sent 12 IRIS-T SLS SAM launchers to Peru.")).toEqual([["12 IRIS-T SLS SAM launchers", 12, "launchers", "exact"]]);
    expect(rows("Chile sent 40 ATACMS missiles to Peru.")).toEqual([["40 ATACMS missiles", 40, "missiles", "exact"]]);
    expect(rows("Chile sent 12 HIMARS to Peru.")).toEqual([["12 HIMARS", 12, "HIMARS", "exact"]]);
  });
});
