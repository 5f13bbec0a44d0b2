/**
 * Events: every dictionary entry codes its own example sentences as stated, the clause
 * rules (passive, possessive, joint, status, dates, dedupe) hold on sentences written for
 * the purpose, and the seed corpus meets the targets against the gold table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../loaders/cli.ts";
import { parseArticle } from "../loaders/corpus.ts";
import { parseCsv } from "../loaders/csv.ts";
import { scoreTable, type PredictedRow } from "../loaders/evaluate.ts";
import { loadEventDictionary } from "../loaders/event-dictionary.ts";
import { extractEvents, type EventRow } from "../loaders/events/index.ts";
import { splitSentences } from "../loaders/text.ts";
import { corpusTables, makeDoc, makeEventDoc } from "./helpers.ts";

/** The events of an article of one paragraph per text, dated Wednesday 2023-09-06. */
function events(...texts: string[]): EventRow[] {
  return extractEvents(makeEventDoc(texts));
}

const pick = (rows: EventRow[], type: string) => rows.filter((r) => r.event_type === type);

describe("event dictionary", () => {
  const entries = loadEventDictionary();
  it("has unique ids and only PLOVER types", () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
  for (const entry of entries) {
    for (const example of entry.examples) {
      it(`${entry.id}: ${example.text.slice(0, 70)}`, () => {
        const rows = extractEvents(makeEventDoc([...(example.context ? [example.context] : []), example.text], example.published));
        const own = rows.filter((r) => r.evidence.includes(example.text.slice(0, 40)) && r.event_type === example.expect.type);
        const fromEntry = own.filter((r) => r.rule.split(";").includes(entry.id));
        expect(fromEntry.length, `rows: ${JSON.stringify(rows.map((r) => [r.event_type, r.actor, r.target, r.rule]))}`).toBeGreaterThan(0);
        const row = fromEntry[0];
        const { actor, target, status, date, date_end, date_precision } = example.expect;
        if (actor !== undefined) expect(row.actor.split(";").sort()).toEqual(actor.split(";").filter(Boolean).sort());
        if (target !== undefined) expect(row.target.split(";").filter(Boolean).sort()).toEqual(target.split(";").filter(Boolean).sort());
        if (status !== undefined) expect(row.status).toBe(status);
        if (date !== undefined) expect(row.date).toBe(date);
        if (date_end !== undefined) expect(row.date_end).toBe(date_end);
        if (date_precision !== undefined) expect(row.date_precision).toBe(date_precision);
      });
    }
  }
});

describe("actors and targets from the clause", () => {
  it("reads the passive: a pact signed by A and B has actor A and target B", () => {
    const [row] = pick(events("A defence pact signed by Russian President Vladimir Putin and North Korean leader Kim Jong Un in June binds both sides."), "AGREE");
    expect([row.actor, row.target]).toEqual(["RUS", "PRK"]);
  });
  it("reads passive fire: missiles fired by Russian forces at Ukraine", () => {
    const [row] = pick(events("Analysts said North Korean missiles were fired by Russian forces at Ukraine."), "ASSAULT");
    expect([row.actor, row.target, row.status]).toEqual(["RUS", "UKR", "alleged"]);
  });
  it("takes a possessive actor: Russia's Vladimir Putin's visit to Pyongyang", () => {
    const [row] = pick(events("Crowds lined the streets during Russia's Vladimir Putin's visit to Pyongyang last week."), "CONSULT");
    expect([row.actor, row.target, row.location]).toEqual(["RUS", "PRK", "Pyongyang"]);
  });
  it("codes joint drills as a joint event with no target", () => {
    const [row] = pick(events("China and Russia held joint naval drills with Iran on Monday."), "MOBILIZE");
    expect(row.actor.split(";").sort()).toEqual(["CHN", "IRN", "RUS"]);
    expect(row.target).toBe("");
  });
  it("does not take the subject of the sentence for a clause's verb", () => {
    const [row] = pick(events("Seoul said on Tuesday that Pyongyang sent workers to Russia in August."), "MOBILIZE");
    expect([row.actor, row.target, row.date]).toEqual(["PRK", "RUS", "2023-08-01"]);
  });
  it("gives a denial the accusers named before as its target", () => {
    const rows = events("Tokyo and Washington accused Moscow of buying shells from Pyongyang.", "Moscow denied the claims.");
    const [denial] = pick(rows, "REJECT");
    expect([denial.actor, denial.target]).toEqual(["RUS", "JPN;USA"]);
  });
});

describe("status", () => {
  it("planned: plans to send, is likely to head", () => {
    expect(pick(events("North Korea plans to send engineers to Russia."), "MOBILIZE")[0].status).toBe("planned");
    expect(pick(events("Kim Jong Un is likely to head to Moscow to meet Putin next month."), "CONSULT")[0].status).toBe("planned");
  });
  it("alleged: an arms transfer a state says happened, with the state's accusation beside it", () => {
    const rows = events("North Korea shipped artillery shells to Russia, a US official said Friday.");
    expect(pick(rows, "AID")[0]).toMatchObject({ actor: "PRK", target: "RUS", status: "alleged", date: "" });
    expect(pick(rows, "ACCUSE")[0]).toMatchObject({ actor: "USA", target: "PRK;RUS", date: "2023-09-01" });
  });
  it("denied: an act the sentence says was denied", () => {
    const [row] = pick(events("Moscow denied that North Korea sent troops to Russia."), "MOBILIZE");
    expect(row.status).toBe("denied");
  });
  it("leaves out hypothetical acts", () => {
    expect(pick(events("Any arms transfer from North Korea to Russia would violate UN resolutions."), "AID")).toEqual([]);
    expect(pick(events("Washington warned that if Pyongyang supplied shells to Moscow it would pay a price."), "AID")).toEqual([]);
  });
});

describe("dates from the event's own words", () => {
  const dateOf = (text: string, type: string, published = "2024-06-24") => {
    const [row] = pick(extractEvents(makeEventDoc([text], published)), type);
    return [row.date, row.date_end, row.date_precision, row.date_text, row.date_basis];
  };
  it("last week → the Monday of that week", () => expect(dateOf("Putin visited Pyongyang last week.", "CONSULT")).toEqual(["2024-06-17", "", "week", "last week", "sentence"]));
  it("in July → the month's first day", () => expect(dateOf("In July, North Korea fired two missiles toward Japan.", "MOBILIZE")).toEqual(["2023-07-01", "", "month", "In July", "sentence"]));
  it("on Monday → that day", () => expect(dateOf("Pyongyang on Monday criticised Washington.", "ACCUSE")).toEqual(["2024-06-24", "", "day", "on Monday", "sentence"]));
  it("Feb 28, 2019 → that day", () => expect(dateOf("Trump and Kim Jong Un held their second US-North Korea summit in Hanoi on Feb 28, 2019.", "CONSULT")).toEqual(["2019-02-28", "", "day", "on Feb 28, 2019", "sentence"]));
  it("from August to January → a range ending on the last day", () =>
    expect(dateOf("Russia may have received shells from North Korea from August to January.", "AID")).toEqual(["2023-08-01", "2024-01-31", "month", "from August to January", "sentence"]));
  it("no date in the sentence → empty, and said so", () => expect(dateOf("Moscow and Pyongyang have denied the accusations of Seoul.", "REJECT")).toEqual(["", "", "", "", "none"]));
  it("a report's date does not date what the report alleges", () =>
    expect(dateOf("Last week, Kirby accused North Korea of secretly supplying munitions to Russia.", "AID")).toEqual(["", "", "", "", "none"]));
});

describe("one row per event per article", () => {
  it("merges the same event told twice, anchored on the sentence with the date", () => {
    const rows = pick(events("Putin's visit to Pyongyang drew crowds.", "Russian President Vladimir Putin visited Pyongyang on June 19."), "CONSULT");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: "2023-06-19", mentions: 2 });
    expect(rows[0].evidence).toMatch(/^Russian President/);
  });
  it("keeps two occasions of one kind apart when their dates differ", () => {
    const rows = pick(events("Shoigu visited Pyongyang in July.", "Putin visited Pyongyang on June 19."), "CONSULT");
    expect(rows).toHaveLength(2);
  });
});

describe("clause rules for parties (sentences made up for the purpose)", () => {
  it("folds a state's envoy to a body into the state: Russia's U.N. ambassador acts for Russia", () => {
    const [row] = pick(events("Russia's U.N. ambassador accused the United States of lying on Monday."), "ACCUSE");
    expect([row.actor, row.target]).toEqual(["RUS", "USA"]);
  });
  it("does not read a trailing attribution as a list: sent troops to Russia, Seoul says", () => {
    const [row] = pick(events("Belarus has sent troops to Russia, Seoul says."), "MOBILIZE");
    expect([row.actor, row.target]).toEqual(["BLR", "RUS"]);
  });
  it("takes the party right before its verb as subject after a conjunction: a month after China vetoed", () => {
    const [row] = pick(events("The mission ends on Tuesday, a month after China vetoed a US-drafted resolution."), "REJECT");
    expect([row.actor, row.target, row.date]).toEqual(["CHN", "USA", ""]);
  });
  it("resolves a sentence-opening It to the previous sentence's subject", () => {
    const [row] = pick(events("Iran's state news agency said the talks had failed.", "It also accused Washington of lying."), "ACCUSE");
    expect([row.actor, row.target]).toEqual(["IRN", "USA"]);
  });
  it("does not take the listener after told as the speaker", () => {
    const rows = events("Kim Jong Un told Russian President Vladimir Putin: “We will always stand with Russia.”");
    expect(pick(rows, "SUPPORT").map((r) => r.actor)).toEqual(["PRK"]);
  });
  it("does not make a third party's speech inside a quotation the speaker's act", () => {
    const rows = events("“The Japanese blame others for everything,” Putin said.");
    expect(pick(rows, "ACCUSE")).toEqual([]);
  });
  it("takes a passive verb's subject as what was acted on, not as the actor", () => {
    const rows = events("Seoul says 2,000 troops have been sent to Russia.");
    expect(pick(rows, "AID")).toEqual([]);
  });
});

describe("one event across sentences", () => {
  it("a headline adds no row of its own", () => {
    const article = parseArticle("test.txt", "Belarus threatens Japan\n\nThe talks in Minsk ended on Monday.");
    const sentences = splitSentences(article);
    const d = { ...makeEventDoc(["x"]), article, sentences };
    d.meta = { ...d.meta, title: "Belarus threatens Japan" };
    expect(pick(extractEvents(d), "THREATEN")).toEqual([]);
  });
  it("a headline stored with a full stop (the page's first line, short, a blank line after it) adds no row of its own", () => {
    // The articles table reads it as the page's title (findHeadline, headline-grammar.ts); the coder reads the title.
    const rejections = (text: string) => pick(extractEvents(makeDoc(text, "")), "REJECT").map((r) => r.char_start);
    const text = "Court rejects union's request to halt strike.\n\nA labour court in Lima on Monday rejected a request by the dockers' union to halt the port strike.";
    expect(rejections(text)).toEqual([text.indexOf("A labour court")]);
    // In title case, whatever its tense.
    const titled = "Minister Says Peru Was Rejecting Chile’s Request.\n\nPeru rejected Chile's request on Monday, the minister said.";
    expect(rejections(titled)).toEqual([titled.indexOf("Peru rejected")]);
    // A lede that runs on in its paragraph, or told in the past or the perfect, is prose.
    // So is a lede in the present whose next sentence tells other news.
    for (const body of ["Peru rejected Chile's request on Monday. The talks in Lima ended.\n\nOfficials left.", "Peru has rejected Chile's request.\n\nOfficials left.", "Peru rejected Chile's request.\n\nOfficials left.", "Peru rejects Chile's request.\n\nOfficials in Lima left on Monday."]) {
      expect(rejections(body)).toHaveLength(1);
    }
  });
  it("a heading line of a page (short, alone on its line, no full stop) adds no row of its own", () => {
    const rows = events("World", "Belarus threatens Japan over detained sailors", "Belarusian guards detained two Japanese sailors near Minsk, the ministry said.");
    expect(pick(rows, "THREATEN")).toEqual([]);
    expect(pick(rows, "COERCE").map((r) => r.evidence)).toEqual(["Belarusian guards detained two Japanese sailors near Minsk, the ministry said."]);
    // A sentence with its full stop, or a long line cut short, is prose.
    expect(pick(events("Belarus captured two Japanese sailors near Minsk on Monday."), "COERCE")).toHaveLength(1);
  });
  it("a deployment told as fact and as a claim is one alleged row, dated where the date is", () => {
    const rows = pick(events("About 3,000 Belarusian troops have moved into Russia's Bryansk region, Kyiv said on Monday.", "The troops were first sent to Russia last month."), "MOBILIZE");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: "BLR", target: "RUS", status: "alleged", date: "2023-08-01" });
  });
  it("keeps flows in opposite directions apart", () => {
    const rows = pick(events("Seoul said Belarus had shipped shells to Russia.", "In exchange, Belarus had received oil from Russia, Seoul said."), "AID");
    expect(rows.map((r) => `${r.actor}>${r.target}`).sort()).toEqual(["BLR>RUS", "RUS>BLR"]);
  });
  it("keeps a plan beside a deed in one sentence apart", () => {
    const rows = pick(events("Belarus has sent 1,500 troops to Russia and will likely deploy them to fight in Ukraine, Kyiv said."), "MOBILIZE");
    expect(rows.map((r) => [r.target, r.status])).toEqual([["RUS", "alleged"], ["UKR", "planned"]]);
  });
  it("keeps a launch and an earlier test apart", () => {
    const rows = pick(events("North Korea fired seven ballistic missiles into the sea on Tuesday.", "The launches came five days after the North tested a new ICBM missile."), "MOBILIZE");
    expect(rows.map((r) => r.date)).toEqual(["2023-09-05", "2023-08-31"]);
  });
});

describe("dates of acts told around other acts", () => {
  it("a date before 'after' is the main clause's, not the act's", () => {
    const [row] = pick(events("The panel ends on Tuesday, a month after Russia vetoed a US resolution."), "REJECT");
    expect(row.date).toBe("");
  });
  it("a contested act in a that-clause is not dated by the main clause", () => {
    const [row] = pick(events("The veto on March 28 came as the panel investigated reports that Iran had been shipping drones to Russia."), "AID");
    expect(row.date).toBe("");
  });
  it("between July and February → a range running forward", () => {
    const [row] = pick(extractEvents(makeEventDoc(["Seoul said in March that Belarus had shipped shells to Russia between July and February."], "2024-04-30")), "AID");
    expect([row.date, row.date_end, row.date_precision]).toEqual(["2023-07-01", "2024-02-29", "month"]);
  });
  it("before the vote → the vote's day", () => {
    const rows = extractEvents(makeEventDoc(["China vetoed a US-drafted resolution on March 28.", "Before the vote, China's envoy accused the United States of bullying."], "2024-04-30"));
    expect(pick(rows, "ACCUSE")[0].date).toBe("2024-03-28");
  });
  it("a weekday right after a past verb is past even when the clause looks forward", () => {
    const [row] = pick(events("Belarus's foreign minister pledged Friday that her country would stand by Russia."), "SUPPORT");
    expect(row.date).toBe("2023-09-01");
  });
});

describe("seed corpus against the gold table", () => {
  const gold = parseCsv(readFileSync(join(PROJECT_DIR, "..", "shared", "gold", "events.csv"), "utf8"), "events.csv");
  const { tables } = corpusTables(join(PROJECT_DIR, "..", "shared", "articles"));
  const score = scoreTable("events", gold, tables.events as unknown as PredictedRow[]);
  it("has F1 ≥ 0.85", () => expect(score.f1).toBeGreaterThanOrEqual(0.85));
  it("has date accuracy ≥ 0.9 over matched rows", () => expect(score.attributes.find((a) => a.attribute === "date")!.accuracy).toBeGreaterThanOrEqual(0.9));
  it("codes rows with PLOVER types and contract columns only", () => {
    for (const row of tables.events) {
      expect(row.evidence).toBe(tables.articles.length ? readFileSync(join(PROJECT_DIR, "..", "shared", "articles", `${row.article_id}.txt`), "utf8").slice(row.char_start, row.char_end) : "");
      expect(["occurred", "planned", "alleged", "denied"]).toContain(row.status);
    }
  });
});

describe("pathological input", () => {
  it("stays fast on a megabyte of repeated triggers and parties", () => {
    const chunk = "Russia and North Korea accused the United States of supplying arms to Ukraine, said Pyongyang, ";
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const t0 = Date.now();
    extractEvents(makeEventDoc([big, "Putin visited Pyongyang last week."]));
    extractEvents(makeEventDoc([`${"a ".repeat(200_000)}visit to ${"x".repeat(100_000)}.`]));
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});

describe("words that look like an event's and are not", () => {
  it("meeting a demand or a target is no summit", () => {
    const types = extractEvents(makeEventDoc(["North Korea ran its factories at full capacity to meet Russia's demand for shells."])).map((e) => e.event_type);
    expect(types).not.toContain("CONSULT");
    expect(extractEvents(makeEventDoc(["Kim Jong Un will meet Vladimir Putin next month."])).map((e) => e.event_type)).toContain("CONSULT");
  });
});

describe("parties named by coordinated demonyms", () => {
  it("reads 'Hungarian and Romanian officials' as both states acting", () => {
    const events = extractEvents(makeEventDoc(["Senior Hungarian and Romanian officials agreed on Wednesday to cooperate."]));
    expect(events.map((e) => [e.event_type, e.actor])).toContainEqual(["AGREE", "HUN;ROU"]);
  });
});
