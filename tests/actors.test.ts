import { describe, expect, it } from "vitest";
import { Gazetteer, joinCodes, loadGazetteer, tokenize, wordSpans } from "../loaders/actors.ts";
import { allMatches } from "../loaders/text.ts";
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

  it("knows the security and intelligence services news names on their own, for their states", () => {
    expect(found("The FBI, HUR, the SBU, the IRGC, the FSB and Mossad said so.")).toEqual([
      ["FBI", "USA"], ["HUR", "UKR"], ["SBU", "UKR"], ["IRGC", "IRN"], ["FSB", "RUS"], ["Mossad", "ISR"],
    ]);
  });

  it("takes the longest alias and respects word boundaries", () => {
    expect(found("South Korea's foreign ministry and the USS Reagan near the U.S.")).toEqual([["South Korea's foreign ministry", "KOR"], ["U.S.", "USA"]]);
  });

  it("does not let 'the' and one name run on into a longer name", () => {
    expect(found("the North African country")).toEqual([]);
    expect(found("the South China Sea")).toEqual([["South China Sea", ""]]);
    expect(found("The North fired two missiles, the South said.")).toEqual([["The North", "PRK"], ["the South", "KOR"]]);
  });

  it("flags demonyms apart from names", () => {
    const [mention] = gazetteer.find("North Korean missiles");
    expect(mention).toMatchObject({ text: "North Korean", demonym: true });
  });

  it("matches aliases whatever character they start with (the first-character skip is exact)", () => {
    const actor = (name: string, code: string, aliases: string[]) => ({ name, code, kind: "state" as const, aliases, demonyms: [], role: "" });
    const g = new Gazetteer([actor("Élysée", "FRA", ["the élysée palace", "'Quad' group", "state media"]), actor("Kremlin", "RUS", ["the Kremlin"])]);
    const codes = (text: string) => g.find(text).map((m) => [m.text, m.actor.code]);
    expect(codes("THE KREMLIN and the Élysée met the ’Quad’ group; State Media said")).toEqual([["Élysée", "FRA"], ["’Quad’ group", "FRA"], ["State Media", "FRA"]]);
    expect(codes("the Kremlin")).toEqual([["the Kremlin", "RUS"]]);
    expect(codes("The Élysée Palace")).toEqual([["The Élysée Palace", "FRA"]]);
  });

  it("refuses one alias for two different codes", () => {
    const actor = (name: string, code: string) => ({ name, code, kind: "state" as const, aliases: ["Same"], demonyms: [], role: "" });
    expect(() => new Gazetteer([actor("A", "AAA"), actor("B", "BBB")], "actors.yaml")).toThrow(InputError);
  });

  it("joins codes in order without repeats", () => {
    expect(joinCodes(["USA", "KOR", "USA", ""])).toBe("USA;KOR");
  });
});

describe("hand-written scanners match the patterns they replace", () => {
  // Letters and digits in and out of ASCII, astral letters, lone surrogates, combining marks, every kind of space.
  const alphabet = ["a", "Z", "0", " ", "\t", "\n", "\u00a0", "\u2028", "\ufeff", "\u3000", "’", "'", "“", "-", ".", "_", "é", "ß", "٣", "½", "中", "\u0301", "𝐀", "😀", "\ud800", "\udc00"];
  // Deterministic pseudo-random texts (a linear congruential generator), so a failure repeats.
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const texts = Array.from({ length: 20000 }, () => Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]).join(""));
  const spans = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].flatMap((m) => [m.index!, m.index! + m[0].length]);

  it("tokenize finds what /[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]/gu finds", () => {
    for (const text of texts) expect(tokenize(text).flatMap((t) => [t.start, t.end]), JSON.stringify(text)).toEqual(spans(text, /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu));
  });

  it("wordSpans finds the words, and with symbols the other characters, the word patterns find", () => {
    for (const text of texts) {
      expect(wordSpans(text, false), JSON.stringify(text)).toEqual(spans(text, /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu));
      expect(wordSpans(text, true), JSON.stringify(text)).toEqual(spans(text, /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*|\S/gu));
    }
  });

  it("allMatches gives what matchAll gives, empty matches included, and leaves the pattern reusable", () => {
    for (const pattern of [/\b\w+\b/g, /x*/g, /(?:)/gu, /\p{L}*/gu, /a|/gi]) {
      for (const text of [...texts.slice(0, 500), "", "xx yx", "😀a😀"]) {
        expect(allMatches(pattern, text).map((m) => [m.index, m[0]]), `${pattern} ${JSON.stringify(text)}`).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
        expect(pattern.lastIndex).toBe(0);
      }
    }
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});
