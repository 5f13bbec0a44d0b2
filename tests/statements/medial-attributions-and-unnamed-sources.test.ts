import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("an attribution set between a subject and its predicate", () => {
  it.each([
    ["The convoy, the minister said, carried 40 tanks.", "the minister", "carried 40 tanks"],
    ["The shipment, Ruiz told reporters on Monday, was delayed by a week.", "Ruiz", "was delayed by a week"],
    ["Peru, the navy warned, will close the strait.", "the navy", "will close the strait"],
    ["The talks, officials in Lima said, had stalled over fishing rights.", "officials in Lima", "had stalled over fishing rights"],
    ["The bridge, according to the ministry, has not reopened.", "the ministry", "has not reopened"],
    ["The new tanks, Chile’s army confirmed, arrived in March.", "Chile’s army", "arrived in March"],
  ])("keeps the subject and the predicate as the words said: %s", (sentence, speaker, predicate) => {
    const rows = statementsOf(sentence);
    expect(rows).toHaveLength(1);
    expect(rows[0].speaker).toBe(speaker);
    expect(rows[0].quote).toMatch(new RegExp(`^The |^Peru`));
    expect(rows[0].quote.endsWith(predicate)).toBe(true);
  });

  it("leaves a clause that has its verb, and a participle tail, as before", () => {
    expect(spoken("Peru will send tanks, the minister said, citing a 2019 accord.")).toEqual(["the minister: Peru will send tanks"]);
    expect(spoken("In return, according to Lima, the prisoners will be freed.")).toEqual(["Lima: the prisoners will be freed"]);
    // Another speaker's words after the attribution stay theirs.
    const rows = spoken("Protests, Ruiz said, are acts of loyalty, whether it was marching in 1990 or chanting ''We want bread,'' as Ana Vidal, standing on a truck in Callao, said before she was arrested.");
    expect(rows.some((r) => r.startsWith("Ana Vidal: "))).toBe(true);
  });
});

describe("an unnamed source the article keeps unnamed", () => {
  const lead = "LIMA (AP) — Peru held up the delivery of tanks.\n\n“We have paused one shipment,” a senior government official told the agency in an email.\n\n";
  it.each([
    ["The official said the ministry was worried.", "Defence Minister Rosa Quispe confirmed the pause in testimony later."],
    ["The convoy, the official said, carried 40 tanks.", "Rosa Quispe, the defence minister, said the pause was temporary."],
    ["“We are watching the border,” the official added.", "Defence Minister Rosa Quispe told lawmakers that the tanks would wait."],
  ])("is not the person named after it: %s", (again, named) => {
    const rows = statementsOf(`${lead}${again}\n\n${named}`);
    expect(rows.map((r) => r.speaker)).toEqual(["a senior government official", "a senior government official", "Rosa Quispe"]);
  });

  it("is still the person the next sentence names when the article introduces them so", () => {
    const rows = statementsOf("LIMA (AP) — A local official said the bridge had fallen.\n\nRosa Quispe, head of the regional police, said three people had died.");
    expect(rows.map((r) => r.speaker)).toEqual(["Rosa Quispe", "Rosa Quispe"]);
  });
});

describe("a verb of exhorting with its object and infinitive", () => {
  it.each([
    ["The defence minister encouraged the troops to use the new jets wisely.", "the defence minister"],
    ["Peru’s president has encouraged Chilean fishermen to respect the new limits.", "Peru’s president"],
    ["Ruiz, who visited the base, encourages pilots to train at night.", "Ruiz"],
  ])("is said by its subject: %s", (sentence, speaker) => {
    const rows = spoken(sentence);
    expect(rows).toHaveLength(1);
    expect(rows[0].startsWith(`${speaker}: `)).toBe(true);
  });

  it("is no statement when a thing does the encouraging", () => {
    expect(spoken("The fall in prices encouraged farmers to plant more wheat.")).toEqual([]);
  });
});
