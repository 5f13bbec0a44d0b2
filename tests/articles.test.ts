import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleRow, findHeadline, findOutlet, loadArticleDictionaries } from "../loaders/articles.ts";
import { ARTICLES_DIR, PROJECT_DIR } from "../loaders/cli.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { parseCsv } from "../loaders/csv.ts";
import { cpuMsOf, makeArticle } from "./helpers.ts";

const dictionaries = loadArticleDictionaries();
const row = (raw: string) => articleRow(makeArticle(raw), dictionaries);

describe("articles table", () => {
  it("matches the gold title, outlet, published date and basis of the five seeds", () => {
    const gold = parseCsv(readFileSync(join(PROJECT_DIR, "..", "shared", "gold", "articles.csv"), "utf8"));
    const rows = readCorpus(ARTICLES_DIR).map((a) => articleRow(a, dictionaries));
    for (const g of gold) {
      const r = rows.find((x) => x.article_id === g.article_id)!;
      expect({ id: r.article_id, title: r.title, outlet: r.outlet, published: r.published, basis: r.published_basis }).toEqual({
        id: g.article_id, title: g.title, outlet: g.outlet, published: g.published, basis: g.published_basis,
      });
    }
  });

  it("takes a headline line in title case, not a caption or a standfirst", () => {
    expect(findHeadline(makeArticle("Seoul Says Pyongyang Shipped Shells to Moscow\n\nBody text."))).toBe("Seoul Says Pyongyang Shipped Shells to Moscow");
    expect(findHeadline(makeArticle(" date 2024-06-24 The official refers to comments by the Pentagon that forces can strike\n\nBody."))).toBe("");
    expect(findHeadline(makeArticle("North Korea has sent troops to Russia, Seoul's spy agency says\n\nSEOUL (Reuters) - Body."))).toBe("North Korea has sent troops to Russia, Seoul's spy agency says");
    expect(findHeadline(makeArticle("A photo caption of the summit, 2019. REUTERS\n\nBody."))).toBe("");
    expect(findHeadline(makeArticle("WASHINGTON -- North Korea Is Considering Aid\nBody."))).toBe("");
  });

  it("takes a headline closed by a full stop when it stands alone and reads as one, never a one-sentence lead", () => {
    const headline = (raw: string) => findHeadline(makeArticle(raw));
    // Title case, or a headline's tense (the present for a past act, or no verb) that the lede retells.
    expect(headline("Council Votes To Close The Old Bridge.\n\nThe council voted on Monday.")).toBe("Council Votes To Close The Old Bridge.");
    expect(headline("Judge rejects request to unseal the city's budget file.\n\nA judge has rejected a request to open the budget file of Lima.")).toBe("Judge rejects request to unseal the city's budget file.");
    expect(headline("Partisan fireworks over the port deal's costs.\n\nLawmakers clashed over the port deal on Monday.")).toBe("Partisan fireworks over the port deal's costs.");
    // A lede in prose: names capitalised in a sentence, a verb in the past, a next sentence on other news,
    // two sentences, or no blank line after.
    expect(headline("Putin visited Pyongyang in June 2024.\n\nKim met him at the airport.")).toBe("");
    expect(headline("A judge rejected the request on Monday.\n\nThe ruling came late.")).toBe("");
    expect(headline("Ostburg says it sank two Norland ferries.\n\nThe harbour board met on Monday.")).toBe("");
    expect(headline("Voters could make history. Again.\n\nThe count began.")).toBe("");
    expect(headline("Council votes to close the old bridge.\nThe council voted on Monday to close the bridge.")).toBe("");
  });

  it("reads outlets from signatures and credits", () => {
    const outlet = (raw: string) => findOutlet(makeArticle(raw), dictionaries.outlets, dictionaries.signatures);
    expect(outlet("Body text.\n\nWith reporting by Reuters")).toBe("Reuters");
    expect(outlet("Body text. (Yonhap)")).toBe("Yonhap");
    expect(outlet("Body.\n\nFollow AP’s coverage of the region at")).toBe("AP");
    expect(outlet("A caption, 2023. — AFP\n\nBody.")).toBe("AFP");
    expect(outlet("A photo caption, 2019. REUTERS\n\nBody.")).toBe("Reuters");
    expect(outlet("SEOUL, June 24 (Kyodo) -- Body.")).toBe("Kyodo");
    expect(outlet("A story with no signature.")).toBe("");
  });

  it("reads outlets from wire credits, bylines and the outlet's words about itself", () => {
    const outlet = (raw: string) => findOutlet(makeArticle(raw), dictionaries.outlets, dictionaries.signatures);
    expect(outlet("Headline\n\nBody of the story.\n\nSOURCE:Baltic Wire\n")).toBe("Baltic Wire");
    expect(outlet("Shells Reach the Front\nGlobal Wire —\nShells reached the front on Monday, officials said.")).toBe("Global Wire");
    expect(outlet("Shells Reach the Front\nAFP Published 13 Sep, 2024 12:38pm\nShells reached the front.")).toBe("AFP");
    expect(outlet("Shells reached the front. The Daily Courier has reached out to the ministry in Moscow for comment.")).toBe("The Daily Courier");
    // "…, reports X." closing a paragraph retells another outlet's report: a source, not a signature.
    expect(outlet("Drone factories grew this year, reports Baltic Wire.\nMore text.")).toBe("");
    expect(outlet("Headline\n\n2025-01-02 10:00:00\n(Gulfnews Agency) Ministers met on Monday.")).toBe("Gulfnews Agency");
    expect(outlet("Headline\n\nHANOI (vna-Wire) - Ministers met on Monday.")).toBe("vna-Wire");
    expect(outlet("Headline\n\nHANOI /Hanoi Region/, May 2. /VNA/. Ministers met on Monday.")).toBe("VNA");
    expect(outlet("Headline\n\nHANOI. May 2 (Mekong Wire) - Ministers met on Monday.")).toBe("Mekong Wire");
    expect(outlet("Headline\n\nAFP | Hanoi | Updated: 02-05-2023\nMinisters met on Monday.")).toBe("AFP");
    expect(outlet("Headline\n\nPublished May 2, 2023 8:14 PM by The Hanoi Herald\n\nMinisters met on Monday.")).toBe("The Hanoi Herald");
    expect(outlet("Headline\n\nPublished May 2, 2023 by Jane Doe\n\nMinisters met.")).toBe("");
    expect(outlet("Support The Hanoi Herald!\n\nHeadline\n\nMinisters met on Monday.")).toBe("The Hanoi Herald");
    expect(outlet("Headline\n\nMinisters met on Monday.\n\nSubscribe to Mekong.Ru Telegram channel")).toBe("Mekong.Ru");
    expect(outlet("Ministers met on Monday. Please make a small donation to the Harbour Free Press to help sustain independent journalism.")).toBe("Harbour Free Press");
    expect(outlet("Republished by Some Aggregator\nSource: news.example.com\nMinisters met on Monday.")).toBe("news.example.com");
    expect(outlet("Headline\n\nby Jane Doe and The Hanoi Herald news desk May 2, 2023\n\nMinisters met.")).toBe("The Hanoi Herald");
    expect(outlet("Headline\n\nThis article was originally published by Mekong Radio and is reprinted.")).toBe("Mekong Radio");
    expect(outlet("Headline\n\nMinisters met on Monday, as cited by AFP, Hanoi.NET reports.\n")).toBe("Hanoi.NET");
    expect(outlet("Headline\n\nHanoi Wire Desk Published: 2 May 2023, 08:14 PM\nMinisters met on Monday.")).toBe("Hanoi Wire");
    expect(outlet("HANOI, May 2, 2023 (VNS/AFP) - Ministers met on Monday.")).toBe("VNS/AFP");
    expect(outlet("Ministers met on Monday. The Hanoi Herald could not independently verify the footage.")).toBe("The Hanoi Herald");
    expect(outlet("Ministers met on Monday.\n\nJane Doe is the data correspondent at Hanoi Herald. She covers trade.")).toBe("Hanoi Herald");
    // An author's note on a line of its own may go on after the outlet; inside a sentence it describes someone quoted.
    expect(outlet("Ministers met on Monday.\n\nJane Doe is the farm columnist for Hanoi Herald and a host on Mekong Radio.")).toBe("Hanoi Herald");
    expect(outlet("Ministers met on Monday. Jane Doe, who is a columnist for Hanoi Herald and a host, said so.")).toBe("");
    expect(outlet("Skip to content\nSkip to more HH sites\n\nMinisters met on Monday.")).toBe("HH");
    // The same words inside a sentence are no signature.
    expect(outlet("Headline\n\nThe source: a ministry official who met reporters.")).toBe("");
  });

  it("reads the outlet's own reporters, documents it holds and a closing credit line", () => {
    const outlet = (raw: string) => findOutlet(makeArticle(raw), dictionaries.outlets, dictionaries.signatures);
    expect(outlet("Ministers met on Monday. The Hanoi Herald could also not immediately establish who paid.")).toBe("The Hanoi Herald");
    expect(outlet("Ministers met on Monday.\nAFP photo verification reporters confirmed the images were new.")).toBe("AFP");
    expect(outlet("The plan, obtained by The Hanoi Herald and Post, says ministers met.")).toBe("The Hanoi Herald and Post");
    expect(outlet("Ministers met on Monday.\n\nReuters\n")).toBe("Reuters");
    expect(outlet("Ministers met on Monday.\nMore: BBC News\nBack to top")).toBe("BBC News");
    expect(outlet("Ministers met on Monday.\n\n© KYODO\n\nFollow us on social\n\nRelated Posts")).toBe("Kyodo");
    expect(outlet("Ministers met on Monday, officials said. — Agencies")).toBe("Agencies");
  });

  it("prefers front matter over inference", () => {
    const r = row("---\ntitle: Given Title\noutlet: NK News\npublished: 2024-02-02\n---\nCaption Text Here In Title Case\n\nBody. (Yonhap)");
    expect(r).toMatchObject({ title: "Given Title", outlet: "NK News", published: "2024-02-02", published_basis: "metadata" });
  });

  it("reads TASS's dateline, and keeps a day without a year in the year of a dated day beside it", () => {
    expect(row("Summit ends at spaceport\n\nVOSTOCHNY /Amur Region/, September 13. /TASS/. The leaders met at the Vostochny cosmodrome for five hours.")).toMatchObject({ published: "2023-09-13", published_basis: "inferred" });
    // "Jan. 2" beside "Jan. 11, 2024" is 2 January 2024, not 2025, though 2 January 2025 is a Thursday.
    const r = row("An official said Thursday that the missiles fired on Jan. 2 were made in the North. A photo taken on Jan. 11, 2024, shows the debris.");
    expect(r).toMatchObject({ published: "2024-01-11", published_basis: "inferred" });
  });

  it("infers the date from a weekday and a dated event tied to 'last week'", () => {
    const r = row("Last week, spokesman John Smith accused the North of shipping arms. On March 2, 2023, Smith said the shipments continued. The ministry answered on Tuesday.");
    expect(r.published).toBe("2023-03-07");
    expect(r.published_basis).toBe("inferred");
    expect(r.published_note).toMatch(/last week/i);
  });

  it("dates an article from an anniversary of a calendar event", () => {
    const r = row("North Korea reported last week that the minister attended events marking the 70th anniversary of the Korean War armistice. An official said Friday the visit mattered.");
    expect(r.published).toBe("2023-08-04");
  });

  it("says unknown when the text gives nothing to date it by", () => {
    const r = row("Officials met on Monday to discuss shells.");
    expect(r).toMatchObject({ published: "", published_basis: "unknown" });
    expect(r.published_note).toMatch(/no year/i);
  });
});

describe("wire datelines", () => {
  it("take the day from the dateline and the year from the text", () => {
    const r = row("SEOUL, March 4 (Reuters) - North Korea has shipped containers since the invasion of Ukraine, an official said on Friday.");
    expect(r).toMatchObject({ published: "2022-03-04", published_basis: "inferred" });
    expect(r.published_note).toMatch(/dateline gives "March 4"/);
  });

  it("take a later year when only then the dateline's day is the weekday its lead names", () => {
    // 30 October is a Sunday in 2022, a Monday in 2023 and a Wednesday in 2024.
    const leads = [
      "LIMA, Oct 30 (Reuters) - Peru is weighing sending observers to Chile, a minister said on Wednesday. Talks began in 2022.",
      "LIMA, Oct 30 (Reuters) - Peru is considering sending observers to Chile to watch the expected drills, an official said on Wednesday. Talks began in 2022.",
      "LIMA, Oct 30 (AFP) - Peru will send observers to Chile, the ministry announced Wednesday. Talks began in 2022.",
    ];
    for (const lead of leads) {
      const r = row(lead);
      expect({ lead, published: r.published }).toEqual({ lead, published: "2024-10-30" });
      expect(r.published_note).toMatch(/In 2024, the dateline's day falls on the weekday/);
    }
  });

  it("keep the first year when the lead's weekday is another day's, or a weekday only a later sentence names", () => {
    const r = row("LIMA, Oct 31 (Reuters) - Peru sent observers to Chile on Wednesday, a minister said. Talks began in 2022.");
    expect(r.published).toBe("2022-10-31");
    const later = row("LIMA, Oct 30 (Reuters) - Peru sent observers to Chile, a minister said. Talks began in 2022. Chile had asked for them on Wednesday.");
    expect(later.published).toBe("2022-10-30");
  });

  it("take a dated day that opens the prose before a dash as the page's date", () => {
    for (const opening of ["Tuesday, October 01, 2024 - ", "October 1, 2024 — ", "1 October 2024 -- "]) {
      const r = row(`${opening}Chile's navy warned on Tuesday that it would answer any incursion. Peru said on Friday it would hold drills.`);
      expect({ opening, published: r.published, basis: r.published_basis }).toEqual({ opening, published: "2024-10-01", basis: "inferred" });
      expect(r.published_note).toMatch(/opens with the date/);
    }
    expect(row("Lima, October 1, 2024 - Chile's navy warned on Tuesday that it would answer.").published_note).not.toMatch(/opens with the date/);
  });

  it("take the year too when the dateline gives it", () => {
    const r = row("HANOI, Sept. 30, 2024 (Xinhua/AFP) -- Ships left the port in 2023, an official said on Monday.");
    expect(r).toMatchObject({ published: "2024-09-30", published_basis: "inferred" });
    expect(r.published_note).toMatch(/dateline gives "Sept 30, 2024"/);
  });

  it("say the dateline gave no year when nothing else does", () => {
    const r = row("SEOUL, March 4 (Reuters) - Officials met on Monday.");
    expect(r).toMatchObject({ published: "", published_basis: "unknown" });
    expect(r.published_note).toMatch(/dateline gives "March 4", but no year/);
  });
});

describe("publication dates and outlets of pages as wires and sites write them", () => {
  it("takes a timestamp that opens the text, and the wire named after it", () => {
    const r = row("2025-07-13 02:28:33 (MENAFN) North Korea has delivered more shells to Russia, a report said on Sunday.");
    expect({ published: r.published, basis: r.published_basis, outlet: r.outlet }).toEqual({ published: "2025-07-13", basis: "inferred", outlet: "MENAFN" });
  });

  it("takes no label of a comment form at a page's end for a closing credit", () => {
    const story = "Lima sent two ships to the port, the ministry said.";
    expect(row(`${story}\nPost Your Comments`).outlet).toBe("");
    expect(row(`${story}\nPost a Comment`).outlet).toBe("");
    expect(row(`${story}\nCoast News`).outlet).toBe("Coast News");
  });

  it("takes the wire whose reporter is at work in the story for the outlet", () => {
    expect(row("Drones hit the port overnight. An AFP correspondent in Port Elm saw three burnt cranes.").outlet).toBe("AFP");
    expect(row("Six people died, officials said. An Associated Press reporter at the hospital counted the bodies.").outlet).toBe("AP");
    // A reporter of no named publication signs nothing.
    expect(row("Six people died. A local reporter at the hospital counted the bodies.").outlet).toBe("");
  });

  it("takes the wire of a dateline it does not know", () => {
    expect(row("Japan sanctions entities\n\nTOKYO, May 24 (KUNA) -- Japan will impose fresh sanctions, the government announced on Friday.").outlet).toBe("KUNA");
  });

  it("gives no date when only an event of the calendar bounds it: the page may be years later", () => {
    const r = row("The sister of Kim Jong Un denied Friday that her country exported weapons to Russia for its invasion of Ukraine.");
    expect({ published: r.published, basis: r.published_basis }).toEqual({ published: "", basis: "unknown" });
    expect(r.published_note).toMatch(/cannot predate 2022-02-24.*names no day/);
  });

  it("gives a day without a year no year from a calendar event told without a time, but does from one told this year", () => {
    const later = row("The war began with Russia's full-scale invasion of Ukraine. Troops crossed the border on October 8, officials said on Friday.");
    expect({ published: later.published, basis: later.published_basis }).toEqual({ published: "", basis: "unknown" });
    const recent = row("In July, North Korea recognized Donetsk and Luhansk as independent. On Nov. 2, Kirby said the shipments continued. State media answered on Tuesday.");
    expect(recent.published.slice(0, 4)).toBe("2022");
  });
});

describe("how a named day dates a page that states no date", () => {
  const dated = (raw: string) => {
    const r = row(raw);
    return { published: r.published, basis: r.published_basis };
  };

  it("takes a date stamp standing on its own line under the headline, not a date inside a sentence", () => {
    expect(dated("Iran Sends Missiles to Russia\n\nSeptember 10, 2024\n\nIran has sent missiles to Russia, officials said.")).toEqual({ published: "2024-09-10", basis: "inferred" });
    expect(dated("Headline Here\nUpdated: 3 March 2023 14:02 GMT\nThe ministry said shipments continued.")).toEqual({ published: "2023-03-03", basis: "inferred" });
    expect(dated("Soldiers at the border on March 3, 2023, in a photo.\nThe ministry said shipments continued.")).toEqual({ published: "", basis: "unknown" });
    expect(dated("Shoigu arriva a Pyongyang\n\n4 Giugno 2025\n\nShoigu has arrived in Pyongyang.")).toEqual({ published: "2025-06-04", basis: "inferred" });
    expect(dated("Shoigu in Pjöngjang\n4. Juni 2025\nShoigu has arrived in Pyongyang.")).toEqual({ published: "2025-06-04", basis: "inferred" });
  });

  it("takes no other language's word for 'today' beside a year for a date: the stamp must write its day, month and year", () => {
    expect(dated("Shoigu arriva a Pyongyang\n\naggiornato oggi 2024\n\nShoigu has arrived in Pyongyang.")).toEqual({ published: "", basis: "unknown" });
    expect(dated("Shoigu in Pjöngjang\nheute, 2023\nShoigu has arrived in Pyongyang.")).toEqual({ published: "", basis: "unknown" });
  });

  it("counts only the lines with words when it looks for the stamp under a header of menus and repeated titles", () => {
    const header = ["Skip to Content", "Drones Hit the Port", "News", "Drones Hit the Port", "News", "News", "Drones Hit the Port"].join("\n\n");
    const page = `${header}\n\n2023-03-03 20:49 Last Updated At:20:50\n\nPORT ELM (AP) — Drones hit the port, officials said.`;
    expect(dated(page)).toEqual({ published: "2023-03-03", basis: "inferred" });
  });

  it("takes a stamp labelled 'Published' after byline words, and the page's own stamp over a crawl's date line", () => {
    expect(dated("Drones Hit the Port\n\nCity Desk Published: 3 March 2023, 09:15 AM\nDrones hit the port, officials said.")).toEqual({ published: "2023-03-03", basis: "inferred" });
    expect(dated(" date 2023-03-01 Menu\n\nDrones Hit the Port\n\n2023-03-03\n\nDrones hit the port, officials said.")).toEqual({ published: "2023-03-03", basis: "inferred" });
    expect(dated(" date 2023-03-01 Menu\n\nDrones Hit the Port\n\nDrones hit the port, officials said.")).toEqual({ published: "2023-03-01", basis: "metadata" });
  });

  it("reads no weekday abbreviation inside a name as a named day, and no day a plan looks forward to", () => {
    // "Sun" of "Kim Sun-ho" is no Sunday; the parade is being prepared for Oct. 10, after the page.
    const text = "The ministry briefed lawmakers on Tuesday, according to Rep. Kim Sun-ho.\n\nThe army is preparing a parade on Oct. 10, said officials, after the 2022 invasion of Ukraine.";
    expect(dated(text)).toEqual({ published: "", basis: "unknown" });
  });

  it("does not date a page by a day it names unless a weekday or 'last week' ties publication to it", () => {
    expect(dated("Satellite images from October 12, 2023 show containers at the port. Analysts said the trade grew.")).toEqual({ published: "", basis: "unknown" });
    expect(dated("Satellite images from October 12, 2023 show containers at the port. Analysts said on Friday the trade grew.")).toEqual({ published: "2023-10-13", basis: "inferred" });
  });

  it("reads a day after 'since' as the start of a running period, and a deadline as no date at all", () => {
    expect(dated("Fighting has continued since October 7, 2023. The ministry said on Friday that talks failed.")).toEqual({ published: "", basis: "unknown" });
    expect(dated("The waiver expires April 30, 2024. Officials met on Thursday.")).toEqual({ published: "", basis: "unknown" });
  });

  it("puts a day written without a year in the one year its sentence names, not in a later year where the weekdays fit", () => {
    // 2024-12-04 is a Wednesday, 2026-12-04 a Friday: the sentence's year wins, and Friday comes after the day.
    const text = "Peru's exports of copper in 2024 had reached 168,000 tonnes as of Dec. 4, the registry showed Friday.";
    expect(dated(text)).toEqual({ published: "2024-12-06", basis: "inferred" });
    // A year ahead of the day ("by 2026") is no year of it.
    expect(dated("Peru's exports of copper had reached 168,000 tonnes as of Dec. 4 and will double by 2026, the registry showed Friday.").published).not.toMatch(/^2026-12-04/);
  });

  it("dates a page by an event of the calendar told on the weekday the calendar gives it", () => {
    // data/calendar.yaml: Putin's visit to Pyongyang and the treaty, Wednesday 19 June 2024.
    expect(dated("Putin and Kim on Wednesday signed a comprehensive strategic partnership treaty in Pyongyang.")).toEqual({ published: "2024-06-19", basis: "inferred" });
    expect(dated("Putin and Kim signed a comprehensive strategic partnership treaty in Pyongyang.")).toEqual({ published: "", basis: "unknown" });
  });
});

describe("a long article is dated in time proportionate to its length (issue 19)", () => {
  it("ties thousands of 'last week' sentences to dated sentences by name without comparing every pair", async () => {
    const { inferPublished } = await import("../loaders/articles.ts");
    const { splitSentences } = await import("../loaders/text.ts");
    const dictionaries = loadArticleDictionaries();
    const names = ["John Smith", "Mary Jones", "Kim Park", "Lee Chan"];
    const parts: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const name = names[(i >> 1) % names.length];
      parts.push(i % 2 ? `Last week, spokesman ${name} accused the North of shipping arms.` : `On March ${1 + (i % 27)}, 2023, ${name.split(" ")[1]} said the shipments continued.`);
    }
    parts.push("The ministry answered on Tuesday.");
    const article = makeArticle(parts.join(" "));
    const sentences = splitSentences(article);
    let published: ReturnType<typeof inferPublished> | undefined;
    const seconds = cpuMsOf(() => (published = inferPublished(article, sentences, dictionaries))) / 1000;
    // The latest day named is March 27, 2023; "last week" puts it in the week before publication.
    expect(published?.date).toBe("2023-04-04");
    // Comparing every "last week" sentence with every dated one took over a minute here.
    expect(seconds).toBeLessThan(10);
  });
});
