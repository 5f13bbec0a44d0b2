import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("an inverted speaker placed by a preposition's phrase or described by a relative clause", () => {
  it("speaks by the whole phrase, as the article words it", () => {
    expect(spoken("“We were told to prepare,” said a nurse at the clinic.")).toEqual(["a nurse at the clinic: We were told to prepare"]);
    expect(spoken("“We were told to prepare,” said a doctor who treated the soldiers.")).toEqual(["a doctor who treated the soldiers: We were told to prepare"]);
    expect(spoken("“We were told to prepare,” said one of the nurses at the clinic who treated the soldiers. “We had heard rumours,” the nurse said.")).toEqual([
      "one of the nurses at the clinic who treated the soldiers: We were told to prepare",
      "one of the nurses at the clinic who treated the soldiers: We had heard rumours",
    ]);
  });

  it("keeps an aside after the comma out of the phrase", () => {
    expect(spoken("“We were told to prepare,” said a nurse at the clinic, who asked not to be named.")).toEqual(["a nurse at the clinic: We were told to prepare"]);
  });
});
