import { describe, expect, it } from "vitest";
import { codedEvents } from "../helpers.ts";

/** A campaign's parties, so that the names below are coded (USA) as in a domestic story. */
const CONTEXT = "Republican presidential nominee Donald Trump and Democratic presidential nominee Hillary Clinton spoke in Ohio, where Gov. John Kasich and Sen. Rob Portman watched.";
/** The rows of one type the coder makes of the sentence after the context, as [actor, target]. */
function ofType(type: string, sentence: string): string[][] {
  return codedEvents([CONTEXT, sentence], "2016-09-20").filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);
}

describe("a verb of violence whose object is a thing of words or of law is no attack", () => {
  it("attacking a rival's plan, record or words is an accusation, not an assault", () => {
    for (const text of [
      "Trump attacked Clinton's plan for the economy on Monday.",
      "Clinton attacks Trump's words about immigrants.",
      "The Republican senator attacked the Democratic nominee's tax plan.",
      "Kasich has been attacking the proposals of his own party's nominee.",
    ]) {
      expect(ofType("ASSAULT", text), text).toEqual([]);
      expect(ofType("ACCUSE", text).length, text).toBe(1);
    }
    expect(ofType("ACCUSE", "Trump attacked Clinton's plan for the economy on Monday.")).toEqual([["USA", "USA"]]);
  });

  it("killing a deal, striking down a law or fighting a bill is no violence", () => {
    for (const text of [
      "Trump killed the deal in Congress.",
      "The House struck down the bill on Friday.",
      "The Republican governor fought against the new health law.",
      "Kasich is striking down the regulations his predecessor wrote.",
    ]) expect(ofType("ASSAULT", text), text).toEqual([]);
  });

  it("a passive whose subject is a thing of words or of law is no attack", () => {
    for (const text of [
      "The amendment was killed by the Senate.",
      "The bill was struck down by the Supreme Court on Friday.",
      "Her health plan has been attacked by Trump for months.",
      "The new regulations were quietly killed in committee.",
    ]) expect(ofType("ASSAULT", text), text).toEqual([]);
  });

  it("a passive whose subject is a place, a convoy or a force still is", () => {
    expect(ofType("ASSAULT", "The convoy was attacked by gunmen near the border.")).toEqual([["", ""]]);
    expect(ofType("ASSAULT", "A Chilean power plant was attacked on Tuesday night.")).toEqual([["", "CHL"]]);
  });

  it("troops, jets and gunmen striking a place or a force still attack", () => {
    expect(ofType("ASSAULT", "Russian troops attacked the village on Monday.")).toEqual([["RUS", ""]]);
    expect(ofType("ASSAULT", "Syrian jets bombed a hospital in Aleppo.")).toEqual([["SYR", "SYR"]]);
    expect(ofType("ASSAULT", "Ethiopian jets struck Eritrean positions on Tuesday.")).toEqual([["ETH", "ERI"]]);
    expect(ofType("ASSAULT", "Kenyan troops fought against Somali militants near the border.")).toEqual([["KEN", "SOM"]]);
  });
});

describe("agreeing with a person's view is an opinion, agreeing to act is a pact", () => {
  it("agreeing with someone that, agreeing in the present or by degree gives no AGREE", () => {
    for (const text of [
      "The Republican senator agreed with the nominee that taxes are too high.",
      "Kasich agrees with Clinton on trade.",
      "Most Republicans agree that Trump lost the debate.",
      "Portman largely agreed with the decision of the party.",
      "Kasich agreed with Clinton's assessment of the economy.",
    ]) expect(ofType("AGREE", text), text).toEqual([]);
  });

  it("a person agreeing with a person, by name or by office, on a matter gives no AGREE", () => {
    for (const text of [
      "Kasich agreed with Trump on trade.",
      "Clinton agreed with her rival on Syria last week.",
      "Many voters have agreed with the Republican nominee on immigration.",
      "Portman agreed with the senator on the budget.",
    ]) expect(ofType("AGREE", text), text).toEqual([]);
  });

  it("sides that agree to act or agree with each other to act still make a pact", () => {
    expect(ofType("AGREE", "Russia agreed with China to build a pipeline.")).toEqual([["RUS", "CHN"]]);
    expect(ofType("AGREE", "Iran and Iraq agreed to reopen the border.")).toEqual([["IRN;IRQ", ""]]);
    expect(ofType("AGREE", "Chile and Peru have agreed on a new fishing deal.")).toEqual([["CHL;PER", ""]]);
    expect(ofType("AGREE", "Mexico agreed with the United States on a new trade deal.")).toEqual([["MEX", "USA"]]);
  });
});

describe("one person attacking another by name attacks in words", () => {
  it("a person's attack on a person named after the verb is an accusation", () => {
    for (const text of [
      "Trump attacked Clinton on Monday.",
      "Clinton attacked Trump in a speech in Toledo.",
      "The Democratic nominee attacked Trump on Monday.",
      "Trump attacked Democratic nominee Hillary Clinton almost daily.",
      "Trump will attack Sen. Clinton at the convention.",
    ]) {
      expect(ofType("ASSAULT", text), text).toEqual([]);
      expect(ofType("ACCUSE", text)[0]?.[0], text).toBe("USA");
    }
    expect(ofType("ACCUSE", "Clinton attacked Trump in a speech in Toledo.")).toEqual([["USA", "USA"]]);
  });

  it("a force attacking a person, or a person's convoy attacked, is still an assault", () => {
    expect(ofType("ASSAULT", "Rebels attacked Trump's convoy near the border.")).toEqual([["", "USA"]]);
    expect(ofType("ASSAULT", "Kenyan troops attacked Somali militants on Monday.")).toEqual([["KEN", "SOM"]]);
  });
});

describe("help and aid within one side's politics are no aid between sides", () => {
  it("helping a bid or a candidacy, or funds with no side receiving them, gives no AID", () => {
    for (const text of [
      "The senator helped Trump's bid in Ohio.",
      "Clinton has assisted the nominee's candidacy since June.",
      "Trump's campaign provided aid to voters in Flint.",
      "The governor gave $5 million in grants to schools.",
      "The mayor will offer relief to taxpayers next year.",
    ]) expect(ofType("AID", text), text).toEqual([]);
  });

  it("aid and help given by one state to another still are", () => {
    expect(ofType("AID", "The United States sent aid to Haiti.")).toEqual([["USA", "HTI"]]);
    expect(ofType("AID", "Japan helped the Philippines rebuild its ports.")).toEqual([["JPN", "PHL"]]);
    expect(ofType("AID", "Norway has provided funding to Mali's schools since 2012.")).toEqual([["NOR", "MLI"]]);
  });
});

describe("a candidate meeting people of no side is campaigning, no talks", () => {
  it("meeting donors, workers or veterans gives no CONSULT; meeting a leader still does", () => {
    for (const text of [
      "Trump met with donors in a diner in Ohio.",
      "Clinton met workers at a steel plant in Pennsylvania.",
      "Clinton will meet with veterans and their families in Toledo.",
    ]) expect(ofType("CONSULT", text), text).toEqual([]);
    expect(ofType("CONSULT", "Kim Jong Un met Vladimir Putin at a space centre on Wednesday.")).toEqual([["PRK", "RUS"]]);
  });
});
