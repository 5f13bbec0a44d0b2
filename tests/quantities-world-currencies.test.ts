import { describe, expect, it } from "vitest";
import { sharedGazetteer } from "../loaders/actors.ts";
import { extractQuantitiesWith } from "../loaders/quantities.ts";
import { sharedQuantityLexicon } from "../loaders/quantities/lexicon.ts";
import { loadDictionaries, prepareArticle } from "../loaders/tables.ts";
import { makeArticle } from "./helpers.ts";

/** Currencies that data/units.yaml never names, read from the world-countries package (data/world-currencies.yaml). */
const money = (body: string) => {
  const raw = `---\ntitle: Peru builds a port\npublished: 2024-06-24\n---\nPeru builds a port\n${body}`;
  return extractQuantitiesWith(prepareArticle(makeArticle(raw), loadDictionaries()), sharedQuantityLexicon(), sharedGazetteer()).map((q) => [q.text, q.value, q.unit]);
};

describe("currencies of every state, from the world-countries package", () => {
  it("reads a currency's name after a number, in the singular, the plural and with its adjective", () => {
    expect(money("Peru will spend 12 million soles on the port, the ministry said.")).toEqual([["12 million soles", 12e6, "PEN"]]);
    expect(money("The port, which cost 300 million Peruvian soles, opened on Monday.")).toEqual([["300 million Peruvian soles", 300e6, "PEN"]]);
    expect(money("Laos has borrowed 300 billion kip for a dam.")).toEqual([["300 billion kip", 300e9, "LAK"]]);
    expect(money("Honduras was fined 2 million lempiras by the court.")).toEqual([["2 million lempiras", 2e6, "HNL"]]);
    expect(money("Kyrgyzstan set aside 40 million Kyrgyzstani soms for the border.")).toEqual([["40 million Kyrgyzstani soms", 40e6, "KGS"]]);
  });

  it("reads a currency's sign before its number, written onto it or a space apart", () => {
    expect(money("Peru spent S/. 40 million on the port, the ministry said.")).toEqual([["S/. 40 million", 40e6, "PEN"]]);
    expect(money("Peru spent S/.40 million on the port.")).toEqual([["S/.40 million", 40e6, "PEN"]]);
    expect(money("Panama paid B/. 2 million for 30 trucks.")).toEqual([["B/. 2 million", 2e6, "PAB"], ["30 trucks", 30, "trucks"]]);
    expect(money("Costa Rica spent ₡500 million on the road.")).toEqual([["₡500 million", 500e6, "CRC"]]);
  });

  it("reads a name that is also an English word, or shared by currencies, only after its adjective", () => {
    expect(money("Chile crossed the 1,000 mark in two real tests of its navy.")).toEqual([["two real tests", 2, "tests"]]);
    expect(money("Brazil paid 5 million Brazilian real and Malawi 2 billion Malawian kwacha.")).toEqual([["5 million Brazilian real", 5e6, "BRL"], ["2 billion Malawian kwacha", 2e9, "MWK"]]);
    expect(money("Malawi paid 2 billion kwacha for the trucks.")).toEqual([]);
  });
});
