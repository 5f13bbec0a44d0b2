import { describe, expect, it } from "vitest";
import { findOutlet, loadArticleDictionaries } from "../loaders/articles.ts";
import { makeArticle } from "./helpers.ts";

const dictionaries = loadArticleDictionaries();
const outlet = (raw: string) => findOutlet(makeArticle(raw), dictionaries.outlets, dictionaries.signatures);

/** Each case is a page of our own and the outlet it names as its own ("" where it names none). */
function expectOutlets(cases: Array<[string, string]>) {
  expect(cases.map(([page]) => outlet(page))).toEqual(cases.map(([, want]) => want));
}

describe("outlets that sign a page", () => {
  it("read a credit opening the story: 'Coast News/ On Sunday, …'", () => {
    expectOutlets([
      ["Coast News/ On Sunday, ministers met in the port city.", "Coast News"],
      ["Valley Times/ The council voted to close the bridge.", "Valley Times"],
      ["Harbour Radio / Fishermen stayed ashore on Monday.", "Harbour Radio"],
      ["Headline Here\n\nThe Daily Ledger/ Prices rose again.", "The Daily Ledger"],
      ["Northland Herald/ “We are ready,” the mayor said.", "Northland Herald"],
      ["Reuters/ Ships waited outside the strait.", "Reuters"],
      ["Metro TV/ Crowds gathered in the square.", "Metro TV"],
      ["River Post/ Farmers sold their grain early.", "River Post"],
      ["Plains Tribune/ The dam opened its gates.", "Plains Tribune"],
      ["Island Broadcasting/ A ferry ran aground.", "Island Broadcasting"],
      // A photo credit has no space after its slash, and a name without a publication's word is no outlet.
      ["Ships waited outside the strait.\nREUTERS/Jane Doe", "Reuters"],
      // A photographer's credit inside a line names the picture's agency, not the publisher.
      ["The port reopened. A crane unloads a ship (REUTERS/Jane Doe) as workers watch.\nPrices fell.", ""],
      ["Jane Doe/ The council voted.", ""],
    ]);
  });

  it("read a credit opening the story before a dash, which a wire it rewrites does not outrank", () => {
    expectOutlets([
      ["Coast News – Ministers met in the port city on Sunday.\nCoast Wire could not independently verify the claims.", "Coast News"],
      ["Valley Daily News — “We are ready,” the mayor said.", "Valley Daily News"],
      // No publication's word, or prose after the dash in lower case: a sentence's, not a credit.
      ["Jane Doe – Ministers met on Sunday.", ""],
      ["Coast News – and others reported the vote.", ""],
    ]);
  });

  it("read a dateline whose region stands in square brackets: 'Lima [Peru], May 2 (CW):'", () => {
    expectOutlets([
      ["Harbour City [Southland], May 2 (Coast Wire): Ministers met on Sunday.", "Coast Wire"],
      ["Lima [Peru], August 6 (ANI): The ministry said it was ready.", "ANI"],
    ]);
  });

  it("read the outlet's plea for support, a closing source line, and no language as an outlet", () => {
    expectOutlets([
      ["Ministers met on Sunday.\n\nSupport Coast News by becoming our patron! Your help keeps us going.", "Coast News"],
      ["Ministers met on Sunday.\nInformation for this story was found via Coast Wire, an agency.", "Coast Wire"],
      ["Ministers met on Sunday.\n\nSource: Japanese", ""],
    ]);
  });

  it("read the outlet's own interview where the sentence opens with it", () => {
    expectOutlets([
      ["Speaking with Harbour Radio on Monday, the mayor said the bridge would reopen.", "Harbour Radio"],
      ["The assessment, shared with the Coast News, counts 300 boats.", "Coast News"],
      ["Coast News was unable to reach the ministry for comment.", "Coast News"],
      ["Ministers met on Sunday.\n\nWith Reuters", "Reuters"],
      ["Ministers met on Sunday.\n\nSource: Coast Wire (Reporting by Jane Doe; Editing by John Roe)", "Coast Wire"],
      ["Speaking to the Coast News, the minister confirmed the ship had docked.", "Coast News"],
      ["In an interview with Harbour Radio, the mayor said the bridge would reopen.", "Harbour Radio"],
      // Another outlet's interview, reported: the frame goes on with what was said.
      ["Speaking to the Coast News about the vote, the minister said it was close.", ""],
    ]);
  });

  it("read a byline that names the outlet, not the writer", () => {
    expectOutlets([
      ["Headline\n\nBy Reuters\n\nThe council voted.", "Reuters"],
      ["Headline\n\nBy The Associated Press\nThe council voted.", "AP"],
      ["Headline\nBy Coast News Staff\nThe council voted.", "Coast News"],
      ["Headline\nBy Valley Times Editorial Board\nThe council voted.", "Valley Times"],
      ["Headline\nBy Jane Doe, Reuters\nThe council voted.", "Reuters"],
      ["Headline\nBy Jane Doe and John Roe | The Daily Ledger\nThe council voted.", "The Daily Ledger"],
      ["Headline\nBy Jane Doe for Harbour Radio\nThe council voted.", "Harbour Radio"],
      ["Headline\nWritten by Jane Doe, Northland Herald\nThe council voted.", "Northland Herald"],
      ["Headline\nBy AFP | Updated 2 May 2023\nThe council voted.", "AFP"],
      ["Headline\nBy Jane Doe, John Roe, and Ann Poe, Plains Tribune\nThe council voted.", "Plains Tribune"],
      ["Headline\nBy Jane Doe, Senior Correspondent\nThe council voted.", ""],
      ["Headline\nBy Jane Doe\nThe council voted by a wide margin.", ""],
    ]);
  });

  it("read a wire's dateline in any case, with or without a day", () => {
    expectOutlets([
      ["Harbour City, May 2 (Coast Wire) - The council voted.", "Coast Wire"],
      ["Harbour City, Dec. 16 (Coast Wire) The council voted.", "Coast Wire"],
      ["North Harbour Treaty Organization (NHTO) Secretary General Jane Roe spoke.", ""],
      ["Harbourtown, Southland, May 2, (CW): The council voted.", "CW"],
      ["Harbour City (CW) — The council voted.", "CW"],
      ["Port Elm, 2 May (PEA) – Ships waited.", "PEA"],
      ["Lakeside, Nov. 14, 2024 (Lake Wire) -- The dam opened.", "Lake Wire"],
      ["Seaview, Westshire (Coast Wire) - Ferries stopped.", "Coast Wire"],
      ["Old Town, Dec 5 (Interfax) - Talks began.", "Interfax"],
      ["New Harbour, January 9 (Kyodo) -- Talks began.", "Kyodo"],
      ["Elmwood (Valley Press Agency) — Talks began.", "Valley Press Agency"],
      ["Stonebridge, Aug 3 (SBN).- Talks began.", "SBN"],
      // A caption's position marker and a party's initials in a sentence are no credit.
      ["The minister (C) - seen here - met farmers.", ""],
      ["Talks began (slowly) - officials said.", ""],
    ]);
  });

  it("read a publisher's line and a reprint's credit", () => {
    expectOutlets([
      ["Headline\nPublished by The Daily Ledger\nThe council voted.", "The Daily Ledger"],
      ["Headline\nPosted by Coast News\nThe council voted.", "Coast News"],
      ["The council voted.\n\nThis story first appeared in The Daily Ledger.", "The Daily Ledger"],
      ["The council voted.\n\nThis article first appeared on Coast News.", "Coast News"],
      ["The council voted.\n\nIt was first published on coastnews.example.org.", "coastnews.example.org"],
      ["The council voted.\n\nThis piece originally ran in the Valley Times.", "Valley Times"],
      ["The council voted.\n\nThis article is republished from The Harbour Review under a Creative Commons license.", "The Harbour Review"],
      ["The council voted.\n\nThis story was reprinted with permission from Plains Quarterly.", "Plains Quarterly"],
      ["The council voted.\n\nThis report is reproduced courtesy of Harbour Radio.", "Harbour Radio"],
      ["The council voted.\n\nThe essay was syndicated from Northland Herald.", "Northland Herald"],
      ["Headline\nPublished by Jane Doe\nThe council voted.", ""],
      ["The film first appeared on Monday at the festival.", ""],
    ]);
  });
});

describe("a closing credit line", () => {
  it("reads a publication's name closing the page", () => {
    expectOutlets([
      ["The council voted on Monday.\n\n— Coast News", "Coast News"],
      ["The council voted on Monday.\n\nThe Daily Ledger\nBack to top", "The Daily Ledger"],
      ["The council voted on Monday.\n– Harbour Radio\n\nShare", "Harbour Radio"],
      ["The council voted on Monday.\n\nMore: Valley Times", "Valley Times"],
      ["The council voted on Monday.\n\n© Northland Herald", "Northland Herald"],
      ["The council voted on Monday.\n\n- Plains Tribune", "Plains Tribune"],
      ["The council voted on Monday.\n\nMetro TV\nTerms\nPrivacy", "Metro TV"],
      ["The council voted on Monday.\n\n— Island Broadcasting Corporation", "Island Broadcasting Corporation"],
      ["The council voted on Monday.\n\nRiver Post", "River Post"],
      ["The council voted on Monday.\n\n— The Coast Times", "The Coast Times"],
      ["The council voted on Monday.\n\n— Jane Doe", ""],
      ["The Coast Times reported the vote.\n\nThe council voted on Monday, officials said after a long night of talks.", ""],
    ]);
  });
});

describe("outlets that speak of themselves", () => {
  it("read an outlet that could not verify, or has learned", () => {
    expectOutlets([
      ["The council voted. Coast News was unable to independently verify the claims.", "Coast News"],
      ["The council voted. The Daily Ledger has not independently verified the video.", "The Daily Ledger"],
      ["The council voted. Harbour Radio cannot confirm the figures.", "Harbour Radio"],
      ["The council voted. Valley Times has been unable to verify the account.", "Valley Times"],
      ["The council voted. AFP was also unable to confirm the toll.", "AFP"],
      ["The council voted. Northland Herald did not independently verify the report.", "Northland Herald"],
      ["The council voted.\nPlains Tribune has learned that the vote was close.", "Plains Tribune"],
      ["The council voted. Coast News has learned the mayor will resign.", "Coast News"],
      ["The council voted. Reuters was unable to authenticate the letter.", "Reuters"],
      ["The council voted. Metro TV has not been able to verify the images.", "Metro TV"],
      // A government or an office is no outlet.
      ["The council voted. The Defense Agency was unable to verify the images.", ""],
      ["The council voted. Pyongyang did not confirm the report.", ""],
    ]);
  });

  it("read the outlet's own count", () => {
    expectOutlets([
      ["At least 40 ships were hit, according to a Coast News tally.", "Coast News"],
      ["The strikes began in May, according to The Daily Ledger’s timeline of the war.", "The Daily Ledger"],
      ["Prices doubled, according to Valley Times calculations.", "Valley Times"],
      ["Twelve dams failed, according to a Reuters count.", "Reuters"],
      ["The fleet lost nine ships, according to Harbour Radio's own tracker.", "Harbour Radio"],
      ["Some 300 people fled, according to an AFP tally based on official figures.", "AFP"],
      ["Exports fell, according to Northland Herald’s database of shipments.", "Northland Herald"],
      ["The court heard 80 cases, according to Plains Tribune records.", "Plains Tribune"],
      ["The fires burned 20 farms, according to a Metro TV count.", "Metro TV"],
      ["Seven ferries sank, according to Coast News’ timeline.", "Coast News"],
      ["Seven ferries sank, according to the ministry's tally.", ""],
      ["Seven ferries sank, according to Coast News, which cited officials.", ""],
    ]);
  });

  it("read an outlet asking for comment", () => {
    expectOutlets([
      ["The ministry did not immediately respond to a Reuters request for comment.", "Reuters"],
      ["The firm did not respond to Coast News' questions.", "Coast News"],
      ["The embassy did not reply to The Daily Ledger’s emails.", "The Daily Ledger"],
      ["The army has not responded to repeated Harbour Radio inquiries.", "Harbour Radio"],
      ["The ministry didn't respond to AFP's request.", "AFP"],
      ["The office did not answer a request for comment from Valley Times.", "Valley Times"],
      ["The mayor ignored several calls from Northland Herald.", "Northland Herald"],
      ["The ministry said in response to a Plains Tribune inquiry that it had no plans.", "Plains Tribune"],
      ["The company has not yet replied to messages from Metro TV.", "Metro TV"],
      ["The court did not immediately respond to an AP request for comment.", "AP"],
      ["The ministry did not respond to questions from Jane Doe.", ""],
      ["The ministry did not respond to the request.", ""],
    ]);
  });

  it("read the outlet's staff credited, and its newsletters, apps and channels", () => {
    expectOutlets([
      ["The council voted.\n\nAssociated Press writers Jane Doe in Seoul and John Roe contributed to this report.", "AP"],
      ["The council voted.\n\nReuters staff in Port Elm contributed reporting.", "Reuters"],
      ["The council voted. Coast News correspondent Jane Doe contributed to this story.", "Coast News"],
      ["The council voted.\nThe Daily Ledger reporters John Roe and Ann Poe contributed.", "The Daily Ledger"],
      ["The council voted.\n\nAFP photographers contributed to this report.", "AFP"],
      ["The council voted.\n\nSign up for The Daily Ledger's morning newsletter.", "The Daily Ledger"],
      ["The council voted.\n\nSubscribe to Coast News alerts", "Coast News"],
      ["The council voted.\n\nDownload the Harbour Radio app", "Harbour Radio"],
      ["The council voted.\n\nFollow Valley Times on Telegram", "Valley Times"],
      ["The council voted.\n\nFollow Northland Herald on X for updates.", "Northland Herald"],
      ["The council voted.\n\nFollow Jane Doe on X.", ""],
      ["The council voted.\n\nSign up for our newsletter.", ""],
    ]);
  });

  it("read a copyright line and a closing credit from a wire or agencies", () => {
    expectOutlets([
      ["The council voted.\n\n© 2024 The Daily Ledger. All rights reserved.", "The Daily Ledger"],
      ["The council voted.\n\nCopyright 2023 The Associated Press. All rights reserved. This material may not be published.", "AP"],
      ["The council voted.\n\n© Coast News 2019–2024", ""],
      ["The council voted.\n\nCopyright © 2022 Harbour Radio, Inc.", "Harbour Radio"],
      ["The council voted.\n\n(c) Valley Times | Terms", "Valley Times"],
      ["The council voted.\n\n(With inputs from agencies)", "agencies"],
      ["The council voted.\n\nWith inputs from Reuters", "Reuters"],
      ["The council voted.\n\nAdditional reporting by The Daily Ledger", "The Daily Ledger"],
      ["The council voted.\n\n[With information from Coast News]", "Coast News"],
      ["The council voted.\n\nWith additional reporting by AFP and Reuters.", "AFP"],
      ["The council voted.\n\nAdditional reporting by Jane Doe in Port Elm", ""],
      ["The council voted.\n\n© Harbour Holdings Group", ""],
      ["The council voted.\n\n(END)\n-\n(LEAD) Rain expected", ""],
      ["The council voted. (Harbour Radio)\n(END)", "Harbour Radio"],
    ]);
  });
});

describe("an outlet's own interviews", () => {
  it("read the outlet named closing an attribution, not a frame that reports another's interview", () => {
    expectOutlets([
      ["Shells are made faster now, officials in the province told Coast News.", "Coast News"],
      ["“We are ready,” an official told Harbour Radio on condition of anonymity.", "Harbour Radio"],
      ["The plant doubled its output, a worker told The Daily Ledger, but he did not know why.", "The Daily Ledger"],
      ["Prices will rise, the minister told Valley Times in an interview.", "Valley Times"],
      ["“It is over,” she said in an interview with Northland Herald.", "Northland Herald"],
      ["The ships left on Monday, a port official told Reuters.", "Reuters"],
      ["The vote was close, the mayor told AFP by phone.", "AFP"],
      ["The harvest failed, farmers speaking to Plains Tribune said.", "Plains Tribune"],
      ["The strike was planned for weeks, a commander told Metro TV last week.", "Metro TV"],
      ["The talks stalled, a diplomat told Coast News on Tuesday; the ministry declined to comment.", "Coast News"],
      ["A source told Coast News that the talks stalled.", ""],
      ["The commander told Harbour Radio the front had moved.", ""],
      ["A general earlier told Valley Times on Monday that troops would leave.", ""],
      ["The minister told reporters the talks went well.", ""],
    ]);
  });
});

describe("names that do not sign a page", () => {
  it("pass over a short form the text introduces for a name it just gave", () => {
    expectOutlets([
      ["The Korean Central News Agency (KCNA) said the test succeeded.", ""],
      ["State media, the Korean Central News Agency (KCNA), said so.", ""],
      ["Turkey's Anadolu Agency (Anadolu) reported the talks.", ""],
      ["The Islamic Republic News Agency (IRNA) said talks went well.", ""],
      ["The Vietnam News Agency (VNA) said the harvest was good.", ""],
      ["The Kuwait News Agency (KUNA) said the ministers met.", ""],
      ["The Coast Wire Agency (CWA) said the ferry sank.", ""],
      ["The Voice of America (VOA) said the broadcast ended.", ""],
      ["The Syrian Arab News Agency (SANA) said the road reopened.", ""],
      ["The Qatar News Agency (QNA) said the talks ended.", ""],
      // The same short form closing the story is the wire's signature.
      ["The harvest was good, officials said. (VNA)", "VNA"],
      ["The talks ended on Monday. (KUNA)", "KUNA"],
    ]);
  });

  it("pass over picture agencies and labels where a credit would stand", () => {
    expectOutlets([
      ["A farmer walks home. (Getty Images)", ""],
      ["Ships wait outside the port. (File Photo)", ""],
      ["The minister speaks. (Handout)", ""],
      ["Crowds gather in the square (EPA-EFE)", ""],
      ["Farm prices fall again (LEAD)\n\nPrices fell.", ""],
      ["A ferry runs aground (Video)\n\nThe ferry ran aground.", ""],
      ["The talks ended, said the Ministry of Defence (MoD)", ""],
      ["The vote was close, said the Coast Party of Labour (CPL)", ""],
      ["Voters queued early. (Screengrab)", ""],
      ["(L-R) Jane Roe, the minister, and John Doe open the plant.\n\nThe plant opened.", ""],
      ["Ships wait outside the port. (Pool Photo)\n\nThe ships waited. (Coast Wire)", "Coast Wire"],
    ]);
  });

  it("pass over a transcript's stage directions, with or without a full stop", () => {
    expectOutlets([
      ["MODERATOR: Senator, your answer?\n\nRIVERA: We will build the bridge.\n\n(CROSSTALK.)\n\nMODERATOR: Thank you.", ""],
      ["RIVERA: The plan is ready. (APPLAUSE)\n\nMODERATOR: Next question.", ""],
      ["The plan is ready, she said. (Coast News)", "Coast News"],
    ]);
  });

  it("pass over credits below a heading of other pages' teasers", () => {
    const story = "The council voted on Monday.\n\n";
    expectOutlets([
      [`${story}Related Articles\n\nFerries stop\n- NHK`, ""],
      [`${story}Related\nPrices rise (Reuters)`, ""],
      [`${story}More Stories\nA dam opens — AFP`, ""],
      [`${story}You May Also Like\nBridge closes\nKyodo`, ""],
      [`${story}Most Read\n\nThe harvest ends (AP)`, ""],
      [`${story}Recommended Stories\nA port reopens\n- Xinhua`, ""],
      [`${story}Latest News:\nFarm prices fall — Yonhap`, ""],
      [`${story}Trending\nA ferry runs aground\n— Reuters`, ""],
      [`${story}Read Next\nA ship sinks (UPI)`, ""],
      [`${story}Top Stories\nA ship sinks (Bernama)`, ""],
      // The story's own credit above the heading stands.
      [`${story}— AFP\n\nRelated Articles\nA ship sinks (UPI)`, "AFP"],
      [`${story}Read more about the vote in our archive (AP)`, "AP"],
    ]);
  });
});
