import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | via: words" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.via}: ${r.quote}`);

describe("an aside that relays words with a speaker of their own (frames.ts relayedByAside)", () => {
  it("gives the words to the speaker before the aside, the aside's speaker as their channel", () => {
    expect(rows("Mayor Ana Ruiz pledged to expand the ferry fleet, as reported by the Andina agency.")).toEqual([
      "Ana Ruiz | Andina agency: pledged to expand the ferry fleet",
    ]);
    expect(rows("“The cranes are new,” port chief Tomas Vell declared in a broadcast, as reported by the Andina agency.")).toEqual([
      "Tomas Vell | Andina agency: The cranes are new",
    ]);
  });

  it("keeps the aside's speaker for words that name none", () => {
    expect(rows("The port will reopen in May, as reported by the Andina agency.")).toEqual(["the Andina agency | : The port will reopen in May"]);
  });
});

describe("a sentence naming who made the statement a state was told making (taken-up.ts takenUpFromState)", () => {
  it("gives the state's words before it to that speaker, and is no statement of its own to take up", () => {
    expect(rows("Peru has stated that it knows of no troops at the border. Peru reiterated that it wants talks. The statement was made by Foreign Ministry spokesman Tomas Vell at a briefing. This was reported by the Andina agency.").map((r) => r.split(" | ")[0])).toEqual([
      "Tomas Vell",
      "Tomas Vell",
    ]);
  });

  it("keeps a state's words whose maker no sentence names", () => {
    expect(rows("Peru has stated that it knows of no troops at the border. The navy searched the coast.").map((r) => r.split(" | ")[0])).toEqual(["Peru"]);
  });
});

describe("a quotation that opens with its verb of saying after its subject (frames.ts quotedVerbSpeaker)", () => {
  it("is the subject's words, relayed by who closes the sentence", () => {
    expect(rows("During his visit, Governor Tomas Vell “underscored the need to build more ferries,” the Andina agency reported.")).toEqual([
      "Tomas Vell | Andina agency: underscored the need to build more ferries",
    ]);
  });

  it("leaves a quotation with no verb of saying at its start to who closes it", () => {
    expect(rows("Governor Tomas Vell toured the port. “We need more ferries,” the Andina agency reported.").map((r) => r.split(" | ")[0])).toEqual(["the Andina agency"]);
  });
});
