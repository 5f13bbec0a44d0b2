/** A state named only as the place or aim of an act is not the report's own (loaders/speakers/home-state.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { eventResources } from "../../loaders/events/index.ts";
import { articleSetting } from "../../loaders/speakers/home-state.ts";
import { extractArticle, loadDictionaries } from "../../loaders/tables.ts";
import { makeArticle, makeDoc } from "../helpers.ts";

/** Type, actor and target of each event of an undated, datelineless text. */
const coded = (body: string) => extractArticle(makeArticle(body), loadDictionaries()).events.map((r) => [r.event_type, r.actor, r.target]);

describe("a state named after 'from', 'to', 'in', 'against' is where an act goes, not where the report stands", () => {
  it("a state only sent to, withdrawn from or fought in gives no home state", () => {
    const res = eventResources();
    expect(articleSetting(makeDoc("Our leaders failed. President Lind sent our soldiers to Mali in 2014. They fought rebels in Mali for a year."), res.gazetteer).state).toBeUndefined();
    expect(articleSetting(makeDoc("We paid for it. The navy pulled its ships from Chile. Sanctions against Chile followed."), res.gazetteer).state).toBeUndefined();
    expect(articleSetting(makeDoc("President Lind pulled our troops out of Iraq in 2011. Rebels in Baghdad and across Iraq grew stronger, and aid flowed into Iraq."), res.gazetteer).state).toBeUndefined();
  });

  it("a state named as a subject or by its institutions still sets the report", () => {
    const res = eventResources();
    expect(articleSetting(makeDoc("Mali held a vote. Mali counted the ballots, and troops stayed in Chad."), res.gazetteer).state).toBe("MLI");
    expect(articleSetting(makeDoc("The Kremlin said Moscow would answer. Rain fell in Lima."), res.gazetteer).state).toBe("RUS");
  });

  it("a demonym after such a preposition modifies a noun ('into the Omani consulate') and still counts", () => {
    const res = eventResources();
    expect(articleSetting(makeDoc("The Omani envoy flew home after guards broke into the Omani consulate."), res.gazetteer).state).toBe("OMN");
  });

  it("a president of a state the article never names has no known state: an empty actor, not the state he sends troops to", () => {
    expect(coded("Our leaders failed.\n\nPresident Lind sent our soldiers to Mali in 2014. Soldiers fought rebels in Mali for a year.")).toEqual([["MOBILIZE", "", "MLI"]]);
  });
});

describe("a state's known public figures name it, so a report about them keeps its state", () => {
  it("a state named once as a place, its leader twice, is the report's", () => {
    const res = eventResources();
    expect(articleSetting(makeDoc("Vladimir Putin spoke to farmers in Russia. Putin promised new roads."), res.gazetteer).state).toBe("RUS");
    expect(articleSetting(makeDoc("Farmers marched in Russia. Rain fell."), res.gazetteer).state).toBeUndefined();
  });
});
