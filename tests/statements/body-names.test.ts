import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

describe("a body named by an alias alone", () => {
  it("keeps the name the article gives, and takes a fuller one only where the article writes it", () => {
    expect(statementsOf("The NIS said the drills had been moved to the east coast.").map((r) => r.speaker)).toEqual(["the NIS"]);
    expect(statementsOf("The UN said on Monday that nine lorries had crossed into Peru.").map((r) => r.speaker)).toEqual(["the UN"]);
    const defined = statementsOf("Lawmakers met the National Intelligence Service on Monday. The NIS said the drills had been moved to the east coast.");
    expect(defined.map((r) => r.speaker)).toEqual(["National Intelligence Service (NIS)"]);
  });

  it("takes the gazetteer's name for a body described where the article names it only by initials", () => {
    const rows = statementsOf("Lawmakers met the NIS on Monday. South Korea's spy agency said the drills had been moved to the east coast.");
    expect(rows.map((r) => r.speaker)).toEqual(["South Korea's National Intelligence Service (NIS)"]);
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
