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
