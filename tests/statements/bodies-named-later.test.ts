import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const speakers = (body: string) => extractStatements(makeDoc(body, "2024-06-24")).map((r) => r.speaker);

describe("a body described by its state and field, named properly later", () => {
  it("gives the description the name of the body of that field named after it (that-clause, then 'in a statement')", () => {
    expect(speakers("The Chilean defence ministry said on Monday that two Peruvian patrol boats had entered its waters. In a statement, the Ministry of National Defence said the boats had left by night.")).toEqual([
      "the Ministry of National Defence",
      "the Ministry of National Defence",
    ]);
  });

  it("reads a closing attribution and a possessed proper name", () => {
    expect(speakers("Two Peruvian boats had entered its waters, the Chilean defence ministry said. Chile's Ministry of National Defence later added that they had left.")).toEqual([
      "Chile's Ministry of National Defence",
      "Chile's Ministry of National Defence",
    ]);
  });

  it("keeps the description when another body of that head is named first, or the body named serves another state or field", () => {
    expect(speakers("The Chilean defence ministry said the boats had left. The Ministry of Health said two sailors were hurt. Chile's Ministry of National Defence later said the patrol had ended.")[0]).toBe("the Chilean defence ministry");
    expect(speakers("The Chilean defence ministry said the boats had left. Peru's Ministry of Defence said its boats had stayed in port.")[0]).toBe("the Chilean defence ministry");
    expect(speakers("The Peruvian interior ministry said the border would reopen. Peru's Ministry of Foreign Affairs said the talks would resume.")[0]).toBe("the Peruvian interior ministry");
  });

  it("keeps a description the article never names", () => {
    expect(speakers("The Chilean defence ministry said the boats had left.")).toEqual(["the Chilean defence ministry"]);
  });
});
