import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a participle that cites, set off after a report, with the subject after it", () => {
  it("cites for the report: the subject speaks for itself", () => {
    expect(spoken("According to a report from Radio Lima, citing local outlet El Sol, Chilean intelligence sources confirmed that six officers were killed in the strike.")).toEqual([
      "Chilean intelligence sources: six officers were killed in the strike",
    ]);
  });

  it("still gives the words to the one cited by the subject or by the sentence's opening", () => {
    expect(spoken("The Lima Times, citing Defence Minister Ana Ruiz, reported that six officers were killed.")).toEqual(["Ana Ruiz: six officers were killed"]);
    expect(spoken("On Monday, citing Defence Minister Ana Ruiz, the Lima Times reported that six officers were killed.")).toEqual(["Ana Ruiz: six officers were killed"]);
  });
});

describe("a speaker's own office passing on the words after a closing attribution", () => {
  it("leaves the words to the speaker", () => {
    expect(spoken("The border will stay shut, Chilean Defence Minister Ana Ruiz reported to lawmakers Thursday, her office told Radio Lima. The total number is expected to reach 400, she said.")).toEqual([
      "Ana Ruiz: The border will stay shut",
      "Ana Ruiz: The total number is expected to reach 400",
    ]);
  });
});

describe("a body's name in quotation marks before 'which' and a verb of saying", () => {
  it("speaks by the name, for the whole clause it tells", () => {
    expect(spoken("This aligns with claims from the activist group “Andean Watch,” which posted on Telegram that a Chilean official confirmed the deaths of 20 soldiers.")).toEqual([
      "Andean Watch: a Chilean official confirmed the deaths of 20 soldiers",
    ]);
  });
});

describe("a passive of saying or believing with its agent, raising its subject", () => {
  it("gives the infinitive to the agent", () => {
    expect(spoken("The delivery of the llamas is reported by Chilean media to be partial payment for the shells.")).toEqual(["Chilean media: to be partial payment for the shells"]);
    expect(spoken("The envoy was believed by officials in Lima to have left the country on Monday.")).toEqual(["officials in Lima: to have left the country on Monday"]);
    expect(spoken("Peru's envoy is thought by many diplomats to have been recalled.")).toEqual(["many diplomats: to have been recalled"]);
  });

  it("leaves a passive of doing with a purpose", () => {
    expect(spoken("The road was built by the army to connect the two towns.")).toEqual([]);
  });
});
