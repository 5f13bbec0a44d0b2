import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { claimantsFromStatements } from "../loaders/quantities/statement-claimants.ts";
import { makeDoc } from "./helpers.ts";
import { loadQuantityWords } from "../loaders/quantities/words.ts";

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);
const claimants = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.attributed_to]);

describe("people counted by what befell them are people", () => {
  it("writes a casualty word counted alone in the people unit", () => {
    expect(rows("The Peruvian navy reported two dead and four wounded.")).toEqual([
      ["two dead", 2, "people", "personnel"],
      ["four wounded", 4, "people", "personnel"],
    ]);
    expect(rows("The storm in Arica left about 30 injured.")).toEqual([["about 30 injured", 30, "people", "personnel"]]);
  });

  it("reads a noun of harm done ('injuries', 'lives') as people", () => {
    expect(rows("The shelling of Tacna caused dozens of injuries and claimed 12 lives.")).toEqual([
      ["dozens of injuries", 24, "people", "personnel"],
      ["12 lives", 12, "people", "personnel"],
    ]);
  });

  it("keeps the kind counted before ('100 troops … and 40 wounded'), and two tolls of one number apart", () => {
    expect(rows("Some 100 Chilean troops were killed and 40 wounded.")).toEqual([
      ["Some 100 Chilean troops", 100, "troops", "personnel"],
      ["40 wounded", 40, "troops", "personnel"],
    ]);
    expect(rows("The blast in Iquique left 30 injured. Later, 30 were confirmed dead.").map((r) => r[0])).toEqual(["30 injured", "30 were confirmed dead"]);
  });
});

describe("a classifier before 'of' counts what the 'of' names", () => {
  it("reads 'units of' as the things themselves", () => {
    expect(rows("Chile will acquire 30 units of the Condor self-propelled howitzer.")).toEqual([
      ["30 units of the Condor self-propelled howitzer", 30, "howitzers", "munitions"],
    ]);
    expect(rows("Lima ordered 600 units of armoured vehicles.")).toEqual([["600 units of armoured vehicles", 600, "vehicles", "munitions"]]);
  });

  it("gives a generic head the kind of its 'of' phrase, and leaves formations and goods alone", () => {
    expect(rows("Peru bought four systems of Ayar missiles.")).toEqual([["four systems", 4, "systems", "munitions"]]);
    expect(rows("The firm sold 5,000 units of its new tractor.")).toEqual([["5,000 units", 5000, "units", "count"]]);
  });
});

describe("a machine named by its model", () => {
  it("reads a noun of people after a model's name with a number as a machine", () => {
    expect(rows("The Chilean air force flies 18 Condor-29 fighters and 34 Puma-25 fighters.")).toEqual([
      ["18 Condor-29 fighters", 18, "fighters", "munitions"],
      ["34 Puma-25 fighters", 34, "fighters", "munitions"],
    ]);
    expect(rows("The rebels in the Andes have 300 fighters.")).toEqual([["300 fighters", 300, "fighters", "personnel"]]);
  });
});

describe("who else claims a toll or a count", () => {
  it("reads authorities, witnesses, residents and medics as claimants", () => {
    expect(claimants("Chilean authorities said 40 drones were shot down.")).toEqual([["40 drones", "Chilean authorities"]]);
    expect(claimants("Nine people were killed in Arica, according to local authorities.")).toEqual([["Nine people", "local authorities"]]);
    expect(claimants("Nine people were killed in Arica, according to eyewitnesses.")).toEqual([["Nine people", "eyewitnesses"]]);
    expect(claimants("Nine people were killed in Arica, according to regional health officials.")).toEqual([["Nine people", "regional health officials"]]);
  });

  it("reads a described body, but not a bare noun that re-names one named before", () => {
    expect(claimants("Nine people were killed in Arica, a human rights group said.")).toEqual([["Nine people", "human rights group"]]);
    expect(claimants("Nine people were killed in Arica, the group said.")).toEqual([["Nine people", ""]]);
    expect(claimants("Peru will buy 30 tanks, the manufacturer said.")).toEqual([["30 tanks", ""]]);
  });

  it("reads what a subject anticipates or assumes as its claim", () => {
    expect(claimants("Chilean officials anticipate that 400 tanks will be sent.")).toEqual([["400 tanks", "Chilean officials"]]);
    expect(claimants("Peru assumes that 80 hostages could be released.")).toEqual([["80 hostages", "Peru"]]);
  });
});

describe("a unit as the text names it, one amount under two names", () => {
  it("writes soldiers, ships and tankers as written", () => {
    expect(rows("Peru moved 2,000 soldiers and three ships to the coast, and two tankers followed.")).toEqual([
      ["2,000 soldiers", 2000, "soldiers", "personnel"],
      ["three ships", 3, "ships", "count"],
      ["two tankers", 2, "tankers", "count"],
    ]);
  });

  it("keeps one row when the same number is told again under the other name", () => {
    expect(rows("Peru has sent 8,000 soldiers to the border. Chile said 8,000 troops were there by May.").map((r) => r[0])).toEqual(["8,000 soldiers"]);
    expect(rows("Peru has sent 8,000 soldiers to the border. Chile said 9,000 troops were there by May.").map((r) => r[0])).toEqual(["8,000 soldiers", "9,000 troops"]);
  });
});

describe("a claimant the gazetteer knows, named as the text names it", () => {
  it("writes a body's name or description as written, a one-word person by full name", () => {
    expect(claimants("Chile's spy agency said Peru sent around 13,000 soldiers.")).toEqual([["around 13,000 soldiers", "Chile's spy agency"]]);
    expect(claimants("Peru fired 40 drones at the base, CENTCOM said.")).toEqual([["40 drones", "CENTCOM"]]);
    expect(claimants('"We have seen 1,500 containers arrive," said Kirby.')).toEqual([["1,500 containers", "John Kirby"]]);
  });
});

describe("a claim relayed by a participle of citing", () => {
  it("gives the amount to the cited source, before or after the verb of saying", () => {
    expect(claimants("At least 18 Peruvian soldiers have left their posts, Radio Lima reported on Saturday, citing intelligence sources.")).toEqual([
      ["At least 18 Peruvian soldiers", "intelligence sources"],
    ]);
    expect(claimants("Citing unnamed government sources, the Lima Times reported that Peru supplied two or three reactors.")).toEqual([
      ["two or three reactors", "unnamed government sources"],
    ]);
  });

  it("keeps a plural description over the statement's speaker, who is not them", () => {
    const quotes = [{ speaker: "Radio Lima", char_start: 0, char_end: 200 }];
    const rows = [{ attributed_to: "intelligence sources", char_start: 10, char_end: 20 }];
    expect(claimantsFromStatements(rows, quotes, loadQuantityWords())[0].attributed_to).toBe("intelligence sources");
    expect(claimantsFromStatements([{ ...rows[0], attributed_to: "defence minister" }], quotes, loadQuantityWords())[0].attributed_to).toBe("Radio Lima");
  });
});

describe("a name the gazetteer does not know after 'according to'", () => {
  it("reads a run of capitalised words closed by punctuation as the claimant", () => {
    expect(claimants("According to Gerasimov, the Chilean army suffered over 6,000 casualties.")).toEqual([["over 6,000 casualties", "Gerasimov"]]);
    expect(claimants("Nine people were killed, according to Radio Arica.")).toEqual([["Nine people", "Radio Arica"]]);
    expect(claimants("According to March figures, Peru sent 400 tanks.")).toEqual([["400 tanks", ""]]);
  });

  it("names a surname in full where a statement of the article does", () => {
    const quotes = [{ speaker: "Ramon Gerasimov", char_start: 0, char_end: 200 }];
    expect(claimantsFromStatements([{ attributed_to: "Gerasimov", char_start: 10, char_end: 20 }], quotes, loadQuantityWords())[0].attributed_to).toBe("Ramon Gerasimov");
    expect(claimantsFromStatements([{ attributed_to: "Reuters", char_start: 10, char_end: 20 }], quotes, loadQuantityWords())[0].attributed_to).toBe("Reuters");
  });
});
