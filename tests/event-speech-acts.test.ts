/** Speech acts told as statements make events (loaders/events/speech-acts.ts); invented rows. */
import { describe, expect, it } from "vitest";
import { eventResources, type EventRow } from "../loaders/events/index.ts";
import { speechActEvents, withSpeechActs } from "../loaders/events/speech-acts.ts";
import type { StatementRow } from "../loaders/statements/index.ts";

function statement(over: Partial<StatementRow>): StatementRow {
  return {
    statement_id: "", article_id: "a1", speaker: "Ana Ruiz", speaker_role: "senator", speaker_country: "CHL",
    quote: "the minister misled voters", kind: "indirect", stance: "accuse", target: "CHL", date: "2024-03-05",
    date_precision: "day", via: "", evidence: "Senator Ana Ruiz said the minister misled voters.", char_start: 100, char_end: 150, corrected: "",
    ...over,
  } as StatementRow;
}

function event(over: Partial<EventRow>): EventRow {
  return {
    event_id: "", article_id: "a1", date: "", date_end: "", date_precision: "", date_text: "", event_type: "ACCUSE", event_mode: "accusation",
    actor: "CHL", target: "PER", status: "occurred", location: "", summary: "", evidence: "", char_start: 0, char_end: 50,
    date_basis: "none", mentions: 1, rule: "accuse-verb", ...over,
  } as EventRow;
}

const made = (statements: StatementRow[], events: EventRow[] = []) =>
  speechActEvents(statements, events, eventResources()).map((e) => [e.event_type, e.actor, e.target, e.date, e.char_start]);

describe("speech acts from statements", () => {
  it("an accusation within one state is an ACCUSE of the speaker's state against the statement's target, on its date", () => {
    expect(made([statement({})])).toEqual([["ACCUSE", "CHL", "CHL", "2024-03-05", 100]]);
  });

  it("a denial is a REJECT and a threat a THREATEN; a warning, praise or other stance makes none", () => {
    const rows = [statement({ stance: "deny", char_start: 200, char_end: 240 }), statement({ stance: "threaten", char_start: 300, char_end: 340 })];
    const none = [statement({ stance: "warn", char_start: 400, char_end: 440 }), statement({ stance: "support", char_start: 500, char_end: 540 }), statement({ stance: "other", char_start: 600, char_end: 640 })];
    expect(made([...rows, ...none]).map((r) => r[0])).toEqual(["REJECT", "THREATEN"]);
  });

  it("makes none where its sentence has an event already, of that type or of the act it reports", () => {
    expect(made([statement({})], [event({ char_start: 100, char_end: 150, actor: "CHL", target: "" })])).toEqual([]);
    expect(made([statement({})], [event({ event_type: "ASSAULT", char_start: 100, char_end: 150 })])).toEqual([]);
  });

  it("between two states, only a stance its verb says is an act: a report of the other's deeds is not", () => {
    const reported = statement({ target: "PER", quote: "Peruvian troops had crossed the border", evidence: "Ruiz said Peruvian troops had crossed the border." });
    const accused = statement({ target: "PER", evidence: "Ruiz accused Peru of moving troops to the border.", char_start: 300, char_end: 350 });
    expect(made([reported, accused])).toEqual([["ACCUSE", "CHL", "PER", "2024-03-05", 300]]);
  });

  it("between two states, words that judge the target in words of blame are the speaker's own accusation", () => {
    const judged = statement({ target: "PER", quote: "called the border survey a hoax cooked up by Peru", evidence: "Ruiz called the border survey a hoax cooked up by Peru." });
    const unfit = statement({ target: "BOL", quote: "Bolivia's envoy cannot be trusted", evidence: "Ruiz said Bolivia's envoy cannot be trusted.", char_start: 300, char_end: 350 });
    expect(made([judged, unfit]).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([["ACCUSE", "CHL", "PER", 100], ["ACCUSE", "CHL", "BOL", 300]]);
  });

  it("a state's accusation told again against one of the same targets is one event", () => {
    const again = statement({ target: "PER;BOL", evidence: "Ruiz accused Lima and La Paz of lying.", char_start: 300, char_end: 350 });
    expect(made([again], [event({ actor: "CHL", target: "PER" })])).toEqual([]);
    expect(made([again], [event({ actor: "CHL", target: "ARG" })])).toHaveLength(1);
  });

  it("within one state, two speakers' accusations are two events and one speaker's repeated accusation one", () => {
    const rows = [statement({}), statement({ char_start: 300, char_end: 350 }), statement({ speaker: "Tomas Vial", char_start: 500, char_end: 550 })];
    expect(made(rows).map((r) => r[4])).toEqual([100, 500]);
  });

  it("against no coded target, two speakers' accusations are two events and one speaker's repeated accusation one", () => {
    const rows = [statement({ target: "" }), statement({ target: "", char_start: 300, char_end: 350 }), statement({ speaker: "Tomas Vial", target: "", char_start: 500, char_end: 550 })];
    expect(made(rows).map((r) => r[4])).toEqual([100, 500]);
  });

  it("a pledge aimed at no one is no threat; a threat aimed at someone is", () => {
    const vow = statement({ stance: "threaten", target: "", evidence: "The minister vowed never to repeat the mistake." });
    const aimed = statement({ stance: "threaten", evidence: "The minister vowed to sue the governor.", char_start: 300, char_end: 350 });
    expect(made([vow, aimed]).map((r) => r[4])).toEqual([300]);
  });

  it("a private person's accusation has no actor; an outlet's or analysts' report makes none", () => {
    const person = statement({ speaker: "a reader", speaker_role: "", speaker_country: "" });
    const outlet = statement({ speaker: "Washington Post", speaker_role: "", speaker_country: "", char_start: 300, char_end: 350 });
    const analysts = statement({ speaker: "military analysts", speaker_role: "", speaker_country: "", char_start: 500, char_end: 550 });
    expect(made([person, outlet, analysts])).toEqual([["ACCUSE", "", "CHL", "2024-03-05", 100]]);
  });
  it("a stance said in its own words beside another act of the sentence is an act of its own", () => {
    const criticised = statement({ stance: "condemn", target: "", quote: "criticized the council's record on water", evidence: "Ruiz urged the council to act and criticized its record on water." });
    expect(made([criticised], [event({ event_type: "REQUEST", target: "", char_start: 100, char_end: 150 })]).map((r) => r[0])).toEqual(["ACCUSE"]);
    // Beside another side's act, the stance word may be that side's: its event tells the sentence.
    expect(made([criticised], [event({ event_type: "MOBILIZE", actor: "PER", target: "", char_start: 100, char_end: 150 })])).toEqual([]);
  });

  it("within one state, a speaker's charge told again after others have spoken on another day is another act; told on at once, one", () => {
    const first = statement({ target: "" });
    const goesOn = statement({ target: "", char_start: 200, char_end: 250 });
    const other = statement({ speaker: "Tomas Vial", stance: "other", target: "", char_start: 300, char_end: 350 });
    const later = statement({ target: "", date: "2024-03-09", char_start: 400, char_end: 450 });
    expect(made([first, goesOn, other, later]).map((r) => r[4])).toEqual([100, 400]);
  });

  it("within one state, a speaker's charges told at one named occasion are one act, whoever spoke between", () => {
    const at = (via: string, char_start: number) => statement({ target: "", via, char_start, char_end: char_start + 50 });
    const other = statement({ speaker: "Tomas Vial", stance: "other", target: "", char_start: 300, char_end: 350 });
    expect(made([at("a Senate hearing", 100), other, at("a Senate hearing", 400)]).map((r) => r[4])).toEqual([100]);
    // Another occasion is another act; none named for either, as a report of one interview spread over its paragraphs, one.
    expect(made([at("a Senate hearing", 100), other, at("a radio interview", 400)]).map((r) => r[4])).toEqual([100, 400]);
    expect(made([at("", 100), other, at("a radio interview", 400)]).map((r) => r[4])).toEqual([100, 400]);
    expect(made([at("", 100), other, at("", 400)]).map((r) => r[4])).toEqual([100]);
  });

  it("within one state, a speaker's charges told right after one another at two named occasions are two acts", () => {
    const at = (via: string, date: string, char_start: number) => statement({ target: "", via, date, char_start, char_end: char_start + 50 });
    expect(made([at("Fox News", "", 100), at("CNBC", "", 200)]).map((r) => r[4])).toEqual([100, 200]);
    expect(made([at("", "2024-03-05", 100), at("", "2024-03-09", 200)]).map((r) => r[4])).toEqual([100, 200]);
    // An occasion said for one only is no other occasion: the words right after retell the charge.
    expect(made([at("a radio interview", "", 100), at("", "", 200)]).map((r) => r[4])).toEqual([100]);
  });

  it("a speaker with no state described by a public office acts for the article's state; words naming its own state's party aim at it", () => {
    const senator = statement({ speaker_country: "", speaker_role: "Sen.", target: "", quote: "the plan misled voters" });
    const act = (s: StatementRow, home?: string) => speechActEvents([s], [], eventResources(), home).map((e) => [e.actor, e.target]);
    expect(act(senator, "CHL")).toEqual([["CHL", ""]]);
    expect(act(senator)).toEqual([["", ""]]);
    const charge = (quote: string) => statement({ speaker: "Ana Ruiz", speaker_country: "USA", target: "", quote });
    expect(act(charge("Democrats are pressuring the moderators"))).toEqual([["USA", "USA"]]);
    // A demonym names the state's people, not a party.
    expect(act(charge("all Americans deserve better than this"))).toEqual([["USA", ""]]);
  });
  it("a statement in a heading makes no speech act of its own, as the headline's mentions make none", () => {
    const headline = statement({ char_start: 0, char_end: 40, evidence: "Senator Ruiz slams minister over vote" });
    const body = statement({ char_start: 100, char_end: 150 });
    const rows = withSpeechActs([], [headline, body], eventResources(), [[0, 40]]);
    expect(rows.map((e) => e.char_start)).toEqual([100]);
  });

  it("words of no act's stance opening with a verb of calling are a REQUEST, in any tense and between states too", () => {
    const urged = statement({ stance: "other", quote: "urged the council to keep the school budget intact", evidence: "Mayors across the region have urged the council to keep the school budget intact." });
    const calls = statement({ stance: "support", target: "PER", quote: "called on Peru to withdraw its support for the rebels", evidence: "The long-serving foreign minister called on Peru to withdraw its support for the rebels.", char_start: 300, char_end: 350 });
    const demands = statement({ stance: "other", speaker: "Tomas Vial", quote: "demands an apology from the minister", evidence: "Vial demands an apology from the minister.", char_start: 500, char_end: 550 });
    expect(made([urged, calls, demands])).toEqual([
      ["REQUEST", "CHL", "CHL", "2024-03-05", 100],
      ["REQUEST", "CHL", "PER", "2024-03-05", 300],
      ["REQUEST", "CHL", "CHL", "2024-03-05", 500],
    ]);
  });

  it("a call makes none where its sentence has a request already, an accusation opening with a call is both acts (the pages' convention), and other words are no call", () => {
    const call = statement({ stance: "other", quote: "urged the council to act", evidence: "Ruiz urged the council to act." });
    expect(made([call], [event({ event_type: "REQUEST", char_start: 100, char_end: 150 })])).toEqual([]);
    const accusing = statement({ quote: "called on the council to stop lying", evidence: "Ruiz called on the council to stop lying.", char_start: 300, char_end: 350 });
    expect(made([accusing]).map((r) => r[0])).toEqual(["ACCUSE", "REQUEST"]);
    const plain = statement({ stance: "other", quote: "the council will meet on Monday", evidence: "Ruiz said the council will meet on Monday.", char_start: 500, char_end: 550 });
    expect(made([plain])).toEqual([]);
    const advice = statement({ stance: "other", quote: "urged its own citizens to avoid the border", evidence: "Chile has urged its own citizens to avoid the border.", char_start: 600, char_end: 650 });
    expect(made([advice])).toEqual([]);
  });

  it("a charge with no target whose words name an office of the speaker's own state is aimed at that state", () => {
    const res = eventResources();
    const aimed = (quote: string) => speechActEvents([statement({ target: "", quote, evidence: `Ruiz said ${quote}.` })], [], res, "CHL").map((e) => e.target);
    expect(aimed("the senator lied to voters about the budget")).toEqual(["CHL"]);
    expect(aimed("Congress has failed the veterans for a decade")).toEqual(["CHL"]);
    expect(aimed("the governor's long-serving administration misled the public")).toEqual(["CHL"]);
    expect(aimed("the budget plan is a disgrace")).toEqual([""]);
  });

  it("from a speaker of no state, a charge naming an office with no state is aimed at the article's state", () => {
    const res = eventResources();
    const aimed = (quote: string, home?: string) =>
      speechActEvents([statement({ speaker: "a reader", speaker_role: "", speaker_country: "", target: "", quote, evidence: `A reader wrote that ${quote}.` })], [], res, home).map((e) => [e.actor, e.target]);
    expect(aimed("the city's police officers were never held to account", "CHL")).toEqual([["", "CHL"]]);
    expect(aimed("the governor's rationales do not hold weight", "CHL")).toEqual([["", "CHL"]]);
    expect(aimed("the governor's rationales do not hold weight")).toEqual([["", ""]]);
  });
});

describe("charges told by their verb of saying (data/event-speech-acts.yaml charges)", () => {
  it("words of no act's stance told by a verb that charges are an ACCUSE: questioned before them or grilled opening them, in any tense, between states too", () => {
    const how = statement({ stance: "other", target: "", quote: "how the treasurer could sign the contract", evidence: "Several delegates questioned how the treasurer could sign the contract." });
    const need = statement({ stance: "other", speaker: "Tomas Vial", target: "", quote: "the very need for a second audit", evidence: "In interviews, Vial has questioned the very need for a second audit.", char_start: 300, char_end: 350 });
    const grilled = statement({ stance: "other", speaker: "Eva Lind", target: "PER", quote: "grilled the Peruvian envoy on Monday for his role in the trawler seizure", evidence: "Senator Eva Lind grilled the Peruvian envoy on Monday for his role in the trawler seizure.", char_start: 500, char_end: 550 });
    expect(made([how, need, grilled]).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ["ACCUSE", "CHL", "", 100],
      ["ACCUSE", "CHL", "", 300],
      ["ACCUSE", "CHL", "PER", 500],
    ]);
    // Another verb before the words, or the charging verb elsewhere in the sentence, tells no charge.
    const said = statement({ stance: "other", quote: "the treasurer could sign the contract", evidence: "Vial, who was questioned for hours, said the treasurer could sign the contract." });
    expect(made([said])).toEqual([]);
  });
});
