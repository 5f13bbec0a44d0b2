import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | speaker_country | target" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_country} | ${r.target}`);

describe("words naming a state's institution or office by its kind target the speaker's state (stance.ts namesInstitution)", () => {
  it("reads a court, a legislature's members, a ministry and an office named with no state", () => {
    expect(rows("Republican Senator Ann Cole said the court's ruling would hurt farmers.")).toEqual(["Ann Cole | USA | USA"]);
    expect(rows("“Lawmakers have failed the workers again,” said Ann Cole, a Democratic senator.")).toEqual(["Ann Cole | USA | USA"]);
    expect(rows("Russian Foreign Minister Pavel Orlov said the defence ministry had been slow to pay the soldiers.")).toEqual(["Pavel Orlov | RUS | RUS"]);
  });

  it("reads a party's members named in the plural", () => {
    expect(rows("Republican Senator Tom Vale argued that Democrats were gaming the system.")).toEqual(["Tom Vale | USA | USA"]);
  });

  it("reads a legislature whose name says its state, said from another state", () => {
    expect(rows("Ukrainian Foreign Minister Olena Kovalenko said the Duma had voted for the annexation.")).toEqual(["Olena Kovalenko | UKR | RUS"]);
    expect(rows("Republican Senator Ann Cole said South Korea's National Assembly should ratify the deal.")).toEqual(["Ann Cole | USA | KOR"]);
  });

  it("binds them, said by a speaker of no state, to the state the article is about", () => {
    expect(rows("WASHINGTON — Ann Cole, a retired teacher, said the court's ruling would hurt farmers.")).toEqual(["Ann Cole |  | USA"]);
    expect(rows("MOSCOW — “The deputies have forgotten the pensioners,” said Ivan Petrov, a retired engineer, of the vote in parliament.")).toEqual(["Ivan Petrov |  | RUS"]);
    expect(rows("SEOUL — Kim Min-ji, a shop owner, argued that Lawmakers were ignoring the markets.")).toEqual(["Kim Min-ji |  | KOR"]);
  });

  it("reads no place of the state as one of its parties", () => {
    expect(rows("MOSCOW — Ivan Petrov, a retired engineer, said the floods near Kursk would last for weeks.")).toEqual(["Ivan Petrov |  | "]);
  });

  it("leaves the target empty for a speaker of no state in an article of no state, and for words naming no institution", () => {
    expect(rows("Ann Cole, a retired teacher, said the court's ruling would hurt farmers.")).toEqual(["Ann Cole |  | "]);
    expect(rows("Republican Senator Ann Cole said the harvest would be late this year.")).toEqual(["Ann Cole | USA | "]);
  });
});
