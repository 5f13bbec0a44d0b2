import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

const body = "The harbour board met on Monday.\n\nLena Voss, the harbour master, said the quay would reopen in May.";

describe("a headline printed as a line of the page", () => {
  it.each([
    "Ostburg says it sank two Norland ferries",
    "More than 300 boats lost in the storm, harbour master says",
    "Mayor pledges new funds for the quay",
    "Fishermen say catch has halved since the dredging",
    "Norland denies selling rifles to the rebels",
    "Harbour board warns of further closures",
    "Ruiz calls the new bridge a triumph",
    "Ostburg's foreign minister reaffirms support for Norland",
    "Council urges calm after the flood, Voss says",
    "Port workers accuse the trust of cutting pay",
  ])("reads no statement from it: %s", (line) => {
    expect(spoken(`${line}\n\n${body}`)).toEqual(["Lena Voss: the quay would reopen in May"]);
  });

  it("keeps a headline that labels its speaker before a colon", () => {
    expect(spoken(`Voss: Ferries will run again in May\n\n${body}`)).toContain("Lena Voss: Ferries will run again in May");
  });

  it("reads a line that ends with a stop, a closing quotation mark or a function word as prose", () => {
    expect(spoken(`Ostburg says it sank two Norland ferries.\n\n${body}`)).toContain("Ostburg: it sank two Norland ferries");
    expect(spoken(`The harbour board met on Monday.\n\nLena Voss said the ferry ''would run again in May.''\n\nThe board met again on Tuesday.`)).toEqual(["Lena Voss: the ferry ''would run again in May.''"]);
    expect(spoken(`The harbour board met on Monday.\n\nThe harbour board said in a statement that the ferries were moved to the port of\n\nLeith in March.`)).toEqual(["the harbour board: the ferries were moved to the port of"]);
  });

  it("reads the page's last line, which a cut may leave without its stop, as prose", () => {
    expect(spoken(`${body}\n\nThe harbour board said the ferries were moved to the port in March and`)).toContain("the harbour board: the ferries were moved to the port in March");
  });
});
