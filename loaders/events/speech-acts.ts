/**
 * Speech acts told as statements: an accusation, a denial or a threat is a statement (who said
 * what) and an event (who did what to whom) at once, as the annotation guide says. Many are
 * told with a verb of saying the events dictionary has no entry for ("Ana Ruiz said the
 * minister lied to voters"); the statements extractor reads their stance and parties, and the
 * event is made from them: the speaker's country acts, the statement's target is aimed at,
 * on the statement's date. The stances that make events are in data/event-speech-acts.yaml.
 */
import { z } from "zod";
import { splitCodes } from "../actors.ts";
import { DATA_DIR, loadDictionary, memoiseDictionary, phraseList, wordList } from "../dictionaries.ts";
import { summarise } from "../event-summary.ts";
import { PLOVER_TYPES, type PloverType } from "../plover.ts";
import { STANCES } from "../schema.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { StatementRow } from "../statements/index.ts";
import { literalAlternatives } from "../text.ts";
import { evaluates } from "../statements/evaluations.ts";
import { ownStateNamed, publicOfficeCodes } from "./public-offices.ts";
import type { EventResources } from "./resources.ts";
import type { EventRow } from "./types.ts";
import { accuserBefore, chargesOf, type Charge } from "./denied-accusers.ts";
import { calledFor, callPatterns, obligationsSchema, wordsBefore, type CallPatterns } from "./calls-told.ts";
import { chargesUnasserted, unassertedSchema, unassertedWords, type UnassertedWords } from "./unasserted-charges.ts";

export const SPEECH_ACTS_FILE = "event-speech-acts.yaml";

const actSchema = z.object({ type: z.enum(PLOVER_TYPES), mode: z.string().min(1) }).strict();
const requestsSchema = z
  .object({ act: actSchema, openings: phraseList, own_people: z.object({ possessives: wordList, nouns: wordList }).strict(), before: wordList, obligations: obligationsSchema })
  .strict();
const chargesSchema = z.object({ act: actSchema, forms: wordList }).strict();
const speechActsSchema = z.object({ stances: z.partialRecord(z.enum(STANCES), actSchema), requests: requestsSchema, charges: chargesSchema, pledges: wordList, unasserted: unassertedSchema }).strict();

/** The event type and mode a statement's stance makes. */
export interface SpeechAct {
  type: PloverType;
  mode: string;
}

/** The dictionary of speech acts: the stances that make events, and the words of a pledge. */
export interface SpeechActWords {
  stances: ReadonlyMap<string, SpeechAct>;
  /** A pledge's verb, the whole trigger ("promised", "vowing"). */
  pledge: RegExp;
  /**
   * A call's act, its verb opening the words said ("called on", "urged"), a call on the speaker's own
   * people, and a call told before the words or as an obligation in them (calls-told.ts).
   */
  request: { act: SpeechAct; opening: RegExp; ownPeople: RegExp; calls: CallPatterns };
  /** A charge's act, and its verb right before the words said ("questioned how …") or opening them ("grilled the chief for …"). */
  charge: { act: SpeechAct; before: RegExp; opening: RegExp };
  /** A charge in the words said that the speaker does not assert (unasserted-charges.ts). */
  unasserted: UnassertedWords;
}

/** The speech acts' dictionary (read once while the file is unchanged). */
export function speechActWords(dir = DATA_DIR): SpeechActWords {
  return memoiseDictionary("event-speech-acts", dir, [SPEECH_ACTS_FILE], () => {
    const raw = loadDictionary(SPEECH_ACTS_FILE, speechActsSchema, dir);
    const stances = new Map(Object.entries(raw.stances).filter((e): e is [string, SpeechAct] => e[1] !== undefined));
    const { act, openings, own_people: own, before, obligations } = raw.requests;
    const opening = `^(?:${literalAlternatives(openings, { anySpace: true })})\\b`;
    const ownPeople = new RegExp(`${opening}\\s+(?:${literalAlternatives(own.possessives)})\\s+(?:own\\s+)?(?:${literalAlternatives(own.nouns)})\\b`, "i");
    const request = { act, opening: new RegExp(opening, "i"), ownPeople, calls: callPatterns(before, obligations) };
    const forms = literalAlternatives(raw.charges.forms);
    const charge = { act: raw.charges.act, before: new RegExp(`\\b(?:${forms})\\s*$`, "i"), opening: new RegExp(`^(?:${forms})\\b`, "i") };
    return { stances, pledge: new RegExp(`\\b(?:${literalAlternatives(raw.pledges)})\\b`, "i"), request, charge, unasserted: unassertedWords(raw.unasserted) };
  });
}

/**
 * The events one article's statements make as speech acts, beside the events already read from
 * its sentences. None where the sentence has an event already: of the act's type, its verb's
 * entry read the parties from the clause, better than a statement's stance; of another, the
 * statement reports that act, and its accusation is the act's (derived-acts.ts); none for an act of a
 * kind its actor was told to do before against any of the same targets (the guide: one event
 * told in several sentences is one row; "the US accused Russia … Washington condemned Moscow
 * and Pyongyang" is one accusation); none for outlets and analysts, whose reports tell acts but
 * make none of their own.
 */
export function speechActEvents(statements: readonly StatementRow[], events: readonly EventRow[], res: EventResources, home?: string, words = res.speechActs): EventRow[] {
  // Each event with its speaker's words, when a statement made it.
  const told: Told[] = events.map((row) => ({ row, speaker: "", aim: row.target }));
  const out: EventRow[] = [];
  let before: StatementRow | undefined;
  for (const s of statements) {
    const previous = before;
    before = s;
    for (const [act, how] of actsOf(s, words)) {
      const call = how === "call";
      const charge = how === "charge";
      if (reportsOnly(s, res) || !(call || charge || spokenAs(s, res.speakers) || judged(s, res) || withinOneSide(s)) || pledgedToNoOne(s, words)) continue;
      // An accusation read from the words said holds only where the speaker asserts their charge.
      if (act.type === "ACCUSE" && !call && !charge && chargesUnasserted(s.quote, res.speakers, words.unasserted)) continue;
      const stated = withOfficeState(s, home, res);
      const aimed = aimedAtOffice(act.type === "REJECT" && !call && !charge ? answering(stated, chargesOf([...events, ...out], statements)) : stated, home, res);
      const row = speechActRow(aimed, act, res, how);
      const made: Told = { row, speaker: s.speaker.toLowerCase(), aim: stated.target, last: s };
      if (heldBySentence(s, act, events, call || charge || opensWithStance(s, res.speakers))) continue;
      const again = told.find((e) => e.row.event_type === act.type && sameAct(e, made, previous));
      if (again) {
        again.last = s;
        continue;
      }
      told.push(made);
      out.push(made.row);
    }
  }
  return out;
}

/**
 * The acts a statement makes, each with how it is told (its stance, "call" or "charge"). Words
 * that open with a verb of calling ("urged the board to …"), follow one ("demanding that the
 * board …") or oblige a party ("the board must resign") are a request; of no act's stance, words
 * told by a verb that charges ("questioned how …") are an accusation. A demand that also accuses
 * (its stance `accuse` or `condemn`: "demands an apology for the lies") is both acts, one row each
 * (the pages' convention); a denial or a threat that demands stays its own act.
 */
function actsOf(s: StatementRow, words: SpeechActWords): Array<[SpeechAct, string]> {
  const stance = words.stances.get(s.stance);
  const call = (stance === undefined || stance.type === "ACCUSE") && isCall(s, words);
  if (stance === undefined) return call ? [[words.request.act, "call"]] : chargedBy(s, words) ? [[words.charge.act, "charge"]] : [];
  return call ? [[stance, s.stance], [words.request.act, "call"]] : [[stance, s.stance]];
}

interface Told {
  row: EventRow;
  speaker: string;
  /** Whom the words aim at by name, before an office named alone ties them to the speaker's own state. */
  aim: string;
  /** The last statement that told this act (a speech act's). */
  last?: StatementRow;
}

/**
 * Whether the statement's sentence holds its act already: an event of the act's type (its verb's
 * entry read the parties better), or any event where the stance is read only from what the clause
 * reports (the speaker's view of that act: derived-acts.ts). A stance whose words open with its
 * own verb (`opensWithVerb`) beside an act of no other side than the speaker's ("urged the party to act,
 * and criticized its record") is an act of its own.
 */
function heldBySentence(s: StatementRow, act: SpeechAct, events: readonly EventRow[], opensWithVerb: boolean): boolean {
  const row = { char_start: s.char_start, char_end: s.char_end };
  const near = events.filter((e) => overlaps(e, row as EventRow));
  if (near.some((e) => e.event_type === act.type)) return true;
  // Its own verb, after an act of no other side: one subject's two predicates.
  const ownSide = s.speaker_country !== "" && near.every((e) => e.actor === "" || e.actor === s.speaker_country);
  return near.length > 0 && !(ownSide && opensWithVerb);
}

const overlaps = (a: EventRow, b: EventRow) => a.char_start < b.char_end && b.char_start < a.char_end;

/**
 * Whether `e` tells the act `row` tells: one actor's act against a target they share. Within
 * one state, from a speaker of none or against no coded target (a charge against a rival
 * candidate, "the moderators") the codes cannot tell two campaigns' accusations apart, so there
 * the act is one only when the same speaker tells it against the same target: right after
 * (`previous`: "X said Y lied. 'He lied to us,' X said"), or at no other occasion than before
 * (sameOccasion); never when each names its occasion and these differ (otherOccasion). Told
 * at another occasion (another channel or day), the speaker's charge is another act, as a
 * campaign's charges are many.
 */
function sameAct(e: Told, made: Told, previous: StatementRow | undefined): boolean {
  const actor = splitCodes(made.row.actor);
  const target = splitCodes(made.row.target);
  if (actor.length === 0 || target.length === 0 || target.some((c) => actor.includes(c))) {
    if (e.speaker !== made.speaker || e.aim !== made.aim || e.last === undefined || otherOccasion(e.last, made.last)) return false;
    return e.last === previous || sameOccasion(e.last, made.last);
  }
  const theirs = splitCodes(e.row.target);
  return e.row.actor === made.row.actor && (theirs.length === 0 ? target.length === 0 : target.some((c) => theirs.includes(c)));
}

/**
 * Whether two statements were made at one occasion: the same channel and date, named alike or
 * left unsaid alike. A speaker's charges told at one hearing or in one interview, with others'
 * words in between, are one act (the guide: one event told in several sentences is one row), and
 * so are charges an article spreads over its paragraphs with no occasion of their own (a report
 * of one interview, of one speech); a charge told at another channel or day is another act.
 */
const sameOccasion = (a: StatementRow, b: StatementRow | undefined) => b !== undefined && a.via === b.via && a.date === b.date;

/**
 * Whether two statements name different occasions: each a channel, or each a date, and these
 * differ ("… Trump told Fox News. 'It's rigged,' Trump said on CNBC"). Told right after one
 * another, they are still two acts; an occasion left unsaid is no other occasion.
 */
const otherOccasion = (a: StatementRow, b: StatementRow | undefined) =>
  b !== undefined && ((a.via !== "" && b.via !== "" && a.via !== b.via) || (a.date !== "" && b.date !== "" && a.date !== b.date));

/**
 * Whether the words said are told by a verb that charges: standing right before them in the
 * sentence ("Delegates questioned how the senator could …") or opening them, the verb being the
 * words' start ("grilled the bank's chief for his role …").
 */
function chargedBy(s: StatementRow, words: SpeechActWords): boolean {
  if (words.charge.opening.test(s.quote)) return true;
  const before = wordsBefore(s);
  return before !== undefined && words.charge.before.test(before);
}

/** Whether the statement is a call: words opening with a verb of calling, not on the speaker's own people, or a call told (calls-told.ts). */
function isCall(s: StatementRow, words: SpeechActWords): boolean {
  if (words.request.opening.test(s.quote)) return !words.request.ownPeople.test(s.quote);
  return calledFor(s, words.request.calls);
}

/** A pledge with no one it is aimed at ("vowed not to repeat the mistake"): a stance, no event (the guide). */
const pledgedToNoOne = (s: StatementRow, words: SpeechActWords) => s.target === "" && words.pledge.test(s.evidence);

/** A speaker of no state that reports rather than acts: an outlet the gazetteer knows, analysts, experts, a report. */
function reportsOnly(s: StatementRow, res: EventResources): boolean {
  if (s.speaker_country) return false;
  return res.gazetteer.lookup(s.speaker.toLowerCase())?.kind === "media" || res.words.statelessHeads.test(s.speaker);
}

/** The event row of a statement's speech act: its speaker's country acts on its target, when it was said. */
function speechActRow(s: StatementRow, act: SpeechAct, res: EventResources, told: string): EventRow {
  const actor = splitCodes(s.speaker_country);
  const target = splitCodes(s.target);
  const summary = summarise({ type: act.type, mode: act.mode, joint: false, actor, target, location: "", status: "occurred" }, res.summaries, res.gazetteer);
  return {
    event_id: "",
    article_id: s.article_id,
    date: s.date,
    date_end: "",
    date_precision: s.date_precision,
    date_text: "",
    event_type: act.type,
    event_mode: act.mode,
    actor: actor.join(";"),
    target: target.join(";"),
    status: "occurred",
    location: "",
    // An uncoded speaker is named by its own words ("Ana Ruiz accuses …"), as an uncoded doer is.
    summary: actor.length === 0 ? `${s.speaker} ${summary}` : summary,
    evidence: s.evidence,
    char_start: s.char_start,
    char_end: s.char_end,
    date_basis: s.date ? "sentence" : "none",
    mentions: 1,
    rule: `speech-act:${told}`,
  };
}

/**
 * The article's events read from its sentences, and after them those its statements' speech acts
 * make. A statement in a heading (`headings`: its spans) makes none: a headline sums up the body,
 * whose telling of the act makes its row, as the events' own headline mentions make none.
 */
export function withSpeechActs(events: EventRow[], statements: readonly StatementRow[], res: EventResources, headings: ReadonlyArray<readonly [number, number]> = [], home?: string): EventRow[] {
  const told = statements.filter((s) => !headings.some(([start, end]) => s.char_start >= start && s.char_start < end));
  return [...events, ...speechActEvents(told, events, res, home)];
}

/** A denial with no target answers the side that last accused the speaker's (denied-accusers.ts). */
function answering(s: StatementRow, charges: readonly Charge[]): StatementRow {
  return s.target !== "" ? s : { ...s, target: accuserBefore(s.char_start, splitCodes(s.speaker_country), charges) };
}

/**
 * A speaker the statement codes with no state, described by a public office ("Massachusetts
 * Sen.", "the appeals court", "Democrats"): the act is its office's state's (public-offices.ts),
 * `home` the state the article is about. Words naming a party of the speaker's own state aim
 * the act at it (ownStateNamed).
 */
function withOfficeState(s: StatementRow, home: string | undefined, res: EventResources): StatementRow {
  const country = s.speaker_country || publicOfficeCodes(`${s.speaker} ${s.speaker_role}`, home, res.words, res.gazetteer).join(";");
  // The statement leaves out the speaker's own state as a target; a charge within one state keeps it.
  const own = s.target === "" && ownStateNamed(s.quote, s.speaker, splitCodes(country), res.gazetteer);
  return { ...s, speaker_country: country, target: own ? country : s.target };
}

/**
 * A charge with no target whose words name an office of the speaker's own state ("the senator
 * lied", "Congress failed the veterans"): the act is aimed at that state (USA→USA, as the guide
 * allows), as a subject described by an office acts for it (publicOfficeCodes). From a speaker of
 * no state (a reader, an advocate), an office named with no state is the article's state's.
 */
function aimedAtOffice(s: StatementRow, home: string | undefined, res: EventResources): StatementRow {
  if (s.target !== "") return s;
  const named = publicOfficeCodes(s.quote, home, res.words, res.gazetteer);
  if (s.speaker_country === "") return named.length > 0 ? { ...s, target: named.join(";") } : s;
  const own = splitCodes(s.speaker_country);
  return named.some((c) => own.includes(c)) ? { ...s, target: s.speaker_country } : s;
}

/**
 * Whether the statement's parties are one state, or a side has none: a campaign's charge against
 * its rival, a reader's against a candidate. Its stance read from what it tells is still its
 * speaker's act, as no other state's act is reported; between two states it is the speaker's
 * view of the other's act (spokenAs).
 */
function withinOneSide(s: StatementRow): boolean {
  const actor = splitCodes(s.speaker_country);
  const target = splitCodes(s.target);
  return actor.length === 0 || target.length === 0 || target.some((c) => actor.includes(c));
}

/** Each stance's speech verbs and nouns as patterns, made once per lexicon: anywhere, and opening the words said. */
const stanceWords = new WeakMap<StatementLexicon, Map<string, { anywhere: RegExp; opening: RegExp }>>();

function stancePatterns(lex: StatementLexicon): Map<string, { anywhere: RegExp; opening: RegExp }> {
  let byStance = stanceWords.get(lex);
  if (!byStance) {
    const forms = new Map<string, Set<string>>();
    const add = (stance: string, form: string) => (forms.get(stance) ?? forms.set(stance, new Set()).get(stance)!).add(form.toLowerCase());
    for (const verbs of lex.verbs.values()) for (const v of verbs) add(v.stance, v.form);
    for (const [noun, stance] of lex.stanceNouns) add(stance, noun);
    byStance = new Map(
      [...forms].map(([stance, f]) => {
        const words = literalAlternatives([...f], { anySpace: true });
        return [stance, { anywhere: new RegExp(`\\b(?:${words})\\b`, "i"), opening: new RegExp(`^(?:${words})\\b`, "i") }];
      }),
    );
    stanceWords.set(lex, byStance);
  }
  return byStance;
}

/**
 * Whether the statement's sentence says its act in words of its stance ("accused", "denied",
 * "called on … to", "its denial"): an act done by speaking. A stance read only from what the
 * reported clause tells ("police said militants killed three people") is the speaker's view of
 * another's act, told as that act's event, not an act of the speaker's own.
 */
const spokenAs = (s: StatementRow, lex: StatementLexicon) => stancePatterns(lex).get(s.stance)?.anywhere.test(s.evidence) ?? false;

/**
 * Whether an accusation's words judge its target in words of blame ("called the treaty a hoax
 * perpetrated by Nordland", "their envoy is a liar"): the speaker's own act of accusing, as a verb of
 * accusing would make it, not a view of an act the words report.
 */
const judged = (s: StatementRow, res: EventResources) => s.stance === "accuse" && evaluates(s.quote, res.speakers);

/**
 * Whether the words said open with a verb of their stance: a predicate of its own ("urged the
 * party to act and criticized its record": "criticized its record"), not a stance word of the
 * sentence that may be another's ("said the rebels were wanted on charges").
 */
const opensWithStance = (s: StatementRow, lex: StatementLexicon) => stancePatterns(lex).get(s.stance)?.opening.test(s.quote) ?? false;
