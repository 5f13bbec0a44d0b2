import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a speech verb in the progressive", () => {
  it.each([
    ["Ostburg has been warning that the dam is close to failing.", "Ostburg: the dam is close to failing"],
    ["The ministry had been saying that the dam was safe.", "the ministry: the dam was safe"],
    ["Officials are warning that the river will flood the lower town.", "Officials: the river will flood the lower town"],
    ["The mayor is claiming that the budget was cut by a third.", "the mayor: the budget was cut by a third"],
    ["Farmers have been complaining that the canal is silting up.", "Farmers: the canal is silting up"],
    ["The union was insisting that the pay deal be honoured.", "the union: the pay deal be honoured"],
    ["Ostburg has long been arguing that the border was drawn unfairly.", "Ostburg: the border was drawn unfairly"],
    ["The harbour board is now stressing that the quay will reopen in May.", "the harbour board: the quay will reopen in May"],
    ["Norland was repeatedly denying that its ships had crossed the line.", "Norland: its ships had crossed the line"],
    ["Fishermen were still insisting that the catch had halved.", "Fishermen: the catch had halved"],
  ])("reads the -ing form after a form of 'be' as the verb: %s", (sentence, row) => {
    expect(spoken(sentence)).toEqual([row]);
  });

  it("leaves an -ing form with no 'be' before it to the participle rules", () => {
    expect(spoken("A letter warning of floods reached the council.")).toEqual([]);
    expect(spoken("The warning signs were ignored for years.")).toEqual([]);
  });
});

describe("an adverb not in -ly between the speaker and the verb", () => {
  it.each([
    ["Reuters first reported last month that the deal would be worth $2 billion.", "Reuters: the deal would be worth $2 billion"],
    ["The mayor has since said that the dam could fail.", "the mayor: the dam could fail"],
    ["Ostburg still insists that the border was drawn unfairly.", "Ostburg: the border was drawn unfairly"],
    ["The council had even warned that the bridge was unsafe.", "the council: the bridge was unsafe"],
    ["Norland has twice denied that its ships crossed the line.", "Norland: its ships crossed the line"],
    ["Lena Voss first announced that the ferry would stop in June.", "Lena Voss: the ferry would stop in June"],
    ["The two mayors have each said that the bridge is unsafe.", "the two mayors: the bridge is unsafe"],
    ["Ostburg had already claimed that the border was drawn unfairly.", "Ostburg: the border was drawn unfairly"],
  ])("skips it to the subject: %s", (sentence, row) => {
    expect(spoken(sentence)).toEqual([row]);
  });

  it("keeps 'first' inside a speaker's phrase", () => {
    expect(spoken("The first deputy minister said that the garden would reopen.")).toEqual(["the first deputy minister: the garden would reopen"]);
  });

  it("reads a common noun, an adverb and a participle as a reduced relative, not a speaker", () => {
    expect(spoken("The Koksan, a 40-ton gun first revealed in a 1989 parade, can strike targets 40 km away.")).toEqual([]);
    expect(spoken("The plan, first announced in May, was dropped.")).toEqual([]);
  });
});

describe("a time adverbial between the verb and 'that'", () => {
  it.each([
    ["The ministry has said for years that the dam was safe.", "the ministry: the dam was safe"],
    ["Ostburg has insisted since March that the border was drawn unfairly.", "Ostburg: the border was drawn unfairly"],
    ["The minister argued over dinner that the border was drawn unfairly.", "the minister: the border was drawn unfairly"],
    ["The council maintained throughout the hearing that the quay was sound.", "the council: the quay was sound"],
  ])("starts the clause at 'that': %s", (sentence, row) => {
    expect(spoken(sentence)).toEqual([row]);
  });
});

describe("'has yet to' before a speech verb", () => {
  it("is a non-comment, as 'has not' is", () => {
    expect(spoken("Norland has yet to confirm the sinking.")).toEqual([]);
    expect(spoken("The ministry has yet to comment on the report.")).toEqual([]);
  });
});
