import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const rows = (body: string) => statementsOf(body).map((r) => [r.speaker, r.speaker_role, r.quote]);

describe("a title with its complement before a name, as the subject of a participle of saying", () => {
  it("reads 'to' after the title as the title's complement, not an infinitive", () => {
    expect(rows("Chilean Ambassador to Peru Ana Ruiz reinforced the stance on Monday, telling a local outlet that the port was Chilean.")).toEqual([["Ana Ruiz", "Chilean Ambassador to Peru", "the port was Chilean"]]);
    expect(rows("Envoy to Bolivia Tomas Vell repeated the claim, saying that the lake belonged to Peru.")).toEqual([["Tomas Vell", "Envoy to Bolivia", "the lake belonged to Peru"]]);
  });

  it("still stops a subject at an infinitive", () => {
    expect(rows("Chile refused to sign the pact, saying that the port was Chilean.")).toEqual([["Chile", "", "the port was Chilean"]]);
  });
});

describe("a document phrase between the subject and its verb", () => {
  it("leaves the subject before 'in a statement' as the speaker", () => {
    expect(rows("The Peruvian Finance Ministry in a statement said it had frozen the firm's accounts.")).toEqual([["the Peruvian Finance Ministry", "", "it had frozen the firm's accounts"]]);
    expect(rows("The harbour board in its annual report said the quay was unsafe.")).toEqual([["the harbour board", "", "the quay was unsafe"]]);
  });

  it("keeps a document that opens the sentence as its subject", () => {
    expect(rows("A statement from the harbour board said the quay was unsafe.")).toEqual([["the harbour board", "", "the quay was unsafe"]]);
  });
});
