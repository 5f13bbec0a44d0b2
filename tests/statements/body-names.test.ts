import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

describe("a body named by an alias alone", () => {
  it("takes the body's full name from the gazetteer", () => {
    const rows = statementsOf("The NIS said the drills had been moved to the east coast.");
    expect(rows.map((r) => r.speaker)).toEqual(["South Korea's National Intelligence Service"]);
  });

  it("keeps a state as the article names it", () => {
    const rows = statementsOf("Seoul said the drills had been moved to the east coast.");
    expect(rows.map((r) => r.speaker)).toEqual(["Seoul"]);
  });
});

describe("a newspaper named by its head", () => {
  it("takes up the outlet last quoted", () => {
    const rows = statementsOf("The ferry sank in ten minutes, the Washington Post reported on Saturday. The newspaper said the crew had been warned.");
    expect(rows.map((r) => r.speaker)).toEqual(["Washington Post", "Washington Post"]);
  });

  it("stays a description when no outlet was quoted", () => {
    const rows = statementsOf("The mayor said the ferry sank in ten minutes. The newspaper said the crew had been warned.");
    expect(rows.map((r) => r.speaker)).toEqual(["the mayor", "the newspaper"]);
  });
});

describe("'it' after a body described, not named", () => {
  it("takes up the body", () => {
    const rows = statementsOf("The town council said the quay would close. It added that the ferries would use the north pier.");
    expect(rows.map((r) => r.speaker)).toEqual(["the town council", "the town council"]);
  });

  it("does not take up a person", () => {
    const rows = statementsOf("The harbour master said the quay would close. It added that the ferries would use the north pier.");
    expect(rows.map((r) => r.speaker)).toEqual(["the harbour master"]);
  });
});
