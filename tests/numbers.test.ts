import { describe, expect, it } from "vitest";
import { numberWord, parseDigits, parseNumber, parseNumberAt, tokenize } from "../loaders/numbers.ts";
import { cpuMsOf } from "./helpers.ts";

const value = (text: string) => parseNumber(text)?.value;

describe("parseDigits", () => {
  it("reads separators and decimals", () => {
    expect(parseDigits("74,000")).toBe(74000);
    expect(parseDigits("1,600,000")).toBe(1600000);
    expect(parseDigits("1.6")).toBe(1.6);
    expect(parseDigits("68")).toBe(68);
  });
  it("refuses malformed grouping", () => {
    expect(parseDigits("1,2,3")).toBeUndefined();
    expect(parseDigits("74,00")).toBeUndefined();
    expect(parseDigits("1.2.3")).toBeUndefined();
  });
});

describe("number words", () => {
  it("reads units, tens and compounds", () => {
    expect(numberWord("three")).toBe(3);
    expect(numberWord("Ninety")).toBe(90);
    expect(numberWord("twenty-five")).toBe(25);
    expect(numberWord("twenty-ten")).toBeUndefined();
    expect(numberWord("ships")).toBeUndefined();
  });
  it("reads phrases of words", () => {
    expect(value("twenty five")).toBe(25);
    expect(value("two hundred and fifty")).toBe(250);
    expect(value("one hundred twenty five")).toBe(125);
    expect(value("two thousand five")).toBe(2005);
    expect(value("three two")).toBeUndefined(); // two numbers, not one
  });
  it("reads dozens and halves", () => {
    expect(value("a dozen")).toBe(12);
    expect(value("two dozen")).toBe(24);
    expect(value("half a million")).toBe(500000);
    expect(value("a half million")).toBe(500000);
    expect(value("a million")).toBe(1e6);
  });
  it("does not read the article alone or a bare scale word", () => {
    expect(parseNumber("a")).toBeUndefined();
    expect(parseNumber("million")).toBeUndefined();
    expect(parseNumber("dozen")).toBeUndefined();
  });
});

describe("scales", () => {
  it("expands scale words without binary noise", () => {
    expect(value("1.6 million")).toBe(1600000);
    expect(value("3 billion")).toBe(3e9);
    expect(value("2.3 million")).toBe(2300000);
    expect(value("0.7 trillion")).toBe(7e11);
  });
  it("reads abbreviations written onto the number", () => {
    expect(value("1.5bn")).toBe(1.5e9);
    expect(value("300k")).toBe(300000);
    expect(value("1.2m")).toBe(1200000);
    expect(value("5 bn")).toBe(5e9);
    // "m" and "k" apart from the number are not scales (metres, a letter).
    expect(parseNumber("5 m")).toBeUndefined();
  });
});

describe("vague magnitudes", () => {
  it("gives the guide's lower bounds", () => {
    expect(parseNumber("millions of")).toMatchObject({ value: 1e6, bound: "at_least", vague: true });
    expect(parseNumber("dozens of")).toMatchObject({ value: 24, bound: "at_least" });
    expect(parseNumber("hundreds of thousands of")).toMatchObject({ value: 100000, bound: "at_least" });
    expect(parseNumber("tens of thousands of")).toMatchObject({ value: 10000, bound: "at_least" });
  });
  it("reads qualified scales as lower bounds", () => {
    // As their vague plurals: "several hundred" as "hundreds of", "several dozen" as "dozens of" (the guide's 24).
    expect(parseNumber("several thousand")).toMatchObject({ value: 1000, bound: "at_least" });
    expect(parseNumber("a few hundred")).toMatchObject({ value: 100, bound: "at_least" });
    expect(parseNumber("several dozen")).toMatchObject({ value: 24, bound: "at_least" });
    expect(parseNumber("several hundred thousand")).toMatchObject({ value: 100000, bound: "at_least" });
  });
  it("needs 'of' after a vague magnitude", () => {
    expect(parseNumber("millions")).toBeUndefined();
  });
});

describe("ranges", () => {
  it("reads 'to', dashes and 'between … and'", () => {
    expect(parseNumber("10,000 to 12,000")).toMatchObject({ value: 10000, valueMax: 12000 });
    expect(parseNumber("10-12")).toMatchObject({ value: 10, valueMax: 12 });
    expect(parseNumber("between 5,000 and 6,000")).toMatchObject({ value: 5000, valueMax: 6000 });
    expect(parseNumber("two or three")).toMatchObject({ value: 2, valueMax: 3 });
  });
  it("spreads a shared scale to the lower end", () => {
    expect(parseNumber("1 to 2 million")).toMatchObject({ value: 1e6, valueMax: 2e6 });
    expect(parseNumber("between 5 and 6 million")).toMatchObject({ value: 5e6, valueMax: 6e6 });
    expect(parseNumber("500 to 2 million")).toMatchObject({ value: 500, valueMax: 2e6 });
  });
  it("does not read a falling pair as a range", () => {
    expect(parseNumber("2024-06")).toBeUndefined();
  });
});

describe("tokenize", () => {
  it("keeps offsets and marks tokens written together", () => {
    const text = "US$1.5bn for KN-23s";
    const tokens = tokenize(text, 100);
    for (const t of tokens) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(["US", "$", "1.5", "bn", "for", "KN", "-", "23", "s"]);
    expect(tokens.map((t) => t.glued)).toEqual([false, true, true, true, false, false, true, true, true]);
  });
  it("is linear on pathological input", () => {
    const cpuMs = cpuMsOf(() => {
      expect(tokenize("9".repeat(1_000_000))).toHaveLength(1);
      expect(tokenize("1,".repeat(300_000)).length).toBe(2);
      expect(parseDigits("1,".repeat(300_000) + "1")).toBeUndefined();
    });
    expect(cpuMs).toBeLessThan(5000);
  });
});

describe("words that only look like dictionary keys", () => {
  it("reads no number from names an object inherits (constructor, toString, valueOf)", () => {
    for (const word of ["constructor", "toString", "valueOf", "__proto__", "hasOwnProperty"]) {
      expect(numberWord(word)).toBeUndefined();
      expect(parseNumberAt(tokenize(`${word} hundred shells`), 0)).toBeUndefined();
      expect(parseNumberAt(tokenize(`five ${word} shells`), 0)).toMatchObject({ value: 5, last: 0 });
    }
  });
});

describe("numbers in every form news text and scraped pages use", () => {
  const value = (text: string) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.kind === "num");
    return parseNumberAt(tokens, i)?.value;
  };
  it("reads thousands grouped by spaces of every width", () => {
    for (const space of [" ", "\u00a0", "\u2007", "\u2009", "\u202f"]) expect(value(`fired 2${space}500 rockets`), JSON.stringify(space)).toBe(2500);
    expect(value("fired 1 250 000 shells")).toBe(1250000);
  });
  it("reads digits with zero-width characters inside, and fullwidth digits", () => {
    for (const zw of ["\u200b", "\u200c", "\u200d", "\u2060"]) expect(value(`sent 1${zw}000 troops`), JSON.stringify(zw)).toBe(1000);
    expect(value("sent １５００ troops")).toBe(1500);
  });
  it("does not join a number to the next one glued to a unit: about 20 240mm launchers", () => {
    expect(value("about 20 240mm launchers")).toBe(20);
    expect(value("in 2024 500 troops")).toBe(2024);
  });
});
