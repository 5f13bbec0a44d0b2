import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

// Who speaks when a verb of saying is an infinitive after an object-control verb ("asked Vidal to convey …"):
// the words are the asker's, the object only passes them on (../shared/annotation-guide.md, statements: speaker).
const LEAD = "Chilean President Ana Ruiz met Peruvian envoy Jorge Vidal on Monday.";

function speakerOf(text: string, word: string): string | undefined {
  const doc = makeDoc(text);
  const rows = extractStatements(doc);
  return rows.find((r) => doc.article.raw.slice(r.char_start, r.char_end).includes(word))?.speaker;
}

describe("a verb of saying after an object-control verb and its object", () => {
  it.each([
    ["active, name object", `${LEAD} Ruiz asked Vidal to convey her gratitude to the Peruvian people.`],
    ["pronoun subject and object", `${LEAD} She asked him to convey her gratitude to the Peruvian people.`],
    ["adverb inserted", `${LEAD} She also asked him to convey her gratitude to the Peruvian people.`],
    ["modal", `${LEAD} Ruiz will ask the envoy to convey her gratitude to the Peruvian people.`],
    ["description object", `${LEAD} Ruiz urged the Peruvian envoy to relay her gratitude to the Peruvian people.`],
    ["coordinated verb phrase", `${LEAD} Ruiz thanked him and asked Vidal to convey her gratitude to the Peruvian people.`],
    ["relative clause on the subject", `Chilean President Ana Ruiz, who met the envoy on Monday, asked Jorge Vidal to convey her gratitude to the Peruvian people.`],
  ])("%s", (_frame, text) => {
    expect(speakerOf(text, "gratitude")).toBe("Ana Ruiz");
  });
});
