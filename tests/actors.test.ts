import { describe, expect, it } from "vitest";
import { Gazetteer, joinCodes, loadGazetteer } from "../loaders/actors.ts";
import { InputError } from "../loaders/errors.ts";

const gazetteer = loadGazetteer();
const found = (text: string) => gazetteer.find(text).map((m) => [m.text, m.actor.code]);

describe("actor gazetteer", () => {
  it("resolves every alias of every entry to that entry", () => {
    for (const actor of gazetteer.actors) {
      for (const alias of actor.aliases) {
        const mentions = gazetteer.find(alias);
        expect(mentions.map((m) => m.actor.code), `${actor.name}: ${alias}`).toEqual([actor.code]);
      }
    }
  });

  it("maps the guide's metonyms to codes", () => {
    expect(found("The North, Pyongyang, DPRK and the reclusive state met Moscow, the Kremlin, Washington, the Pentagon, Seoul and Kyiv.")).toEqual([
      ["The North", "PRK"], ["Pyongyang", "PRK"], ["DPRK", "PRK"], ["the reclusive state", "PRK"], ["Moscow", "RUS"], ["the Kremlin", "RUS"],
      ["Washington", "USA"], ["the Pentagon", "USA"], ["Seoul", "KOR"], ["Kyiv", "UKR"],
    ]);
  });

  it("takes the longest alias and respects word boundaries", () => {
    expect(found("South Korea's foreign ministry and the USS Reagan near the U.S.")).toEqual([["South Korea's foreign ministry", "KOR"], ["U.S.", "USA"]]);
  });

  it("flags demonyms apart from names", () => {
    const [mention] = gazetteer.find("North Korean missiles");
    expect(mention).toMatchObject({ text: "North Korean", demonym: true });
  });

  it("refuses one alias for two different codes", () => {
    const actor = (name: string, code: string) => ({ name, code, kind: "state" as const, aliases: ["Same"], demonyms: [], role: "" });
    expect(() => new Gazetteer([actor("A", "AAA"), actor("B", "BBB")], "actors.yaml")).toThrow(InputError);
  });

  it("joins codes in order without repeats", () => {
    expect(joinCodes(["USA", "KOR", "USA", ""])).toBe("USA;KOR");
  });
});
