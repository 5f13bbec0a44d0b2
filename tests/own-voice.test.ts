import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { extractStatements } from "../loaders/statements.ts";
import { makeDoc } from "./helpers.ts";

const lexicon = loadStatementLexicon();

/** The rows of a text, each with the text its offsets cover. */
function rows(text: string) {
  const doc = makeDoc(text);
  return extractStatements(doc, lexicon).map((r) => ({ ...r, covered: doc.article.raw.slice(r.char_start, r.char_end) }));
}

describe("a document printed in its speaker's own voice", () => {
  it("gives each sentence under a statement's title to the speaker it names, direct", () => {
    const text = [
      "Joint Statement of the Harbour Ministers of the Northern League on the Closure of the Eastern Strait",
      "Our governments condemn the closure of the eastern strait to merchant shipping.",
      "The closure harms fishermen and traders on both shores, and it raises the price of grain in every port. We call on the strait authority to reopen the channel without delay.",
    ].join("\n\n");
    const found = rows(text);
    expect(found.map((r) => r.quote)).toEqual([
      "Our governments condemn the closure of the eastern strait to merchant shipping",
      "The closure harms fishermen and traders on both shores, and it raises the price of grain in every port",
      "We call on the strait authority to reopen the channel without delay",
    ]);
    for (const r of found) {
      expect(r.kind).toBe("direct");
      expect(r.speaker).toMatch(/Northern League/);
      expect(r.covered).toBe(r.quote);
    }
    expect(found[0].stance).toBe("condemn");
  });

  it("reads a text after 'Begin Text:' up to 'End Text', the 'We, …,' of its first sentence naming the speaker", () => {
    const text = [
      "Joint Statement of the Coastal Board on the Quota Survey",
      "The following text was released by the coastal states of the northern sea.",
      "Begin Text:",
      "We, the member states of the Coastal Board, publish today the results of our quota survey. The survey counted the herring stock in four fishing grounds.",
      "End Text",
      "Fishing crews in the northern ports said they had not been consulted.",
    ].join("\n\n");
    const found = rows(text);
    const board = found.filter((r) => /Coastal Board/.test(r.speaker));
    expect(board.map((r) => r.quote)).toEqual([
      "We, the member states of the Coastal Board, publish today the results of our quota survey",
      "The survey counted the herring stock in four fishing grounds",
    ]);
    expect(board.every((r) => r.kind === "direct" && r.covered === r.quote)).toBe(true);
    // After "End Text" the page reports again: the crews' words are theirs, indirect.
    const crews = found.find((r) => /crews|ports/i.test(r.speaker));
    expect(crews?.kind).toBe("indirect");
  });

  it("closes the text at the longest closing written in capitals between marks ('— END OF STATEMENT —'), not at a longer line", () => {
    const text = (closing: string) =>
      [
        "Joint Statement of the Coastal Board on the Quota Survey",
        "Begin Text:",
        "We, the member states of the Coastal Board, publish today the results of our quota survey.",
        closing,
        "Fishing crews in the northern ports said they had not been consulted.",
      ].join("\n\n");
    // The board's own voice: a direct row of the board for the crews' sentence while its text goes on.
    const boardSpeaksOn = (closing: string) => rows(text(closing)).some((r) => /Coastal Board/.test(r.speaker) && r.kind === "direct" && /^Fishing crews/.test(r.quote));
    expect(boardSpeaksOn("— END OF STATEMENT —")).toBe(false);
    expect(boardSpeaksOn("End of statement")).toBe(false);
    // One letter more than any closing: the board's text goes on.
    expect(boardSpeaksOn("— END OF STATEMENTS —")).toBe(true);
  });

  it("gives a speech's sentences to the speaker its title names, its courtesies none", () => {
    const text = [
      "Remarks by Ambassador Lena Voss, Permanent Representative of Ostland, at a Security Council Briefing on the Eastern Strait",
      "Thank you, Madam President. And thank you, Under-Secretary-General Ruiz, for your briefing. Your account was very clear.",
      "Let me begin by condemning the seizure of three cargo ships in the strait last week.",
      "These seizures violate the freedom of navigation that this Council has defended for decades.",
      "Madam President,",
      "We will support any resolution that restores safe passage through the strait. I yield the floor.",
    ].join("\n\n");
    const found = rows(text);
    expect(found.map((r) => r.quote)).toEqual([
      "Let me begin by condemning the seizure of three cargo ships in the strait last week",
      "These seizures violate the freedom of navigation that this Council has defended for decades",
      "We will support any resolution that restores safe passage through the strait",
    ]);
    expect(found.every((r) => r.kind === "direct" && r.speaker === "Lena Voss" && r.covered === r.quote)).toBe(true);
  });

  it("gives a briefing transcript's turn to the speaker of its label, through its paragraphs, its greeting and a reporter's question to no one", () => {
    const text = [
      "PRESS SECRETARY MARTA HOLM: Good afternoon, everyone. The minister travelled to Port Vell this morning to meet the harbour board.",
      "She will return on Thursday. We expect the talks to continue next week.",
      "Q: Will the strait reopen before the talks end?",
      "PRESS SECRETARY MARTA HOLM: That decision belongs to the strait authority, not to us.",
    ].join("\n");
    const found = rows(text);
    const holm = found.filter((r) => r.speaker === "Marta Holm");
    expect(holm.map((r) => r.quote)).toEqual([
      "The minister travelled to Port Vell this morning to meet the harbour board",
      "She will return on Thursday",
      "We expect the talks to continue next week",
      "That decision belongs to the strait authority, not to us",
    ]);
    expect(holm.every((r) => r.kind === "direct" && r.covered === r.quote)).toBe(true);
    expect(found.some((r) => /reopen before/.test(r.quote))).toBe(false);
  });

  it("gives a text that 'reads in full' to the speaker the sentence before names", () => {
    const text = [
      "The harbour board of Port Vell issued a statement on Monday about the eastern quay. The statement reads in full:",
      "The eastern quay will stay closed until the divers finish their survey. Ships bound for the quay will anchor in the outer roads.",
      "###",
      "Fishermen in the port have asked for compensation.",
    ].join("\n\n");
    const found = rows(text).filter((r) => r.kind === "direct");
    expect(found.map((r) => [r.speaker, r.quote])).toEqual([
      ["the harbour board of Port Vell", "The eastern quay will stay closed until the divers finish their survey"],
      ["the harbour board of Port Vell", "Ships bound for the quay will anchor in the outer roads"],
    ]);
    expect(found.every((r) => r.covered === r.quote)).toBe(true);
  });

  it("reads a title that gives the speaker first: \"Minister Ana Ruiz's Remarks to the Press\"", () => {
    const text = ["Minister Ana Ruiz's Remarks to the Press", "Good morning. I have just returned from the strait, where our divers are still at work."].join("\n\n");
    const found = rows(text);
    expect(found.map((r) => [r.speaker, r.kind, r.quote])).toEqual([["Ana Ruiz", "direct", "I have just returned from the strait, where our divers are still at work"]]);
  });

  it("leaves a news story alone: a headline naming a statement, its words quoted, its reporter's voice", () => {
    const text = [
      "Statement by the harbour board angers fishermen",
      "The harbour board of Port Vell said on Monday it would close the eastern quay for repairs.",
      "“We regret the disruption,” the board said in its statement.",
      "Fishermen in the port said the closure would cost them a month of work. We reported last week that the quay had been damaged in a storm.",
    ].join("\n\n");
    const found = rows(text);
    expect(found.every((r) => r.covered.length > 0)).toBe(true);
    expect(found.some((r) => /We reported/.test(r.quote))).toBe(false);
    expect(found.filter((r) => r.kind === "direct").map((r) => r.quote)).toEqual(["We regret the disruption"]);
  });

  it("leaves a news story under a title naming no speaker alone: its first attribution is a report", () => {
    const text = [
      "Statement on the strait closure",
      "The harbour board said on Monday that the strait would close for a month.",
      "Ferries will sail around the northern cape instead. We will follow the story as it develops.",
    ].join("\n\n");
    const found = rows(text);
    expect(found.map((r) => [r.speaker, r.kind, r.quote])).toEqual([["the harbour board", "indirect", "the strait would close for a month"]]);
  });
});
