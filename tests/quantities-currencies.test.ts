import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadDictionary } from "../loaders/dictionaries.ts";
import { extractAllQuantities, extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const money = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);
const all = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit]);
const iso = loadDictionary("currency-codes.yaml", z.object({ codes: z.record(z.string(), z.string()), other_codes: z.record(z.string(), z.string()), not_read: z.array(z.string()) }));

describe("currencies: every ISO 4217 code, and the signs and words of English news", () => {
  it("reads each code in capitals before a number, a space between, and after one", () => {
    const notRead = new Set(iso.not_read);
    for (const code of Object.keys(iso.codes).filter((c) => !notRead.has(c))) {
      expect(money(`The ministry paid ${code} 12 million to the contractor.`), code).toEqual([[`${code} 12 million`, 12e6, code, "money"]]);
      expect(money(`The ministry paid 12 million ${code} to the contractor.`), code).toEqual([[`12 million ${code}`, 12e6, code, "money"]]);
    }
  });

  it("writes every currency of data/units.yaml as an ISO code", () => {
    const units = loadDictionary("units.yaml", z.object({ currencies: z.array(z.object({ unit: z.string() })) }).passthrough());
    for (const c of units.currencies) expect(Object.keys({ ...iso.codes, ...iso.other_codes }), c.unit).toContain(c.unit);
  });

  it("leaves codes that are also words or names, a code written onto a number, and lower case", () => {
    expect(all("TOP 10 PICKS: ALL 5 ROOKIES START")).not.toContainEqual(expect.arrayContaining(["TOP"]));
    expect(money("Delegates met at COP 29 and at COP29 in the capital.")).toEqual([]);
    expect(money("The unit drove a BMD-4 and a KES-7 past the gate.")).toEqual([]);
    expect(money("The team led the aed 40 million bid.")).toEqual([]);
  });

  it("reads a symbol of letters apart from its number, a sign only written onto it", () => {
    expect(money("The council set aside Rs 12 crore for roads.")).toEqual([["Rs 12 crore", 12e7, "INR", "money"]]);
    expect(money("The widow received Rs. 3 lakh in compensation.")).toEqual([["Rs. 3 lakh in compensation", 3e5, "INR", "money"]]);
    expect(money("The bridge cost Rp 2.1 trillion and the port R$ 800 million.")).toEqual([
      ["Rp 2.1 trillion", 2.1e12, "IDR", "money"],
      ["R$ 800 million", 8e8, "BRL", "money"],
    ]);
    expect(money("Tickets cost $ 40 at the gate.")).toEqual([]);
  });

  it("reads the currencies news names in words, a shared word only with its country", () => {
    expect(money("The emirate paid 90 million dirhams and the kingdom 15 billion riyals.")).toEqual([
      ["90 million dirhams", 9e7, "AED", "money"],
      ["15 billion riyals", 15e9, "SAR", "money"],
    ]);
    expect(money("Lagos budgeted 3 trillion naira; Nairobi 40 billion Kenyan shillings.")).toEqual([
      ["3 trillion naira", 3e12, "NGN", "money"],
      ["40 billion Kenyan shillings", 4e10, "KES", "money"],
    ]);
    expect(money("Baghdad owes 7 billion Iraqi dinars and Warsaw lent 2 billion zlotys.")).toEqual([
      ["7 billion Iraqi dinars", 7e9, "IQD", "money"],
      ["2 billion zlotys", 2e9, "PLN", "money"],
    ]);
    expect(money("The stall sold 300 pesos of fruit.").map((r) => r[2])).not.toContain("MXN");
  });
});

describe("a currency sign one space before its number", () => {
  it("reads '$ 375 million' and '€ 40 million' as the glued forms", () => {
    expect(money("Chile signed a $ 375 million deal to supply missiles to Peru.")).toEqual([["$ 375 million", 375e6, "USD", "money"]]);
    expect(money("Peru signed a € 40 million deal for drones.")).toEqual([["€ 40 million", 40e6, "EUR", "money"]]);
  });

  it("reads no sign set further apart", () => {
    expect(money("Chile paid $  30 million for the ships.").map((r) => r[2])).not.toContain("USD");
  });
});
