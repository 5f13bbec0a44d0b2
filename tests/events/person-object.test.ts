import { describe, expect, it } from "vitest";
import { codedEvents } from "../helpers.ts";

/** A campaign's parties, so that the names below are coded (USA) as in a domestic story. */
const CONTEXT = "Republican presidential nominee Donald Trump and Democratic presidential nominee Hillary Clinton spoke in Ohio, where Gov. John Kasich and Sen. Rob Portman watched.";
/** The rows of one type the coder makes of the sentence after the context, as [actor, target]. */
function ofType(type: string, sentence: string): string[][] {
  return codedEvents([CONTEXT, sentence], "2016-09-20").filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);
}

describe("a person's attack on a person named by office or relation is in words", () => {
  it("attacking a rival, a senator, critics or supporters is an accusation, not an assault", () => {
    for (const text of [
      "Trump attacked the Democratic senator in a speech.",
      "Clinton attacked her Republican opponent on Monday.",
      "Trump has been attacking his critics all week.",
      "Clinton attacked law enforcement officers across the country.",
      "Trump attacked her on Monday.",
      "Trump will attack Clinton supporters at the rally.",
    ]) {
      expect(ofType("ASSAULT", text), text).toEqual([]);
      expect(ofType("ACCUSE", text)[0]?.[0], text).toBe("USA");
    }
  });

  it("striking back, hitting back, going after or taking a swipe at a person is an accusation", () => {
    for (const text of [
      "Clinton struck back at Trump on Twitter.",
      "Trump hit back at his opponent on Twitter.",
      "Clinton went after Trump on trade.",
      "Trump is going after the Democratic nominee in Ohio.",
      "Clinton took a swipe at her rival in Toledo.",
    ]) {
      expect(ofType("ASSAULT", text), text).toEqual([]);
      expect(ofType("ACCUSE", text)[0]?.[0], text).toBe("USA");
    }
    expect(ofType("ACCUSE", "Clinton struck back at Trump on Twitter.")).toEqual([["USA", "USA"]]);
  });

  it("a party, an alliance or an agency attacked by a person, or a person attacked by one in the passive, is in words", () => {
    for (const text of [
      "Trump attacked the Republican Party on Monday.",
      "Clinton attacked NATO in a speech.",
      "Clinton was attacked by Trump on Monday.",
      "The Democratic nominee was hit by Trump over her emails.",
      "Her rival has been attacked by Clinton for weeks.",
    ]) {
      expect(ofType("ASSAULT", text), text).toEqual([]);
      expect(ofType("ACCUSE", text)[0]?.[0], text).toBe("USA");
    }
  });

  it("a person the gazetteer does not know, by name or by office, attacking a person is in words", () => {
    for (const text of [
      "Mike Pence attacked his rival on Monday.",
      "Senator Tim Kaine attacked her rival on Monday.",
      "In Ohio, Mike Pence has repeatedly attacked the Democratic nominee.",
      "Her rival has attacked the governor for weeks.",
    ]) {
      expect(ofType("ASSAULT", text), text).toEqual([]);
      expect(ofType("ACCUSE", text).length, text).toBe(1);
    }
  });

  it("troops, gunmen and rebels striking a person, a place or a convoy still attack", () => {
    expect(ofType("ASSAULT", "Gunmen attacked the senator on Monday.")).toEqual([["", ""]]);
    expect(ofType("ASSAULT", "Rebels attacked the governor's convoy near the border.")).toEqual([["", ""]]);
    expect(ofType("ASSAULT", "Kenyan troops struck back at Somali militants on Tuesday.")).toEqual([["KEN", "SOM"]]);
    expect(ofType("ASSAULT", "Russian forces attacked the candidate's base.")).toEqual([["RUS", ""]]);
    expect(ofType("ASSAULT", "The senator was attacked by a man with a knife.")).toEqual([["", ""]]);
    expect(ofType("ASSAULT", "Militants attacked the governor on Monday.")).toEqual([["", ""]]);
    expect(ofType("ASSAULT", "Officers attacked him outside the bar.").length).toBe(1);
    expect(ofType("ASSAULT", "Two Kenyan soldiers were attacked by Somali militants.")).toEqual([["SOM", "KEN"]]);
  });

  it("going after, or hitting back at, no person tells no act", () => {
    expect(codedEvents([CONTEXT, "Trump went after the meeting with his aides."], "2016-09-20")).toEqual([]);
    expect(codedEvents([CONTEXT, "Clinton hit back at the claim on Monday."], "2016-09-20").filter(([t]) => t === "ASSAULT")).toEqual([]);
  });
});
