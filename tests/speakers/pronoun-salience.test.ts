import { describe, expect, it } from "vitest";
import { spoken } from "../statements/read.ts";

/** The speaker of the row whose words hold `words`. */
const speakerOf = (text: string, words: string) => spoken(`Harbour news.\n\n${text}`).find((r) => r.includes(words))?.split(":")[0];

describe("'he' or 'she' after a sentence opened by a named subject takes up that subject, not an older speaker", () => {
  // Our own sentences: the subject's name is followed by a short prepositional phrase before its verb,
  // and the older speaker stands as the object of "with": the subject is who speaks next.
  it.each([
    ['"It was a long night," Tomas Berg concluded.\n\nLars Holm at the Coastal Herald agreed with Berg about the fog. "The fog is the worst of it," he wrote.', "Lars Holm"],
    ['"It was a long night," Mayor Tomas Berg said on Monday.\n\nAna Ruiz of the ferry union sided with Berg on the ban. "The fog is the worst of it," she said.', "Ana Ruiz"],
    ['"It was a long night," Tomas Berg told reporters.\n\nLars Holm from the port authority disagreed with Berg about the fog. "The fog is not the problem," he added.', "Lars Holm"],
    ['"It was a long night," Tomas Berg told reporters.\n\nDana Kell at the Coastal Herald disagreed with Berg about the fog.\n\n"The fog is not the problem," he added.', "Dana Kell"],
  ])("%s", (text, speaker) => {
    expect(speakerOf(text, "fog is")).toBe(speaker);
  });

  it("keeps the older speaker when the sentence between opens with no person", () => {
    expect(speakerOf('"It was a long night," Tomas Berg told reporters.\n\nIn the port of Lima the fog lifted at noon. "The fog is not the problem," he added.', "fog is")).toBe("Tomas Berg");
  });
});

describe("a person heard only as the owner of a noun of saying inside another's sentence is not whom 'he' takes up", () => {
  // Our own sentences: "Mr. Putin's threats" is a statement of its own, but the sentence's subject is the one who speaks next.
  it.each([
    ['The harbour master, Mr. Lars Holm, argues there is little point in answering Mr. Putin\'s threats to close the quay. "We must not overreact," he told me.', "Lars Holm"],
    ['Lars Holm, the port\'s longtime manager, says nobody should take Mr. Putin\'s warnings about the strait seriously. "These are words for the cameras," he said.', "Lars Holm"],
    ['The harbour master, Mr. Lars Holm, argues there is little point in answering Mr. Putin\'s threats to close the quay.\n\n"We must not overreact," he wrote.', "Lars Holm"],
    // No verb of saying of his own: the subject opening the sentence, not the owner of the noun inside it.
    ['Senator Lars Holm believes the town can ignore Mr. Lavrov\'s threats against the ferry. "We will keep sailing," he wrote.', "Lars Holm"],
  ])("%s", (text, speaker) => {
    const rows = spoken(`Harbour news.\n\n${text}`);
    expect(rows.at(-1)?.split(":")[0], JSON.stringify(rows)).toBe(speaker);
  });

  it("still takes up the owner when the noun of saying opens the sentence", () => {
    expect(speakerOf('Mr. Lavrov\'s warning about the fog came on Monday. "Nobody should sail," he said.', "Nobody")).toBe("Lavrov");
  });
});
