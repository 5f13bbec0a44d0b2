/** A call's target is the side called on, not a party inside what it is asked to do (loaders/events/asked-party.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { makeDoc } from "./helpers.ts";

const DATELINE = "WASHINGTON (Reuters) - ";

/** Type, actor and target of each REQUEST the coder makes of `body`. */
const calls = (body: string) => extractEvents(makeDoc(body), eventResources()).filter((r) => r.event_type === "REQUEST").map((r) => [r.actor, r.target]);

describe("the side a call is made on is the phrase between the verb of asking and its 'to'", () => {
  it("an office called on is the article's state, not the state the infinitive names", () => {
    expect(calls(`${DATELINE}Rep. Ana Ruiz called on President Tom Vale to retaliate against Russia for the hacking.`)).toEqual([["USA", "USA"]]);
    expect(calls(`${DATELINE}Senator Ana Ruiz urged the administration to punish Russia for the hacking.`)).toEqual([["USA", "USA"]]);
    expect(calls(`${DATELINE}Two governors have urged Congress to stop the sale of the port to China.`)).toEqual([["USA", "USA"]]);
  });

  it("a coded side called on is the target, as before; a possessive or a pronoun is left to the entry", () => {
    expect(calls("Egypt urged Libya to release the fishermen.")).toEqual([["EGY", "LBY"]]);
    expect(calls("Peru called on Canada to stop selling rifles to Chile.")).toEqual([["PER", "CAN"]]);
    expect(calls("The United States urged its allies to impose sanctions on Iran.")).toEqual([["USA", "IRN"]]);
  });
});
