import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

// A document named with its agent speaks for the agent even when the agent is described, not named: a
// speaker ("a navy spokesman") or several ("Chile's intelligence services", "two lawmakers").
const D = "Peru has moved two frigates to the border";

function speakerOf(text: string): string | undefined {
  const doc = makeDoc(text);
  return extractStatements(doc).find((r) => doc.article.raw.slice(r.char_start, r.char_end).includes("frigates"))?.speaker;
}

describe("a document's described agent", () => {
  it.each([
    ["According to, one speaker", `According to a briefing from a Chilean navy spokesman, ${D}.`, "Chilean navy spokesman"],
    ["closing according to, plural body", `${D}, according to multiple statements from Chile's intelligence services.`, "Chile's intelligence services"],
    ["According to, number", `According to a letter from two Chilean lawmakers, ${D}.`, "two Chilean lawmakers"],
    ["closing according to, plural speakers, adverb", `${D}, according to recent statements by Chilean officials.`, "Chilean officials"],
    ["subject with by-agent, plural speakers", `A report by Chilean defence analysts said ${D}.`, "Chilean defence analysts"],
    ["subject with from-agent, number", `A letter from two Chilean lawmakers said that ${D}.`, "two Chilean lawmakers"],
    ["issuing participle", `Statements issued by Chile's intelligence services said ${D}.`, "Chile's intelligence services"],
  ])("%s", (_frame, text, speaker) => {
    expect(speakerOf(text)?.replace(/^(?:a|an|the)\s+/i, "")).toBe(speaker);
  });
});
