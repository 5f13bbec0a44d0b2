/** Public offices the gazetteer names no state for act for the article's state (loaders/events/public-offices.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { publicOfficeCodes } from "../loaders/events/public-offices.ts";
import { articleSetting } from "../loaders/speakers/home-state.ts";
import { extractArticle, loadDictionaries } from "../loaders/tables.ts";
import { makeArticle, makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `body`. */
const coded = (body: string) => extractEvents(makeDoc(body), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

const DATELINE = "SEOUL, May 4 (Reuters) - ";

describe("a subject describing a public office acts for the article's state", () => {
  it("an office of the dateline's state acts for it; against that state's own parts the act is domestic", () => {
    expect(coded(`${DATELINE}A northern senator criticized the South Korean government on Tuesday.`)).toEqual([["ACCUSE", "KOR", "KOR"]]);
    expect(coded(`${DATELINE}Federal prosecutors accused Japan of hiding the funds.`)).toEqual([["ACCUSE", "KOR", "JPN"]]);
    expect(coded(`${DATELINE}Former President Ana Ruiz criticized Japan on Tuesday.`)).toEqual([["ACCUSE", "KOR", "JPN"]]);
  });

  it("the accused named again between commas before the charge: 'charged two officers, A and B, with …'", () => {
    expect(coded(`${DATELINE}Federal prosecutors on Friday charged two Japanese officers, Ana Ruiz and Tom Vale, with spying.`)).toEqual([["ACCUSE", "KOR", "JPN"]]);
  });

  it("a passive's agent describing a public office does the act: 'was shot and killed by a police officer'", () => {
    expect(coded(`${DATELINE}Ana Ruiz, 43, was shot and killed by a police officer on Friday.`)).toEqual([["ASSAULT", "KOR", ""]]);
    expect(coded(`${DATELINE}Tom Vale was killed by police on Friday.`)).toEqual([["ASSAULT", "KOR", ""]]);
    // An agent of no office, or no article state, names no doer; casualties with no agent tell no act.
    expect(coded("Tom Vale was killed by police on Friday.")).toEqual([]);
    expect(coded(`${DATELINE}Two villagers were killed in the blast on Friday.`)).toEqual([]);
  });

  it("a party's members named in the plural act for the party's state", () => {
    expect(coded("Fellow Democrats urged the White House to release the files.")).toEqual([["REQUEST", "USA", "USA"]]);
  });

  it("with no state the article is about, or no office in the words, the subject stays uncoded", () => {
    expect(coded("A senator criticized Japan on Tuesday.")).toEqual([["ACCUSE", "", "JPN"]]);
    expect(coded(`${DATELINE}Local shopkeepers criticized Japan on Tuesday.`)).toEqual([["ACCUSE", "", "JPN"]]);
  });

  it("reads the article's state once: the dateline's, else the one whose institutions it names most", () => {
    const res = eventResources();
    expect(articleSetting(makeDoc(`${DATELINE}Rain fell.`), res.gazetteer).state).toBe("KOR");
    expect(articleSetting(makeDoc("The Kremlin said Moscow would answer. Rain fell in Lima."), res.gazetteer).state).toBe("RUS");
    expect(articleSetting(makeDoc("Rain fell."), res.gazetteer).state).toBeUndefined();
    expect(publicOfficeCodes("Sen. Ana Ruiz", "KOR", res.words, res.gazetteer)).toEqual(["KOR"]);
    expect(publicOfficeCodes("a retired teacher", "KOR", res.words, res.gazetteer)).toEqual([]);
  });
});

describe("a speech act by a speaker described by a public office is its state's", () => {
  it("the appeals court's rebuke, told as a statement with no state, is the dateline state's", () => {
    const raw = `${DATELINE}"The ministry lied to us and broke the law," the appeals court said in a harsh rebuke.`;
    const rows = extractArticle(makeArticle(raw), loadDictionaries()).events;
    expect(rows.map((r) => [r.event_type, r.actor, r.rule])).toEqual([["ACCUSE", "KOR", "speech-act:accuse"]]);
  });
});
