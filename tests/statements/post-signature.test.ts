import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | kind: words" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.kind}: ${r.quote}`);

describe("a post embedded with its signature (statements/post-signature.ts)", () => {
  it("gives the words on the line before the signature to the signer, direct, without the post's link", () => {
    expect(rows("The port reopened on Monday.\nThe Lima ferry is back on the water after six months pic.twitter.com/abc123\n— Ana Ruiz (@anaruiz) May 4, 2025\nThe first crossing was full.")).toEqual([
      "Ana Ruiz | direct: The Lima ferry is back on the water after six months",
    ]);
  });

  it("gives the words before the signature in the same sentence, the date cut with the page", () => {
    expect(rows("The port reopened on Monday.\nMore than 100 boats joined the parade at the Lima quay. pic.twitter.com/abc123 — Harbour Watch (@harbourwatch) May 4, 2")).toEqual([
      "Harbour Watch | direct: More than 100 boats joined the parade at the Lima quay",
    ]);
  });
});
