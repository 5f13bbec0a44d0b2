import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a phrase after the verb that runs into a that-clause", () => {
  it("reads the that-clause after an addressee as the content, not the fronted adverbial", () => {
    expect(spoken("On March 9, army chief Ola Brenn reported to President Ana Vidal that the siege of the valley was over.")).toEqual(["Ola Brenn: the siege of the valley was over"]);
  });

  it("reads the that-clause after a day the article cannot date", () => {
    expect(spoken("For the first time, Peru officially confirmed on Monday that it had sent troops to Chile.", "")).toEqual(["Peru: it had sent troops to Chile"]);
  });

  it("still closes on a phrase with no that-clause", () => {
    expect(spoken("The ferry will sail late, the harbour master said at a meeting in Valparaiso.")).toEqual(["the harbour master: The ferry will sail late"]);
  });
});

describe("according to X between a fronted adverbial and its clause", () => {
  it("reads the clause after the phrase, not the adverbial before it", () => {
    expect(spoken("In return, according to Peru, a number of prisoners will be freed from Chilean jails.")).toEqual(["Peru: a number of prisoners will be freed from Chilean jails"]);
  });

  it("keeps a clause before the phrase", () => {
    expect(spoken("The prisoners were freed at dawn, according to Peru.")).toEqual(["Peru: The prisoners were freed at dawn"]);
  });
});

describe("a passive whose subject only takes up what was told before", () => {
  it("gives no row to 'the figure' or 'the claim', and reads the speaker's own clause", () => {
    expect(spoken("The toll has reached 55, the ministry said. The figure was confirmed later by Ana Vidal, the health minister, who told reporters that 240 more were hurt.")).toEqual([
      "the ministry: The toll has reached 55",
      "Ana Vidal: 240 more were hurt",
    ]);
    // The sentence before, which named no speaker, is the admiral's (tests/statements/sources-named-after.test.ts).
    expect(spoken("Peru may buy jets from Chile. The claim was made by Admiral Ola Brenn, the navy chief.")).toEqual(["Ola Brenn: Peru may buy jets from Chile"]);
  });

  it("keeps a subject with words of its own", () => {
    expect(spoken("The raid on the port was condemned by Peru.")).toEqual(["Peru: The raid on the port"]);
  });
});

describe("a fronted phrase with a participle before the speaker a closing 'it added' relays", () => {
  it("gives the clause after 'said that' to the speaker, not the whole sentence", () => {
    expect(spoken("In a statement released on Monday, the Peruvian navy said that the raid was carried out over the weekend, it added.")).toEqual([
      "the Peruvian navy: the raid was carried out over the weekend",
    ]);
  });
});
