import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("a verb that carries the talk on to a speech verb (data/speech-verbs.yaml continuing)", () => {
  it("frames the clause after 'went on to' as the speech verb's own", () => {
    expect(spoken("Ann Cole spoke for an hour. Cole went on to explain how the cuts had tied her hands.")).toEqual(["Ann Cole: how the cuts had tied her hands"]);
    expect(spoken("Cole went on to argue that the cuts had tied her hands.")).toEqual(["Cole: the cuts had tied her hands"]);
  });

  it("keeps the speech verb's stance, in another tense of the carrying verb", () => {
    const [warned] = statementsOf("The mayor goes on to warn that the quay will flood.");
    expect(warned.stance).toBe("warn");
    expect(warned.quote || warned.evidence).toContain("the quay will flood");
    const [accused] = statementsOf("Tom Vale has gone on to accuse the harbour board of hiding the report.");
    expect(accused.speaker).toBe("Tom Vale");
    expect(accused.stance).toBe("accuse");
  });

  it("reads a lemma spelt with -ise in its -ize spelling too", () => {
    const [row] = statementsOf("The senator went on to criticize the levy as unfair.");
    expect(row.speaker).toBe("the senator");
    expect(row.stance).toBe("condemn");
  });

  it("leaves 'went on to' before a verb that is no speech alone", () => {
    expect(spoken("The ferry went on to sail for another decade.")).toEqual([]);
  });
});

describe("a former spouse or a step-relative as the speaker (data/speakers.yaml kin_heads)", () => {
  it("reads 'his ex-wife' and 'her stepson' as speakers", () => {
    expect(spoken("His ex-wife contended that she should keep her privacy.")).toEqual(["his ex-wife: she should keep her privacy"]);
    expect(spoken("Her stepson said that the will had been changed.")).toEqual(["her stepson: the will had been changed"]);
  });
});
