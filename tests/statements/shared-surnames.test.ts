/**
 * A bare surname two people of the article share: news style keeps it for the one introduced
 * first and names the other in full or by a given name (loaders/speakers/article-people.ts).
 * Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** The speaker of the row whose words hold `words`. */
function speakerOf(body: string, words: string): string | undefined {
  return statementsOf(body).find((r) => r.quote.includes(words))?.speaker;
}

describe("a surname two people share names the one introduced first", () => {
  it("reads the surname as the senator named first, not her husband named since", () => {
    const body = 'Senator Ana Ruiz opened the harbour on Friday. Her husband, Tomas Ruiz, cut the ribbon.\n\n"The port is ours again," Ruiz said.';
    expect(speakerOf(body, "The port is ours again")).toBe("Ana Ruiz");
  });

  it("reads it so also after the relative is quoted by full name", () => {
    const body = "Mayor Lena Voss spoke first. Her brother Karl Voss said the vote was rigged.\n\nVoss said the count would stand.";
    expect(speakerOf(body, "the vote was rigged")).toBe("Karl Voss");
    expect(speakerOf(body, "the count would stand")).toBe("Lena Voss");
  });

  it("prefers a name the surname ends over a name it opens", () => {
    const body = "The Voss Foundation paid for the hall. Lena Voss, its founder, spoke on Monday.\n\nVoss said the hall would open in May.";
    expect(speakerOf(body, "the hall would open")).toBe("Lena Voss");
  });
});
