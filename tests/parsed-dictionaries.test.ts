/**
 * The parsed dictionary files (loaders/parsed-dictionaries.ts): a text parsed once per
 * schema, handed out frozen so that no loader can change what another shares, and a file
 * that does not parse raising its error on every call.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseDictionary } from "../loaders/dictionaries.ts";
import { deepFreeze } from "../loaders/parsed-dictionaries.ts";

describe("parsed dictionary files", () => {
  const schema = z.object({ words: z.array(z.string()), nested: z.object({ n: z.number() }).optional() });

  it("gives the same frozen value for the same text, whatever the file, and a new one for another text", () => {
    const first = parseDictionary("/a/words.yaml", "words: [salvo]\nnested: { n: 1 }\n", schema);
    expect(parseDictionary("/b/words.yaml", "words: [salvo]\nnested: { n: 1 }\n", schema)).toBe(first);
    expect(Object.isFrozen(first.words) && Object.isFrozen(first.nested)).toBe(true);
    expect(() => first.words.push("volley")).toThrow(TypeError);
    expect(parseDictionary("/a/words.yaml", "words: [salvo, volley]\n", schema).words).toEqual(["salvo", "volley"]);
  });

  it("parses a text again under another schema", () => {
    const other = z.object({ words: z.array(z.string().transform((w) => w.toUpperCase())) });
    parseDictionary("/a/words.yaml", "words: [barrage]\n", schema);
    expect(parseDictionary("/a/words.yaml", "words: [barrage]\n", other).words).toEqual(["BARRAGE"]);
  });

  it("raises a bad file's error, with its file and line, on every call", () => {
    for (const file of ["/a/words.yaml", "/b/words.yaml"]) expect(() => parseDictionary(file, "words: [1, salvo\n", schema)).toThrow(file);
  });

  it("freezes nested arrays and objects, those of an object frozen already, and a cycle once", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const value = deepFreeze({ a: [{ b: 1 }], c: Object.freeze({ d: [2] }), cycle });
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.c.d)).toBe(true);
    expect(Object.isFrozen(value.cycle)).toBe(true);
  });
});
