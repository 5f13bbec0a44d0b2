import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("a quotation that ends in '?' or '!' and the attribution after it, which the splitter made a sentence", () => {
  it.each([
    ["“Will the quay reopen?” Lena Voss asked.", "Lena Voss: Will the quay reopen?"],
    ["“Will the quay reopen?” asked Lena Voss.", "Lena Voss: Will the quay reopen?"],
    ["“We will rebuild it all!” Lena Voss said.", "Lena Voss: We will rebuild it all!"],
    ["“Why is the quay still closed?” Lena Voss asked reporters on Monday.", "Lena Voss: Why is the quay still closed?"],
    ["“Why?” Lena Voss asked.", "Lena Voss: Why?"],
    ["\"Who will pay for the repairs?\" the harbour board asked in a statement.", "the harbour board: Who will pay for the repairs?"],
    ["“Enough is enough!” Ana Ruiz told reporters.", "Ana Ruiz: Enough is enough!"],
  ])("%s", (text, row) => {
    expect(spoken(text)).toEqual([row]);
  });

  it("reads the quotation as direct words (spoken() shows the row's offsets into the article)", () => {
    expect(statementsOf("“Will the quay reopen?” Lena Voss asked.").map((r) => r.kind)).toEqual(["direct"]);
  });

  it("takes no attribution from another paragraph, nor a sentence with words of its own", () => {
    expect(spoken("“Will the quay reopen?”\n\nLena Voss asked.")).toEqual([]);
    expect(spoken("“Will the quay reopen?” The ferry left on Monday.")).toEqual([]);
  });
});
