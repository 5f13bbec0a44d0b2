import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedGazetteer } from "../loaders/actors.ts";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { extractAllQuantities, extractQuantities, extractQuantitiesWith, loadQuantityLexicon } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const read = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("the general quantity reader", () => {
  it("reads shares, durations, measures and bare numbers that the table leaves out", () => {
    expect(read("The index was up about 19 per cent, and 60% of revenue came from ads.")).toEqual([
      ["about 19 per cent", 19, "percent", "share"],
      ["60%", 60, "percent", "share"],
    ]);
    expect(read("It orbits the sun every 33 years and he averaged 7.3 points.")).toEqual([
      ["33 years", 33, "years", "time"],
      ["7.3 points", 7.3, "points", "measure"],
    ]);
    expect(read("Life expectancy for men is around 73.")).toEqual([["around 73", 73, "", "number"]]);
  });

  it("reads two amounts of one unit as one range, but a change from one figure to another as two", () => {
    const range = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.value_max, q.unit]);
    expect(range("Fruit prices may rise between 5% and 6% next year.")).toEqual([["between 5% and 6%", 5, 6, "percent"]]);
    expect(range("Claims ranged from $200 to $4 million.")).toEqual([["$200 to $4 million", 200, 4e6, "USD"]]);
    expect(range("It had projected US$89 to $93 billion in revenue.")).toEqual([["US$89 to $93 billion in revenue", 89e9, 93e9, "USD"]]);
    expect(range("Fees run from 1 per cent to 1.5 per cent.")).toEqual([["1 per cent to 1.5 per cent", 1, 1.5, "percent"]]);
    expect(range("He dropped from 208 pounds to 193.")).toEqual([["208 pounds", 208, "", "pounds"], ["193", 193, "", ""]]);
    expect(range("Prices rose from $5 to $10.")).toEqual([["$5", 5, "", "USD"], ["$10", 10, "", "USD"]]);
    // An open upper end makes the range a floor.
    const floor = extractAllQuantities(makeDoc("Each buyer paid $200,000 to more than $2 million for a flat.")).map((q) => [q.text, q.value, q.value_max, q.bound]);
    expect(floor).toEqual([["$200,000 to more than $2 million", 200000, 2e6, "at_least"]]);
  });

  it("reads minus signs and measures written as hyphened adjectives, but not a spelled-out duration ('a five-year plan')", () => {
    expect(read("It can dip to minus 130 degrees and the deficit reached $-50.8bn.")).toEqual([
      ["minus 130 degrees", -130, "degrees", "measure"],
      ["$-50.8bn", -50.8e9, "USD", "money"],
    ]);
    expect(read("A 6.1-inch display, a five-year plan and a 40-year-old pilot; 152-mm shells.")).toEqual([
      ["6.1-inch", 6.1, "inches", "measure"],
      ["40-year-old", 40, "year-old", "time"],
    ]);
  });

  it("reads units written into hyphened words, and a hyphen that waits for a later word", () => {
    expect(read("The probe flew a 2.5 billion-kilometre route past a 40,000 barrel-a-day plant.")).toEqual([
      ["2.5 billion-kilometre", 2.5e9, "km", "distance"],
      ["40,000 barrel-a-day", 40000, "barrels per day", "mass"],
    ]);
    expect(read("The bank is 21.5 percent-owned by the state.")).toEqual([["21.5 percent-owned", 21.5, "percent", "share"]]);
    expect(read("Buyers pick three-, four- and eight-seat models or a 12-seat van.")).toEqual([
      ["three", 3, "seat", "measure"],
      ["four", 4, "seat", "measure"],
      ["eight-seat", 8, "seat", "measure"],
      ["12-seat", 12, "seat", "measure"],
    ]);
    // Neither a calibre, a fraction nor an idiom of "one" is an amount of its noun: the fraction is a share.
    expect(read("Two-thirds of the one-off grants went to 105-mm guns.").map((r) => [r[0], r[2], r[3]])).toEqual([["Two-thirds", "fraction", "share"]]);
  });

  it("reads unit symbols that are also letters only as written, after a number", () => {
    expect(read("The lamp draws 8 W and water boils at 100 C; the coupe makes 250 PS.")).toEqual([
      ["8 W", 8, "watts", "measure"],
      ["100 C", 100, "degrees Celsius", "measure"],
      ["250 PS", 250, "PS", "measure"],
    ]);
    expect(read("The outfielder was worth 2.1 WAR, and 40 war veterans came.")).toEqual([
      ["2.1 WAR", 2.1, "WAR", "measure"],
      ["40 war veterans", 40, "veterans", "personnel"],
    ]);
  });

  it("ends the counted phrase at a verb that looks plural, with its object after it", () => {
    const items = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.value, q.unit, q.item]);
    expect(items("Just 12 saves keeps them alive, and 300 shells a day still fall.")).toEqual([[12, "saves", "saves"], [300, "shells per day", "shells"]]);
    expect(items("One letter urges Congress to act, and 30 farm groups signed it.")).toEqual([
      [1, "letter", "letter"],
      [30, "groups", "farm groups"],
    ]);
    expect(items("He left one bag behind the door.")).toEqual([[1, "bag", "bag"]]);
  });

  it("reads a calibre word with no weapon after it as a length, and a prefix hyphened onto a number", () => {
    expect(read("The film is 0.02 millimeter thick; the army fired 155 mm shells.")).toEqual([
      ["0.02 millimeter", 0.02, "millimetres", "measure"],
      ["155", 155, "", "number"],
    ]);
    expect(read("Foundries now make sub-5 nanometer chips.")).toEqual([["sub-5 nanometer", 5, "nanometres", "measure"]]);
  });

  it("gives a part of a sum the sum's unit, and reads 'one of the best …' as a reference to its phrase", () => {
    expect(read("The fund has raised 40 million of the 90 million euros it needs.")).toEqual([
      ["40 million", 40e6, "EUR", "money"],
      ["90 million euros", 90e6, "EUR", "money"],
    ]);
    const items = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.value, q.unit, q.item, q.category]);
    expect(items("It is one of the best folding bikes, and one of the cheapest tents.")).toEqual([
      [1, "bikes", "best folding bikes", "reference"],
      [1, "tents", "cheapest tents", "reference"],
    ]);
    expect(items("They sold 2.5M new and used cars.")).toEqual([[2.5e6, "cars", "new and used cars", "count"]]);
  });

  it("gives 'or two' the noun before it, and ends a count at a measure right after the number", () => {
    expect(read("Scouts want another striker or two, and a week or two to decide.")).toEqual([
      ["two", 2, "striker", "count"],
      ["two", 2, "week", "time"],
    ]);
    expect(read("He hit it at a minus-2.5 degree launch angle, and by 2150 the sea will rise.")).toEqual([["minus-2.5 degree", -2.5, "degree", "measure"]]);
  });

  it("reads 'two dozens' as 24 and a spaced 'Mil' as million", () => {
    expect(read("Troops shelled nearly two dozens settlements and fired 1.6 Mil shells.")).toEqual([
      ["nearly two dozens settlements", 24, "settlements", "count"],
      ["1.6 Mil shells", 1.6e6, "shells", "munitions"],
    ]);
  });

  it("reads spelled-out decimals and halves, counts with 'other'/'more', and a count left implied before a participle", () => {
    expect(read("They received one and a half million shells, about one-point-six million rounds by another count.")).toEqual([
      ["one and a half million shells", 1.5e6, "shells", "munitions"],
      ["about one-point-six million rounds", 1.6e6, "rounds", "munitions"],
    ]);
    expect(read("It was condemned by almost 40 other countries; sanctions cover four more entities.")).toEqual([
      ["almost 40 other countries", 40, "countries", "count"],
      ["four more entities", 4, "entities", "count"],
    ]);
    const implied = extractAllQuantities(makeDoc("About 10,000 soldiers are in Russia, with around 8,000 deployed in Kursk and 12 in Moscow."));
    expect(implied.map((q) => [q.text, q.unit, q.item])).toEqual([
      ["About 10,000 soldiers", "soldiers", "soldiers"],
      ["around 8,000", "soldiers", "soldiers"],
      // A number of the list before "in" and a name counts the list's noun too (rows.ts, listedByOrigin).
      ["12", "soldiers", "soldiers"],
    ]);
  });

  it("reads a bare number that goes on counting, in its sentence or the next of its paragraph", () => {
    const units = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.unit, q.category]);
    expect(units("Chile has ordered 200 howitzers, and aims at another 150.")).toEqual([
      ["200 howitzers", "howitzers", "munitions"],
      ["150", "howitzers", "munitions"],
    ]);
    expect(units("Peru has sent sailors to the coast. Officials first said 900 were there, and now say 1,400 have been deployed.")).toEqual([]);
    expect(units("Peru has sent 500 sailors to the coast. Officials later said 900 were there, and 1,400 have been deployed.")).toEqual([
      ["500 sailors", "sailors", "personnel"],
      ["900", "sailors", "personnel"],
      ["1,400", "sailors", "personnel"],
    ]);
    // Not across paragraphs.
    expect(units("Peru has sent 500 sailors to the coast.\n\nOfficials later said 900 were there.")).toEqual([["500 sailors", "sailors", "personnel"]]);
  });

  it("counts the shells in 'rounds of shells', and names soldiers as written (data/quantity-nouns.yaml unit_names)", () => {
    const rows = extractAllQuantities(makeDoc("It sent more than 6 million rounds of 152 mm artillery shells, 1 million rounds of ammunition and 8,000 soldiers."));
    expect(rows.map((q) => [q.value, q.unit, q.item, q.category])).toEqual([
      [6e6, "shells", "152 mm artillery shells", "munitions"],
      [1e6, "rounds", "ammunition", "munitions"],
      [8000, "soldiers", "soldiers", "personnel"],
    ]);
  });

  it("names a compound noun's unit whole (data/quantity-nouns.yaml unit_names: 'electoral votes', 'power plants')", () => {
    const rows = extractAllQuantities(makeDoc("The state holds 29 electoral votes and 12 coal power plants."));
    expect(rows.map((q) => [q.value, q.unit])).toEqual([
      [29, "electoral votes"],
      [12, "power plants"],
    ]);
  });

  it("reads fractions, and leaves addresses, scores and clock times out", () => {
    expect(read("A cup is 1/16 of a pint, 1\u204432 of a quart; the shop is open 24/7.")).toEqual([["1/16", 0.0625, "pints", "measure"], ["1\u204432", 1 / 32, "quarts", "measure"]]);
    expect(read("Homes at 49 Zorro Ranch Road and 9 E 71st St sold; the game was tied at 89-89 with 4:39 left.")).toEqual([]);
  });

  it("reads a decimal without its leading zero, and every mention (the table keeps one)", () => {
    const text = "The error rate fell to .001 per cent. The index rose 0.2% and the other fell 0.2%.";
    expect(read(text)).toEqual([[".001 per cent", 0.001, "percent", "share"], ["0.2%", 0.2, "percent", "share"], ["0.2%", 0.2, "percent", "share"]]);
    expect(read("A range ends the sentence at 5 to")).toEqual([["5", 5, "", "number"]]);
  });

  it("keeps references to parties already named and single things apart from amounts", () => {
    expect(read("The two sides talked. They offered one solution and sent 300 drones.")).toEqual([
      ["two sides", 2, "sides", "reference"],
      ["one solution", 1, "solution", "reference"],
      ["300 drones", 300, "drones", "munitions"],
    ]);
  });

  it("gives the table only the material amounts", () => {
    const doc = makeDoc("Exports rose 12 percent over two years as 300 drones and 6,700 containers left.");
    expect(extractQuantities(doc).map((q) => q.text)).toEqual(["300 drones", "6,700 containers"]);
    expect(extractAllQuantities(doc).map((q) => q.category)).toEqual(["share", "time", "munitions", "count"]);
  });

  it("takes the table's rule for what is material from data/quantity-nouns.yaml", () => {
    const dir = mkdtempSync(join(tmpdir(), "material-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, "quantity-nouns.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^material: \[/m, "material: [share, "));
    const doc = makeDoc("Exports rose 12 percent as 300 drones left.");
    const rows = extractQuantitiesWith(doc, loadQuantityLexicon(dir), sharedGazetteer());
    expect(rows.map((q) => q.text)).toEqual(["12 percent", "300 drones"]);
  });
});

describe("units written around the number, ages, irregular plurals and rates over time", () => {
  it("reads a currency written after the number or with a space inside its symbol", () => {
    expect(read("She paid 1,500€ for the bike and 90 JPY for tea.")).toEqual([
      ["1,500€", 1500, "EUR", "money"],
      ["90 JPY", 90, "JPY", "money"],
    ]);
    expect(read("Tickets cost HK $3,200 and the flat cost $US41,000.")).toEqual([
      ["HK $3,200", 3200, "HKD", "money"],
      ["$US41,000", 41000, "USD", "money"],
    ]);
    expect(read("The stock closed at 212p, up 4 pence.").map((r) => r.slice(1, 3))).toEqual([[212, "GBX"], [4, "GBX"]]);
  });

  it("reads an age written apart from its number, with a scale written onto it", () => {
    expect(read("A 61 year-old farmer found a 300 million-year-old fossil.")).toEqual([
      ["61 year-old", 61, "year-old", "time"],
      ["300 million-year-old", 3e8, "year-old", "time"],
    ]);
  });

  it("counts a noun whose plural ends in -men or -children", () => {
    expect(read("The port is home to 45 commercial fishermen.")).toEqual([["45 commercial fishermen", 45, "fishermen", "personnel"]]);
  });

  it("reads an amount per unit of time as a rate, but not an amount a year earlier", () => {
    expect(read("They pay $2,100 a month in rent.")[0].slice(1, 3)).toEqual([2100, "USD per month"]);
    expect(read("Sales reached $4 billion from $3 billion a year earlier.").map((r) => r[2])).toEqual(["USD", "USD"]);
  });

  it("reads the measure a fraction is of, and sen", () => {
    expect(read("A cup is 1/4 of a US quart; the shares rose 12 sen.")).toEqual([
      ["1/4", 0.25, "quarts", "measure"],
      ["12 sen", 12, "sen", "money"],
    ]);
  });

  it("reads a hedge written as a tilde", () => {
    expect(read("Each sample weighs ~40 grams, the tray ~2lb.")).toEqual([
      ["~40 grams", 40, "grams", "measure"],
      ["~2lb", 2, "pounds", "mass"],
    ]);
  });
});

describe("the table's material amounts on pages as they come", () => {
  const table = (text: string, published = "2024-06-24") => extractQuantities(makeDoc(text, published)).map((q) => [q.text, q.value, q.bound, q.unit]);

  it("leaves out counts of the page's own sources and media", () => {
    expect(table("According to four sources, Iran sent 200 drones. The site is in 12 languages and dozens of satellite images show the port.")).toEqual([
      ["200 drones", 200, "exact", "drones"],
    ]);
  });

  it("reads 'several hundred' as at least a hundred and 'several dozen' as at least 24", () => {
    expect(table("The ships delivered several hundred containers and several dozen rockets.")).toEqual([
      ["several hundred containers", 100, "at_least", "containers"],
      ["several dozen rockets", 24, "at_least", "rockets"],
    ]);
  });

  it("counts a part of munitions, personnel or other things counted, but not of what is no amount", () => {
    expect(table("Two of the seven rockets hit the depot, and four of the drones got through.")).toEqual([
      ["Two of the seven rockets", 2, "exact", "rockets"],
      ["seven rockets", 7, "exact", "rockets"],
      ["four of the drones", 4, "exact", "drones"],
    ]);
    expect(table("Two of the ships docked at the port.")).toEqual([["Two of the ships", 2, "exact", "ships"]]);
    expect(table("Two of the sources spoke on condition of anonymity.")).toEqual([]);
  });

  it("counts one thing when hedged or added to a count, and a definite amount already counted once", () => {
    expect(table("The ministry sanctioned nine firms and one individual.").map((r) => r[1])).toEqual([9, 1]);
    expect(table("Moscow sent at least one air-defence system to Pyongyang.").map((r) => r[1])).toEqual([1]);
    expect(table("One ship docked.")).toEqual([]);
    expect(table("Kyiv said 40 soldiers were captured. The 40 prisoners were moved west.").map((r) => r[0])).toEqual(["40 soldiers"]);
  });

  it("keeps one sum for a sum and its conversion in brackets, and no count after a duration", () => {
    expect(table("Each worker is paid about $700 (£560) a month.").map((r) => r[0])).toEqual(["about $700"]);
    expect(table("Images over the past five years shows 30 railcars at the depot.").map((r) => r[0])).toEqual(["30 railcars"]);
  });

  it("gives a headline's amount to the report when the report says it in other words", () => {
    const page = "Officials say four killed in strike on depot\n\nOfficials said on Monday that four workers died when a missile hit the fuel depot overnight.\n";
    expect(extractQuantities(makeDoc(page, "")).map((q) => q.text)).toEqual(["four workers"]);
  });

  it("reads nothing from an amount that ends a page cut mid-sentence", () => {
    expect(table("Officials said 300 troops arrived. The sanctioned generals led some of the thousands of troo").map((r) => r[0])).toEqual(["300 troops"]);
  });

  it("keeps the report's mention of an amount over the headline's on a page without front matter", () => {
    const page = "Menu\n\nPyongyang Shipped 9,000 Containers to Moscow\n\nNorth Korea has shipped about 9,000 containers to Russia since last summer, officials said.\n";
    const rows = extractQuantities(makeDoc(page, ""));
    expect(rows.map((q) => [q.text, q.bound])).toEqual([["about 9,000 containers", "approx"]]);
  });
});

describe("the item: what is counted, as its noun phrase tells it", () => {
  const items = (text: string) => extractQuantities(makeDoc(text)).map((q) => q.item);

  it("keeps a reduced relative clause inside the noun phrase", () => {
    expect(items("Pyongyang shipped 9,000 containers loaded with rockets and shells.")).toEqual(["containers loaded with rockets and shells"]);
    expect(items("Three Russian sailors detained in Norway while fishing have appealed.")).toEqual(["Russian sailors detained in Norway"]);
    expect(items("A survey shows 5,000 tons of grain shipped from the port last week.")).toEqual(["grain"]);
  });

  it("folds a passive or copular predicate of the counted things into the item", () => {
    expect(items("About 4,000 soldiers have been moved to the border.")).toEqual(["soldiers moved to the border"]);
    expect(items("Some 2,000 Belarusian engineers are now in Syria, the ministry said.")).toEqual(["Belarusian engineers in Syria"]);
    expect(items("More than 90,000 Austrian soldiers were killed or wounded since the spring.")).toEqual(["Austrian soldiers killed or wounded"]);
    expect(items("Roughly 500 Chilean sailors have been killed and 900 wounded.")[0]).toBe("Chilean sailors killed");
    expect(items("Four of the torpedoes were aimed at the Aurora Star.")).toEqual(["torpedoes aimed at the Aurora Star"]);
    // A bare number counting what was counted before it says its own participle; a phrase cut by the word limit ends on no "of".
    expect(items("About 4,000 Chilean sailors are in Peru, with around 3,000 deployed in the Lima region.")).toEqual(["Chilean sailors in Peru", "Chilean sailors deployed in the Lima region"]);
    expect(items("About 4,000 soldiers were killed in the country's far western border region of Atacama.")).toEqual(["soldiers killed in the country's far western border region"]);
    // An active verb is no predicate of what is counted, nor is a raising verb before an infinitive.
    expect(items("About 3,000 Peruvian troops have moved into the valley.")).toEqual(["Peruvian troops"]);
    expect(items("About 3,000 Peruvian troops were expected to cross the river.")).toEqual(["Peruvian troops"]);
    // A participle alone is kept only when it counts casualties.
    expect(items("About 3,000 Peruvian troops were sent in 2021 to guard the dam.")).toEqual(["Peruvian troops"]);
    // The predicate's phrase ends before a verb of its own.
    expect(items("Some 700 Danish medics were sent to the coast and praised the crews.")).toEqual(["Danish medics sent to the coast"]);
  });

  it("says what was done to the counted things by the words before them", () => {
    expect(items("Tokyo imposed sanctions on four Russian banks and two individuals.")).toEqual(["Russian banks sanctioned", "individuals sanctioned"]);
    expect(items("The strike hit a school, killing at least eight civilians.")).toEqual(["civilians killed"]);
  });

  it("counts a container with what it holds, a weight by its contents", () => {
    expect(items("Russia received 3,000 containers of ammunition and 900 tons of fuel.")).toEqual(["containers of ammunition", "fuel"]);
  });
});
