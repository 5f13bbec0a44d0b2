import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb of talking whose object names the topic (data/speech-verbs.yaml, talk about)", () => {
  it("reads the topic as the speaker's words, in several verbs, tenses and a relative clause", () => {
    expect(spoken("Harbour news. Mayor Ann Holm talked about the new quay and the ferry fares.")).toEqual(["Ann Holm: talked about the new quay and the ferry fares"]);
    expect(spoken("Harbour news. Ann Holm talks about a new era for the port.")).toEqual(["Ann Holm: talks about a new era for the port"]);
    expect(spoken("Harbour news. Per Berg went on to discuss the latest polls, including ones showing him ahead.")).toEqual(["Per Berg: went on to discuss the latest polls, including ones showing him ahead"]);
    expect(spoken("Harbour news. Ann Holm discussed the fees in her speech on Friday.")).toEqual(["Ann Holm: discussed the fees"]);
    const relative = spoken("Harbour news. The crowd cheered the arrival of Per Berg, who had talked about so many of the fishers' fears.");
    expect(relative).toEqual(["Per Berg: talked about so many of the fishers' fears"]);
  });

  it("reads no words in a meeting's purpose or a thing talked about", () => {
    // "talked" alone opens no verb of saying: the relative clause it stands in still describes the speaker.
    expect(spoken("Harbour news. Officials who talked to reporters on condition of anonymity said the ferries had left.")).toEqual(["Officials who talked to reporters on condition of anonymity: the ferries had left"]);
    expect(spoken("Harbour news. A group of councillors met with the port director to discuss the fees.")).toEqual([]);
    expect(spoken("Harbour news. The senator flew to Eastport on Monday to discuss the quay with the fishers.")).toEqual([]);
    expect(spoken("Harbour news. The fees discussed at the meeting were high.")).toEqual([]);
  });
});
