import { describe, expect, it } from "vitest";
import { sharedGazetteer } from "../loaders/actors.ts";
import { loadSummaryWording, pluralVerb, summarise, type SummaryParts } from "../loaders/event-summary.ts";

const wording = loadSummaryWording();
const gazetteer = sharedGazetteer();
const event = (parts: Partial<SummaryParts>): string =>
  summarise({ type: "CONSULT", mode: "", joint: false, actor: [], target: [], location: "", status: "occurred", ...parts }, wording, gazetteer);

describe("the events table's summary", () => {
  it("makes the verb agree with several actors", () => {
    expect(event({ type: "REJECT", mode: "veto", actor: ["RUS", "CHN"], target: ["USA"] })).toBe("Russia and China veto a move by United States");
    expect(event({ type: "ACCUSE", mode: "condemnation", actor: ["KOR", "USA", "JPN"], target: ["PRK"] })).toBe("South Korea, United States and Japan condemn North Korea");
    expect(event({ type: "REJECT", mode: "denial", actor: ["PRK"], target: ["USA"], status: "occurred" })).toBe("North Korea denies the claims of United States");
  });

  it("drops a preposition with nothing after it, and a place already named as a party", () => {
    expect(event({ mode: "summit", actor: ["USA"], location: "Camp David" })).toBe("United States holds a summit in Camp David");
    expect(event({ mode: "visit", actor: ["RUS"], target: ["PRK"], location: "North Korea" })).toBe("Russia visits North Korea");
    expect(event({ mode: "visit", actor: ["PRK"], target: ["RUS"], location: "Vladivostok", status: "planned" })).toBe("North Korea visits Russia in Vladivostok (planned)");
  });

  it("words a deployment and a permission so that the target reads as such", () => {
    expect(event({ type: "MOBILIZE", actor: ["PRK"], target: ["RUS"], status: "planned" })).toBe("North Korea deploys forces toward Russia (planned)");
    expect(event({ type: "MOBILIZE", actor: ["PRK"] })).toBe("North Korea deploys forces");
    expect(event({ type: "SUPPORT", mode: "weapons-use permission", actor: ["USA"], target: ["UKR"] })).toBe("United States allows the use of its weapons by Ukraine");
  });

  it("puts the preposition its target needs before every target, whatever the type or mode", () => {
    const phrases = [...Object.values(wording.types), ...wording.modes.values()];
    const dangling = phrases.filter((phrase) => phrase.includes(" ") && !/\s(?:with|by|to|toward|towards|from|of|at|against|on|in)$/.test(phrase));
    expect(dangling).toEqual([]);
    expect(event({ type: "MOBILIZE", mode: "missile launches", actor: ["PRK"], target: ["JPN"] })).toBe("North Korea fires missiles toward Japan");
    expect(event({ type: "MOBILIZE", mode: "missile launches", actor: ["PRK"] })).toBe("North Korea fires missiles");
    expect(event({ type: "SANCTION", mode: "sanctions", actor: ["USA", "JPN"], target: ["IRN"] })).toBe("United States and Japan impose sanctions on Iran");
  });

  it("words an arms purchase from the supplier's side, as every AID row reads", () => {
    expect(event({ type: "AID", mode: "arms purchase", actor: ["PRK"], target: ["RUS"] })).toBe("North Korea supplies arms to Russia");
  });

  it("turns a third-person verb plural by its spelling", () => {
    expect(["holds talks with", "denies", "vetoes a move", "criticises", "fires missiles", "pushes"].map(pluralVerb)).toEqual(["hold talks with", "deny", "veto a move", "criticise", "fire missiles", "push"]);
  });
});
