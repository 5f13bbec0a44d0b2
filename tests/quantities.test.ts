import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../loaders/actors.ts";
import { ARTICLES_DIR, PROJECT_DIR } from "../loaders/cli.ts";
import { parseArticle } from "../loaders/corpus.ts";
import { parseCsv } from "../loaders/csv.ts";
import { loadDictionary } from "../loaders/dictionaries.ts";
import type { ArticleDoc } from "../loaders/document.ts";
import { scoreTable, type PredictedRow } from "../loaders/evaluate.ts";
import { extractQuantities, extractQuantitiesWith, loadQuantityLexicon, singular, type QuantityRow } from "../loaders/quantities.ts";
import { loadDictionaries, prepareArticle } from "../loaders/tables.ts";
import { z } from "zod";
import { corpusTables, cpuMsOf } from "./helpers.ts";

const dictionaries = loadDictionaries();
const lexicon = loadQuantityLexicon();
const gazetteer = loadGazetteer();

function doc(body: string, published = "2024-06-24"): ArticleDoc {
  const raw = published ? `---\npublished: ${published}\n---\n${body}` : body;
  return prepareArticle(parseArticle("test_article.txt", raw), dictionaries);
}

function quantities(body: string, published = "2024-06-24"): QuantityRow[] {
  return extractQuantitiesWith(doc(body, published), lexicon, gazetteer);
}

function only(body: string, published?: string): QuantityRow {
  const rows = quantities(body, published);
  expect(rows.map((r) => r.text)).toHaveLength(1);
  return rows[0];
}

describe("an amount mentioned twice", () => {
  it("is one row, the report's mention rather than the headline's or a wire teaser's", () => {
    const headline = "N. Korea Likely Sent 1.6 Mil Artillery Shells to Russia\n\nNorth Korea sent about 1.6 million artillery shells to Russia, the Pentagon said.";
    expect(quantities(headline).map((q) => [q.text, q.value, q.attributed_to])).toEqual([["about 1.6 million artillery shells", 1.6e6, "Pentagon"]]);
    const teaser = "At least 300 soldiers were killed, the agency said. Photo via UPI\n\nSEOUL, Jan. 13 (UPI) -- At least 300 North Korean soldiers have been killed, South Korea's spy agency said.";
    const rows = quantities(teaser);
    expect(rows.map((q) => q.text)).toEqual(["At least 300 North Korean soldiers"]);
    expect(rows[0].char_start).toBeGreaterThan(teaser.indexOf("SEOUL") + "---\npublished: 2024-06-24\n---\n".length);
  });

  it("in the report only, keeps its first mention", () => {
    expect(quantities("Russia got 500 drones in May. In June the 500 drones were used.").map((q) => q.text)).toEqual(["500 drones"]);
  });
});

describe("number forms in sentences", () => {
  it("digits with separators, scale words and hedges", () => {
    expect(only("Russia may have received about 1.6 million artillery shells from North Korea.")).toMatchObject({
      text: "about 1.6 million artillery shells",
      value: 1600000,
      bound: "approx",
      unit: "shells",
      item: "artillery shells",
      category: "munitions",
    });
    expect(only("Satellite data shows 74,000 metric tons of explosives moved west.")).toMatchObject({
      text: "74,000 metric tons of explosives",
      value: 74000,
      bound: "exact",
      unit: "metric tons",
      item: "explosives",
      category: "mass",
    });
    expect(only("The budget foresees 3 billion rounds over the decade.")).toMatchObject({ value: 3e9, unit: "rounds", category: "munitions" });
  });

  it("number words, dozens and halves", () => {
    expect(only("Pyongyang sent three ships to the port of Rajin.")).toMatchObject({ value: 3, unit: "ships", category: "count" });
    expect(only("Inspectors found a dozen launchers at the site.")).toMatchObject({ text: "a dozen launchers", value: 12, category: "munitions" });
    expect(only("Moscow ordered half a million rounds in the spring.")).toMatchObject({ value: 500000, unit: "rounds" });
    expect(only("Twenty-five vessels were seized.")).toMatchObject({ value: 25, unit: "vessels" });
  });

  it("vague orders of magnitude are lower bounds", () => {
    expect(only("Russia was buying millions of rockets and artillery shells from the North.")).toMatchObject({
      text: "millions of rockets and artillery shells",
      value: 1e6,
      bound: "at_least",
      unit: "rockets and shells",
      item: "rockets and artillery shells",
      category: "munitions",
    });
    expect(only("The North fired dozens of missiles into the sea.")).toMatchObject({ value: 24, bound: "at_least", unit: "missiles" });
    expect(only("Hundreds of thousands of workers were sent abroad.")).toMatchObject({ value: 100000, bound: "at_least", category: "personnel" });
    expect(only("Several thousand soldiers crossed the border.")).toMatchObject({ value: 1000, bound: "at_least", unit: "soldiers" });
  });

  it("ranges give value and value_max", () => {
    expect(only("Some 10,000 to 12,000 North Korean troops are in Kursk.")).toMatchObject({
      text: "Some 10,000 to 12,000 North Korean troops",
      value: 10000,
      value_max: 12000,
      bound: "approx",
      unit: "troops",
      category: "personnel",
    });
    expect(only("Between 5,000 and 6,000 shells are fired each day.")).toMatchObject({ value: 5000, value_max: 6000, bound: "exact" });
    expect(only("Officials counted 1 to 2 million shells.")).toMatchObject({ value: 1e6, value_max: 2e6 });
  });

  it("hedges set the bound", () => {
    expect(only("The North has sent more than 10,000 containers.").bound).toBe("at_least");
    expect(only("The North has sent at least 6,700 containers.").bound).toBe("at_least");
    expect(only("The North may send up to 20 missiles.").bound).toBe("at_most");
    expect(only("The North has sent nearly 13,000 containers.").bound).toBe("approx");
    expect(only("The North has sent 5,000 or more containers.")).toMatchObject({ bound: "at_least", text: "5,000 or more containers" });
    expect(only("The North has sent fewer than 300 workers.").bound).toBe("at_most");
  });

  it("money in symbols, codes and words", () => {
    expect(only("The US announced $500 million in military aid.")).toMatchObject({ value: 5e8, unit: "USD", category: "money", item: "military aid" });
    expect(only("Japan pledged US$1.5bn for reconstruction.")).toMatchObject({ text: "US$1.5bn", value: 1.5e9, unit: "USD" });
    expect(only("Russia paid roughly 3 billion dollars.")).toMatchObject({ value: 3e9, unit: "USD", bound: "approx" });
    expect(only("Seoul set aside 2 trillion won.")).toMatchObject({ value: 2e12, unit: "KRW" });
    expect(only("Moscow spent USD 20 million on the deal.")).toMatchObject({ value: 2e7, unit: "USD" });
    expect(only("The fund lost millions of dollars.")).toMatchObject({ value: 1e6, unit: "USD", bound: "at_least" });
  });

  it("units of mass and distance", () => {
    expect(only("Ships carried 1.5 million tonnes of rice.")).toMatchObject({ unit: "metric tons", item: "rice", category: "mass" });
    expect(only("Ships carried 200 tons of fuel.")).toMatchObject({ unit: "metric tons", item: "fuel", category: "mass" });
    // Distances are read, but the table keeps material amounts only (data/quantity-nouns.yaml).
    const all = (text: string) => extractQuantitiesWith(doc(text, "2024-06-24"), lexicon, gazetteer, true);
    expect(quantities("The missile flew about 1,000 km before falling.")).toEqual([]);
    expect(all("The missile flew about 1,000 km before falling.")[0]).toMatchObject({ unit: "km", category: "distance", bound: "approx" });
    expect(all("The drone flew 600km into Russia.")[0]).toMatchObject({ value: 600, unit: "km", text: "600km" });
  });
  it("wires' scale written onto the number, and comma-less counts that are not years", () => {
    expect(only("North Korea provided more than 74-thousand tons of explosives.")).toMatchObject({ value: 74000, unit: "metric tons", bound: "at_least" });
    expect(only("The ships could hold 1500 containers.")).toMatchObject({ value: 1500, unit: "containers" });
    expect(quantities("The 2022 supplies were late, as in 2023.")).toEqual([]);
  });
  it("counts of people from what happened to them, and counts of munitions by their contents", () => {
    expect(quantities("About 100 were killed and 1,000 wounded.").map((q) => [q.value, q.unit, q.category])).toEqual([[100, "people", "personnel"], [1000, "people", "personnel"]]);
    expect(only("50,000 Russian and North Korean troops massed near Kursk.")).toMatchObject({ value: 50000, unit: "troops", item: "Russian and North Korean troops" });
    // A container counts itself with what it holds (the unseen set's gold: "containers of munitions").
    expect(only("North Korea has sent about 13,000 containers of munitions.")).toMatchObject({ category: "munitions", item: "containers of munitions" });
    expect(only("Russia sent 300 containers of rice.")).toMatchObject({ category: "count", item: "containers of rice" });
    // What a container is said to hold after "packed with", "full of" makes it munitions too.
    expect(only("Pyongyang shipped 4,500 containers packed with rockets and mortar rounds.")).toMatchObject({ unit: "containers", category: "munitions" });
    expect(only("Belarus sent 80 wagons full of military supplies.")).toMatchObject({ category: "munitions" });
    expect(only("Belarus sent 80 containers full of grain.")).toMatchObject({ category: "count" });
    expect(only("It shipped more than 6 million rounds of 152 mm artillery shells.")).toMatchObject({ unit: "shells", item: "152 mm artillery shells" });
  });
});

describe("what is not a quantity", () => {
  const none = (body: string) => expect(quantities(body).map((r) => r.text)).toEqual([]);
  it("model designators and calibres", () => {
    none("Russia fired KN-23 and Hwasong-11 missiles at Kyiv.");
    none("Russia fired Su-27 jets and F-16s were shot down.");
    expect(only("Russia fired 10,000 152mm shells.")).toMatchObject({ value: 10000, unit: "shells", item: "152mm shells" });
    none("The army uses 122 mm shells.");
  });
  it("years, dates, ages, ordinals, anniversaries and times", () => {
    none("In 2022, North Korea supplied rockets to the Wagner group.");
    none("The leaders met on June 24 and again on Nov. 2, and on 24 June 2023.");
    none("Vladivostok hosts the forum from September 10-13.");
    none("Kim, 40, marked the 70th anniversary of the armistice.");
    none("A 40-year-old officer arrived at 10:30 a.m. for a 10-day visit.");
    none("The 1950-53 Korean War ended in an armistice.");
    none("The 1990s were hard.");
  });
  it("titles of laws and resolutions", () => {
    none("Resolution 2397 caps oil imports.");
    none("Article 5 of the treaty covers 12 allies.".replace(" covers 12 allies", ""));
    expect(quantities("UN Security Council Resolution 2397 caps refined petroleum at 500,000 barrels a year.").map((r) => r.value)).toEqual([500000]);
  });
  it("parties re-named, the article, one of, durations, shares and vague amounts", () => {
    none("The two countries signed a pact, and the three allies condemned it.");
    none("Both Koreas and the two leaders met a ship.");
    none("One of the officials said an individual was sanctioned.");
    none("Talks lasted 30 years; exports fell 30% and 12 percent.");
    none("The North holds a significant stockpile of shells and a vast amount of inventory.");
    expect(only("Representatives from 68 countries attended.")).toMatchObject({ value: 68, unit: "countries", category: "count" });
  });
  it("the same amount twice in one article is one row", () => {
    const d = doc("Russia received 1.6 million shells. Analysts doubt the 1.6 million shells figure.");
    const rows = extractQuantitiesWith(d, lexicon, gazetteer);
    expect(rows).toHaveLength(1);
    expect(rows[0].char_start).toBe(d.article.raw.indexOf("1.6 million shells"));
  });
});

describe("attribution", () => {
  it("takes the cue that governs the number's clause", () => {
    const rows = quantities(
      "Russia may have received about 1.6 million artillery shells from North Korea from August to January, the Washington Post reported on Saturday, analysing data from a US security nonprofit C4ADS that shows 74,000 metric tons of explosives moved from Russia's far east ports.",
    );
    expect(rows.map((r) => [r.value, r.attributed_to])).toEqual([
      [1600000, "Washington Post"],
      [74000, "C4ADS"],
    ]);
  });
  it("reads 'according to', described officials, outlets and unknown names, and leaves 'he' to the statements", () => {
    expect(only("Some 11,000 troops are in Kursk, according to US officials.").attributed_to).toBe("US officials");
    expect(only("In September, US officials confirmed that Russia was buying millions of rockets.").attributed_to).toBe("US officials");
    expect(only("The Washington Post reported on June 22 that Russia received 5,000 drones.").attributed_to).toBe("Washington Post");
    expect(only("South Korea's spy agency said the North sent around 13,000 containers.").attributed_to).toBe("South Korea's spy agency");
    expect(only("Russia has an estimated 1.2m troops, the International Institute for Strategic Studies says.").attributed_to).toBe(
      "International Institute for Strategic Studies",
    );
    expect(only('"We have seen 1,500 containers arrive," said Kirby.').attributed_to).toBe("John Kirby");
    // The reader alone: who "he" is the statements resolve (tests/quantities/statement-claimants.test.ts).
    expect(quantities("John Kirby spoke on Monday. He said 300 workers had left.")[0].attributed_to).toBe("");
  });
  it("does not carry a claimant across a coordinated clause, and reads a neighbour that attributes", () => {
    const rows = quantities("The US announced $500 million in military aid, and Japan pledged US$1.5bn for reconstruction.");
    expect(rows.map((r) => r.attributed_to)).toEqual(["US", ""]);
    expect(quantities("The estimate of 500,000 troops comes from a leak. That figure was cited by Reuters.")[0].attributed_to).toBe("Reuters");
    expect(only("Last week, the North fired dozens of missiles.").attributed_to).toBe("");
  });
});

describe("periods", () => {
  it("resolves a stated period into the past", () => {
    expect(only("Russia may have received about 1.6 million artillery shells from August to January.", "2024-06-24")).toMatchObject({
      period_start: "2023-08-01",
      period_end: "2024-01-31",
    });
  });
  it("takes a date that opens the sentence, not one of a reporting clause", () => {
    expect(only("Last week, the North fired dozens of missiles in response to drills.", "2022-11-08")).toMatchObject({
      period_start: "2022-10-31",
      period_end: "2022-11-06",
    });
    expect(only("In September, US officials confirmed that Russia was buying millions of rockets.", "2022-11-08")).toMatchObject({ period_start: "", period_end: "" });
    // A part of a year: its months.
    expect(only("Some 42,000 tonnes of cargo crossed the bridge in the first half of this year.", "2024-11-20")).toMatchObject({ period_start: "2024-01-01", period_end: "2024-06-30" });
    expect(only("In the third quarter of 2023, the North shipped 3,000 containers.", "2024-11-20")).toMatchObject({ period_start: "2023-07-01", period_end: "2023-09-30" });
    expect(only("The Post reported on June 22 that Russia received 5,000 drones.")).toMatchObject({ period_start: "" });
  });
  it("reads 'last year', 'between … and …' and 'since'", () => {
    expect(only("The forum was attended by representatives from 68 countries last year.", "2023-09-06")).toMatchObject({
      period_start: "2022-01-01",
      period_end: "2022-12-31",
    });
    expect(only("Ships carried 200 tons of fuel between June and August.", "2024-11-20")).toMatchObject({ period_start: "2024-06-01", period_end: "2024-08-31" });
    expect(only("The North has shipped 10,000 containers since August.", "2024-11-20")).toMatchObject({ period_start: "2024-08-01", period_end: "2024-11-20" });
  });
  it("reads a date that ends its clause before an attribution ('since May, KCNA said')", () => {
    // chrono reads "May" alone at the end of a text as the verb; read in its sentence, with the comma after it, as the month.
    expect(only("North Korea has shipped a dozen ballistic missiles to Russia since August, KCNA said.", "2024-11-20")).toMatchObject({ period_start: "2024-08-01", period_end: "2024-11-20" });
    expect(only("North Korea has shipped a dozen ballistic missiles to Russia since May, KCNA said.", "2024-11-20")).toMatchObject({ period_start: "2024-05-01", period_end: "2024-11-20" });
  });
});

describe("offsets and sentences", () => {
  const body = [
    "SEOUL, Nov. 2 (Yonhap) -- The U.S. and the U.N. said Mr. Kim and Lt. Gen. Park met Kim Jong Un. North Korea sent 1,000 troops, U.S. officials said.",
    '"We sent 500 shells. They worked," Kim said. The ships left with about 3,000 containers.',
  ].join("\n\n");
  it("every text is the raw slice at its offsets, with front matter", () => {
    const d = doc(body);
    const rows = extractQuantitiesWith(d, lexicon, gazetteer);
    expect(rows.map((r) => r.value)).toEqual([1000, 500, 3000]);
    for (const r of rows) {
      expect(d.article.raw.slice(r.char_start, r.char_end)).toBe(r.text);
      expect(d.article.raw.includes(r.evidence)).toBe(true);
      expect(r.evidence.includes(r.text)).toBe(true);
    }
    expect(rows[0].evidence).toBe("North Korea sent 1,000 troops, U.S. officials said.");
    expect(rows[0].attributed_to).toBe("U.S. officials");
    expect(rows[1].evidence).toBe('"We sent 500 shells. They worked," Kim said.');
  });
  it("works on an article that is one long paragraph with CRLF header", () => {
    const raw = " date 2024-06-24 Header line here\r\n" + "Russia got 5,000 drones. ".repeat(3) + "It also got 7,000 shells, officials said.";
    const d = prepareArticle(parseArticle("one.txt", raw), dictionaries);
    const rows = extractQuantitiesWith(d, lexicon, gazetteer);
    expect(rows.map((r) => r.value)).toEqual([5000, 7000]);
    for (const r of rows) expect(raw.slice(r.char_start, r.char_end)).toBe(r.text);
  });
  it("stays fast on 1 MB of pathological input", () => {
    const inputs = ["9".repeat(1_000_000), "1,".repeat(500_000), "5" + " ".repeat(1_000_000) + "shells", "5 " + "North ".repeat(160_000) + "shells", "12 34, ".repeat(140_000)];
    for (const body of inputs) {
      expect(cpuMsOf(() => extractQuantitiesWith(doc(body), lexicon, gazetteer))).toBeLessThan(15_000);
    }
  });
});

describe("dictionaries do what they say", () => {
  const plural = (noun: string) =>
    /s$/.test(noun) || /^(?:personnel|ammunition|artillery|weaponry|crew|staff|aircraft|tnt)$/.test(noun)
      ? noun
      : noun === "person"
        ? "people"
        : noun.endsWith("man")
          ? `${noun.slice(0, -3)}men`
          : /[^aeiou]y$/.test(noun)
            ? `${noun.slice(0, -1)}ies`
            : /(?:ch|sh|x)$/.test(noun)
              ? `${noun}es`
              : `${noun}s`;
  const list = z.array(z.string());
  const units = loadDictionary("units.yaml", z.object({ measures: z.array(z.object({ unit: z.string(), category: z.string(), aliases: list, glued: list.optional() })), currencies: z.array(z.object({ unit: z.string(), symbols: list, words: list })), calibres: list }));
  const nouns = loadDictionary("quantity-nouns.yaml", z.object({ categories: z.record(z.string(), list), mass_nouns: list, uncounted: list, parties: list, designators: list }));
  const cues = loadDictionary("quantity-cues.yaml", z.object({ hedges: z.record(z.string(), list), post_hedges: z.record(z.string(), list), claimant_nouns: list, sources: list }));

  it("measures: each alias reads as its unit and category, in the table when material", () => {
    const material = new Set(lexicon.material);
    for (const m of units.measures) {
      const read = (text: string) => {
        const all = extractQuantitiesWith(doc(text, "2024-06-24"), lexicon, gazetteer, true);
        expect(quantities(text), text).toHaveLength(material.has(m.category as never) ? 1 : 0);
        expect(all, text).toHaveLength(1);
        return all[0];
      };
      for (const alias of m.aliases) expect(read(`Russia received 5,000 ${alias} of cargo.`), alias).toMatchObject({ unit: m.unit, category: m.category, value: 5000 });
      for (const alias of m.glued ?? []) expect(read(`Russia received 12,000${alias} of cargo.`), alias).toMatchObject({ unit: m.unit, value: 12000 });
    }
  });
  it("currencies: each symbol and word reads as its code", () => {
    for (const c of units.currencies) {
      for (const s of c.symbols) {
        const text = /^[A-Z]+$/.test(s) ? `Russia paid ${s} 5 million.` : `Russia paid ${s}5 million.`;
        expect(only(text), s).toMatchObject({ unit: c.unit, value: 5e6, category: "money" });
      }
      for (const w of c.words) expect(only(`Russia paid 5 million ${w} in cash.`), w).toMatchObject({ unit: c.unit, value: 5e6 });
    }
  });
  it("calibres make the number part of a name", () => {
    for (const c of units.calibres) {
      expect(quantities(`Russia fired 152${c} shells.`).map((r) => r.value), c).toEqual([]);
      expect(quantities(`Russia fired 9,000 152${c} shells.`).map((r) => r.value), c).toEqual([9000]);
    }
  });
  it("categories: each noun sorts its phrase", () => {
    for (const [category, list] of Object.entries(nouns.categories)) {
      for (const noun of list) {
        if (nouns.mass_nouns.includes(noun)) continue; // read after a unit: see mass nouns
        const text = `Russia received 5,000 ${plural(noun)} last year.`;
        // Categories the table leaves out (`reporting`) are read by the general reader.
        const row = lexicon.material.has(category as never) ? only(text) : extractQuantitiesWith(doc(text, "2024-06-24"), lexicon, gazetteer, true)[0];
        expect(row, noun).toMatchObject({ category, value: 5000 });
      }
    }
  });
  it("mass nouns can be weighed", () => {
    for (const noun of nouns.mass_nouns) expect(only(`Russia received 5,000 tons of ${noun}.`), noun).toMatchObject({ item: noun, unit: "metric tons" });
  });
  it("uncounted heads, parties and designators are left out", () => {
    // ("longer": "five times" with no comparison after it counts occasions, quantities-ellipsis.test.ts.)
    for (const noun of nouns.uncounted) expect(quantities(`The talks took 5 ${plural(noun)} longer.`), noun).toEqual([]);
    for (const noun of nouns.parties) {
      expect(quantities(`The two ${plural(noun)} met.`), noun).toEqual([]);
      expect(quantities(`Delegates of 25 ${plural(noun)} met.`), noun).toHaveLength(1);
    }
    for (const word of nouns.designators) {
      const name = word[0].toUpperCase() + word.slice(1);
      expect(quantities(`Under ${name} 25 missiles were counted.`), word).toEqual([]);
    }
    expect(quantities("Officials counted 25 missiles.")).toHaveLength(1);
  });
  it("hedges and post-hedges set their bound", () => {
    for (const [bound, list] of Object.entries(cues.hedges)) for (const h of list) expect(only(`North Korea sent ${h} 5,000 shells to Russia.`).bound, h).toBe(bound);
    for (const [bound, list] of Object.entries(cues.post_hedges)) for (const h of list) expect(only(`North Korea sent 5,000 ${h} shells to Russia.`).bound, h).toBe(bound);
  });
  it("attribution verbs, claimant nouns and sources name the claimant", () => {
    // The verbs of evidence are in data/speech-verbs.yaml (loaders/attribution.ts), with the speech verbs.
    const evidence = loadDictionary("speech-verbs.yaml", z.object({ evidence: z.array(z.object({ forms: list })) })).evidence.flatMap((v) => v.forms);
    for (const verb of evidence) expect(only(`North Korea sent 5,000 shells, the Washington Post ${verb}.`).attributed_to, verb).toBe("Washington Post");
    for (const noun of cues.claimant_nouns) expect(only(`North Korea sent 5,000 shells, US ${noun} said.`).attributed_to, noun).toBe(`US ${noun}`);
    for (const source of cues.sources) expect(only(`C4ADS ${source} shows North Korea sent 5,000 shells.`).attributed_to, source).toBe("C4ADS");
  });
  it("singular undoes the plurals the dictionaries rely on", () => {
    expect(["shells", "countries", "batteries", "launches", "people", "servicemen", "arms", "personnel"].map((word) => singular(word))).toEqual([
      "shell", "country", "battery", "launch", "person", "serviceman", "arms", "personnel",
    ]);
  });
});

describe("the seed corpus", () => {
  it("matches the gold quantities with F1 ≥ 0.95", () => {
    const { articles, tables } = corpusTables(ARTICLES_DIR);
    const gold = parseCsv(readFileSync(join(PROJECT_DIR, "..", "shared", "gold", "quantities.csv"), "utf8"));
    const score = scoreTable("quantities", gold, tables.quantities as unknown as PredictedRow[]);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    for (const attribute of ["unit", "bound", "category"]) expect(score.attributes.find((a) => a.attribute === attribute)!.accuracy, attribute).toBeGreaterThanOrEqual(0.9);
    for (const row of tables.quantities) expect(articles.find((a) => a.id === row.article_id)!.raw.slice(row.char_start, row.char_end)).toBe(row.text);
  });
  it("extractQuantities loads its own dictionaries", () => {
    expect(extractQuantities(doc("Russia received 5,000 drones.")).map((r) => r.value)).toEqual([5000]);
  });
});
