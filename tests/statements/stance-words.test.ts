import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stance = (text: string) => statementsOf(text).map((r) => r.stance);

describe("stance from the words of the clause (cues of data/speech-verbs.yaml)", () => {
  it("reads approval and commitment as support", () => {
    expect(stance("“We welcome the new ferry pact,” Mayor Ida Berg said.")).toEqual(["support"]);
    expect(stance("The governor said the bridge deal was a historic milestone for the valley.")).toEqual(["support"]);
    expect(stance("“We stand with the islanders,” the minister said.")).toEqual(["support"]);
    expect(stance("The envoy said Ostmark remains firmly committed to the harbour's defence.")).toEqual(["support"]);
    expect(stance("The agency said the radars would strengthen Varnia’s air defences.")).toEqual(["support"]);
  });

  it("reads a charge rejected in so many words as a denial", () => {
    expect(stance("The shipping firm said its cargo does not violate any embargo.")).toEqual(["deny"]);
    expect(stance("“They accuse us every week and provide no evidence,” the spokesman said.")).toEqual(["deny"]);
    expect(stance("The palace said the reports were absurd propaganda.")).toEqual(["deny"]);
  });

  it("reads punishment resolved on, or weapons meant to strike, as a threat", () => {
    expect(stance("The council said it is determined to sanction every firm that breaks the embargo.")).toEqual(["threaten"]);
    expect(stance("General Ivo Saar said the new rockets are designed to strike the harbour.")).toEqual(["threaten"]);
    expect(stance("The ministry said Norland would take “necessary measures” to protect its fishermen.")).toEqual(["threaten"]);
  });

  it("reads a threat named by its degree, or an escalation, as a warning, and words of outrage as condemnation", () => {
    expect(stance("The admiral said the launchers were a growing threat to the coast.")).toEqual(["warn"]);
    expect(stance("“This is an escalation,” the mayor said.")).toEqual(["warn"]);
    expect(stance("The minister said the shelling of the port was unacceptable.")).toEqual(["condemn"]);
  });

  it("leaves a neutral report neutral", () => {
    expect(stance("The harbour master said the ferry would sail at noon.")).toEqual(["other"]);
  });
});
