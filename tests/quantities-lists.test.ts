import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities, quantityBrief as brief } from "./helpers.ts";

describe("counts in lists and words in -ly", () => {
  it("keeps a noun or adjective in -ly inside the counted phrase (data/quantity-words.yaml ly_words)", () => {
    const cases: [string, string, string][] = [
      ["The convoy carried 14 supply trucks to the front.", "14 supply trucks", "trucks"],
      ["The raid killed twelve elderly women.", "twelve elderly women", "women"],
      ["Nine family members were evacuated by boat.", "Nine family members", "members"],
      ["The region saw six deadly attacks in a week.", "six deadly attacks", "attacks"],
      ["Rescuers reached 40 elderly residents on Friday.", "40 elderly residents", "residents"],
      ["The navy escorted three supply ships past the strait.", "three supply ships", "ships"],
      ["Police detained five early arrivals at the gate.", "five early arrivals", "arrivals"],
      ["The ministry named 17 friendly nations in its report.", "17 friendly nations", "countries"],
    ];
    for (const [sentence, text, unit] of cases) expect(quantities(sentence).map((r) => [r.text, r.unit]), sentence).toEqual([[text, unit]]);
  });

  it("still ends the counted phrase at an adverb in -ly", () => {
    expect(quantities("The army moved 300 troops quickly to the border.").map((r) => r.text)).toEqual(["300 troops"]);
    expect(quantities("Investigators found 20 rifles hidden nearby, mostly old.").map((r) => r.text)).toEqual(["20 rifles"]);
  });

  it("counts one thing that goes on a list of counts after a comma", () => {
    expect(brief(quantities("The agency listed three shipping firms, one broker, and a bank."))).toEqual([
      ["three shipping firms", 3, "exact", "firms", "count"],
      ["one broker", 1, "exact", "brokers", "count"],
    ]);
    expect(brief(quantities("Customs seized 40 rifles, one mortar, and 300 rounds."))[1]).toEqual(["one mortar", 1, "exact", "mortars", "munitions"]);
    expect(quantities("Among the ships, one tanker ran aground.")).toEqual([]);
  });

  it("counts one person told by what befell them: a verb done to people, a casualty word, an adverb before it", () => {
    expect(brief(quantities("Gunmen stormed the post, killing one guard and wounding four."))[0]).toEqual(["one guard", 1, "exact", "guards", "personnel"]);
    expect(brief(quantities("The blast injured one passenger at the station."))).toEqual([["one passenger", 1, "exact", "passengers", "personnel"]]);
    expect(brief(quantities("One medic was seriously injured in the shelling."))).toEqual([["One medic", 1, "exact", "medics", "personnel"]]);
    expect(brief(quantities("Two smugglers were shot dead and one arrested at the crossing."))[1]).toEqual(["one arrested", 1, "exact", "smugglers", "personnel"]);
    expect(quantities("One soldier said the camp was quiet.")).toEqual([]);
  });

  it("counts one thing after 'and' and a noun a number counts, its phrase up to a known noun", () => {
    expect(brief(quantities("Moscow sent at least one mobile radar system and one combat vehicle."))[1]).toEqual(["one combat vehicle", 1, "exact", "vehicles", "munitions"]);
    expect(brief(quantities("The navy hit four patrol boats and one small unmanned aerial vehicle."))[1]).toEqual(["one small unmanned aerial vehicle", 1, "exact", "vehicles", "munitions"]);
    // One weapon is an amount on its own; one thing of another kind, not on a list, is a reference.
    expect(brief(quantities("Kyiv asked for one long range air defense system."))).toEqual([["one long range air defense system", 1, "exact", "systems", "munitions"]]);
    expect(brief(quantities("Kyiv asked for one long range planning office."))).toEqual([]);
  });

  it("joins no 'others' to a counted noun by 'and'", () => {
    expect(brief(quantities("Guards killed one intruder and forced others back."))).toEqual([["one intruder", 1, "exact", "intruders", "personnel"]]);
    expect(brief(quantities("The raid killed one attacker and wounded others."))).toEqual([["one attacker", 1, "exact", "attackers", "personnel"]]);
  });

  it("keeps two counts of one sentence with one number but other things counted", () => {
    expect(quantities("The coastguard sent two patrol boats and two supply ships to the reef.").map((r) => r.text)).toEqual(["two patrol boats", "two supply ships"]);
    expect(quantities("Kyiv asked for 50 tanks in May and 50 armoured vehicles in June.").map((r) => r.text)).toEqual(["50 tanks", "50 armoured vehicles"]);
    expect(quantities("The army sent 200 troops in March. It sent 200 troops again in April.").map((r) => r.text)).toEqual(["200 troops"]);
  });
});

describe("a part of a whole counted without 'the'", () => {
  it("reads 'N of M things' as N things, and the whole as its own count", () => {
    const cases: [string, string, number, string][] = [
      ["Nine of 32 members still miss the target.", "Nine of 32 members", 9, "members"],
      ["Only two of 40 drones got through the defences.", "two of 40 drones", 2, "drones"],
      ["Just 12 of 300 recruits finished the course.", "12 of 300 recruits", 12, "recruits"],
      ["Rebels hold 3 of 11 districts in the province.", "3 of 11 districts", 3, "districts"],
      ["Four of 10 workers lost their jobs.", "Four of 10 workers", 4, "workers"],
    ];
    for (const [sentence, text, value, unit] of cases) {
      const rows = quantities(sentence);
      expect(rows.map((r) => [r.text, r.value, r.unit])[0], sentence).toEqual([text, value, unit]);
      expect(rows).toHaveLength(2);
    }
  });
});

describe("one thing in a lead-in and another in the report", () => {
  it("keeps the lead-in's one when the report counts one of something else", () => {
    const body = "Raid on depot leaves one guard hurt\n\nKHARKIV, Ukraine (AP) — Raiders struck a fuel depot on Monday. Guards killed one intruder at the gate.";
    expect(quantities(body).map((r) => r.text)).toEqual(["one guard", "one intruder"]);
  });

  it("still keeps the report's mention of a figure the lead-in gave in other words", () => {
    const body = "Three killed in depot raid\n\nKHARKIV, Ukraine (AP) — Raiders struck a fuel depot on Monday, killing three people.";
    expect(quantities(body).map((r) => r.text)).toEqual(["three people"]);
  });
});
