/**
 * Merging: one row per event per article. Mentions of the same type between the same
 * parties, with compatible dates, status and speakers, are one event.
 */
import type { DateMention } from "../dates.ts";
import type { PloverType } from "../plover.ts";
import { MergeCandidates } from "./merge-candidates.ts";
import type { EventStatus, Mention } from "./types.ts";
import type { RecurringActs } from "./words-patterns.ts";
import { intersects, listOf } from "./wording.ts";

export interface MergedEvent {
  mentions: Mention[];
  anchor: Mention;
  actor: string[];
  target: string[];
  status: EventStatus;
  date?: DateMention;
  dateBasis: "sentence" | "context" | "none";
  location: string;
  /** The mentions' voices and sentences, indexed as they join (see addMention). */
  index: MentionIndex;
}

/**
 * What merging asks of an event's mentions, kept as sets as they join, so that a long
 * article whose events gather thousands of mentions does not go over all of them for each new one.
 */
interface MentionIndex {
  speakerKeys: Set<string>;
  /** A dated-to-the-day voice: date, actor codes, whether a state speaks (see sameVoice). */
  dayVoices: Set<string>;
  /** Actor codes and whether a state speaks (see speakersMatch). */
  sides: Set<string>;
  /** The mentions in each sentence, by sentence index. */
  bySentence: Map<number, Mention[]>;
  /** Every code the event's actor and target have had (see mayJoin). */
  codes: Set<string>;
  /** The people whose acts in person (visits) the mentions tell. */
  persons: Set<string>;
  /** The named people or bodies the mentions' actors are (Mention.doer), mutual acts aside. */
  doers: Set<string>;
}

const voiceKey = (...parts: Array<string | boolean>) => parts.join("\u0000");

function newEvent(m: Mention): MergedEvent {
  const index: MentionIndex = { speakerKeys: new Set(), dayVoices: new Set(), sides: new Set(), bySentence: new Map(), codes: new Set([...m.actor, ...m.target]), persons: new Set(), doers: new Set() };
  const e: MergedEvent = { mentions: [], anchor: m, actor: m.actor, target: m.target, status: m.status, date: m.date, dateBasis: m.date ? "sentence" : "none", location: m.location, index };
  addMention(e, m);
  return e;
}

/** Adds a mention to an event and to its indexes. */
export function addMention(e: MergedEvent, x: Mention): void {
  e.mentions.push(x);
  const { index } = e;
  index.speakerKeys.add(x.speakerKey);
  if (x.date && x.date.precision === "day") index.dayVoices.add(voiceKey(x.date.date, sortedKey(x.actor), x.speakerLevel === "state"));
  index.sides.add(voiceKey(sortedKey(x.actor), x.speakerLevel === "state"));
  listOf(index.bySentence, x.index).push(x);
  if (x.person) index.persons.add(x.person);
  if (x.doer && !x.symmetric) index.doers.add(x.doer);
}

/**
 * Whether the event's doer and the mention's are two named people or bodies ("a visit from
 * Gov. Ruiz … followed by a trip by Sen. Cole"): acts of two doers are two acts, whatever
 * their codes, when told in one sentence or each with its own date. An undated telling by
 * another official of the same side restates the side's act ("Putin is seeking shells" after
 * "the defence minister travelled there in July seeking munitions"). A mutual act has a doer
 * on each side, so it is not asked.
 */
function doersDiffer(e: MergedEvent, m: Mention): boolean {
  if (!m.doer || m.symmetric || e.anchor.symmetric) return false;
  if (e.anchor.sentence.index !== m.sentence.index && !(e.date && m.date)) return false;
  const { doers } = e.index;
  return doers.size > 1 || (doers.size === 1 && !doers.has(m.doer));
}

/** Whether one of the event's mentions tells an act in person by someone other than `person`. */
function hasOtherPerson(e: MergedEvent, person: string): boolean {
  const { persons } = e.index;
  return persons.size > 1 || (persons.size === 1 && !persons.has(person));
}

/** Whether one of the event's mentions is in the same voice as `m` (`e.mentions.some((x) => sameVoice(x, m))`). */
function hasSameVoice(e: MergedEvent, m: Mention): boolean {
  if (e.index.speakerKeys.has(m.speakerKey)) return true;
  return !!m.date && e.index.dayVoices.has(voiceKey(m.date.date, sortedKey(m.actor), m.speakerLevel !== "state"));
}

const PRECISION_RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3 };

function span(d: DateMention): [string, string] {
  return [d.date, d.lastDay];
}

function datesCompatible(a?: DateMention, b?: DateMention): boolean {
  if (!a || !b) return true;
  const [as, ae] = span(a);
  const [bs, be] = span(b);
  return as <= be && bs <= ae;
}

/** No act recurs: every telling of the same parties and dates is one event (headlines, tests). */
const NONE: RecurringActs = { types: new Set(), modes: new Set() };

const sortedKeys = new WeakMap<readonly string[], string>();

/** The codes sorted and joined: the same parties in any order give one key. Code arrays are never changed in place, so each is keyed once. */
export function sortedKey(codes: string[]): string {
  let key = sortedKeys.get(codes);
  if (key === undefined) sortedKeys.set(codes, (key = [...codes].sort().join(";")));
  return key;
}

const partyKeys = new WeakMap<readonly string[], WeakMap<readonly string[], string>>();

/** The sortedKey of actor and target together, kept per pair of arrays (partiesMatch asks it of every event for every mention). */
export function partiesKey(actor: string[], target: string[]): string {
  let byTarget = partyKeys.get(actor);
  if (!byTarget) partyKeys.set(actor, (byTarget = new WeakMap()));
  let key = byTarget.get(target);
  // A side named as actor and target both ("Chile and Peru signed … with Peru") counts once.
  if (key === undefined) byTarget.set(target, (key = sortedKey([...new Set([...actor, ...target])])));
  return key;
}

/** Whether the mention names the event's parties (either way round for mutual or undirected acts). */
function partiesMatch(e: MergedEvent, m: Mention): boolean {
  const a = e.anchor;
  if (a.symmetric || m.symmetric || a.undirected || m.undirected) {
    const pa = partiesKey(e.actor, e.target);
    const pm = partiesKey(m.actor, m.target);
    if (pa === pm) return true;
    // A mention naming only the actor ("Putin's June 19 visit") fits an event with a target;
    // a mutual act told by one of its sides ("at the start of their talks", Russian side) too.
    if (m.target.length === 0 && sortedKey(m.actor) === sortedKey(e.actor)) return true;
    if (!(a.symmetric || m.symmetric)) return false;
    if (m.target.length === 0 && m.actor.every((c) => e.actor.includes(c) || e.target.includes(c))) return true;
    // And the other way round: the event told first by one of its sides, then by both with a date
    // ("the treaty was signed in Pyongyang on June 19" and "the treaty Russia and North Korea signed in June").
    return a.symmetric && !!m.date && e.target.length === 0 && e.actor.every((c) => m.actor.includes(c) || m.target.includes(c));
  }
  if (sortedKey(e.actor) !== sortedKey(m.actor)) return false;
  // One speaker's accusation told over two sentences may name its targets differently.
  if (m.speech && m.speakerKey && hasSameVoice(e, m) && intersects(e.target, m.target)) return true;
  return e.target.length === 0 || m.target.length === 0 || sortedKey(e.target) === sortedKey(m.target);
}

/** Whether a speech act is the same speaker's (or its state's) as the event's. */
function speakersMatch(e: MergedEvent, m: Mention): boolean {
  if (!m.speech) return true;
  if (m.speakerKey && hasSameVoice(e, m)) return true;
  if (e.date || m.date) return false;
  // "Washington has warned …" and Sullivan's "they will pay a price": the state and its official.
  // Likewise a state and its state media or ministry ("North Korea threatened …", KCNA's commentary).
  return e.index.sides.has(voiceKey(sortedKey(m.actor), m.speakerLevel !== "state"));
}

/** Whether the mention tells an act of a kind that recurs between the same sides (strikes, launches). */
function isRecurring(recurring: RecurringActs, m: Mention): boolean {
  return recurring.types.has(m.type) || recurring.modes.has(m.mode);
}

/**
 * Whether a mention of an act of a kind that recurs (strikes, launches, drills) tells the event
 * again rather than another act of that kind: it is in a sentence telling the event, both
 * tellings are dated (datesCompatible has checked they overlap), or one of them tells the act as
 * told before ("the strike", a doer taken from it).
 */
function toldAgain(e: MergedEvent, m: Mention): boolean {
  return e.index.bySentence.has(m.sentence.index) || !!(e.date && m.date) || !!m.toldBefore || !!e.anchor.toldBefore;
}

/**
 * Whether a mention tells the same event: same type, parties, speakers, dates and status.
 * `recurring`: the acts that recur (by type and by mode), each telling a new act unless told again (toldAgain).
 */
export function compatible(e: MergedEvent, m: Mention, recurring: RecurringActs = NONE): boolean {
  if (e.anchor.type !== m.type) return false;
  // An actor with no code is one only in its own sentence.
  if ((e.actor.length === 0 || m.actor.length === 0) && e.anchor.sentence.index !== m.sentence.index) return false;
  // Two doers, or two dates that do not overlap, are two acts, even in one sentence
  // ("attacked a post on Monday and a base on Wednesday").
  if (doersDiffer(e, m) || !datesCompatible(e.date, m.date)) return false;
  // Visits by two people are two visits ("Belousov arrived for a visit" after "Putin's visit in June").
  if (m.person && hasOtherPerson(e, m.person)) return false;
  // One sentence, one actor, one act, unless it tells a plan beside a deed ("has sent
  // troops to Russia and will likely deploy them to fight in Ukraine").
  const samePlan = (e.status === "planned") === (m.status === "planned") || !m.target.length || !e.target.length || sortedKey(e.target) === sortedKey(m.target);
  if (e.anchor.sentence.index === m.sentence.index && sortedKey(e.actor) === sortedKey(m.actor) && samePlan) return true;
  // "met Putin at the Kremlin … at the end of a week-long visit to Russia": one occasion.
  if (e.anchor.sentence.index === m.sentence.index && (e.anchor.symmetric || m.symmetric) && intersects([...e.actor, ...e.target], [...m.actor, ...m.target])) return true;
  // Launches, tests, drills and deployments are different acts of one type.
  // So are arms, technology and economic aid supplied by one side to another.
  if ((e.anchor.type === "MOBILIZE" || e.anchor.type === "AID") && e.anchor.mode !== m.mode) return false;
  // A protest lodged with an envoy is a démarche of its own, not the condemnation told the same week.
  if (e.anchor.type === "ACCUSE" && (e.anchor.mode === "complaint") !== (m.mode === "complaint")) return false;
  if (e.anchor.type === "AID" && e.anchor.sentence.index !== m.sentence.index && countsDiffer(e.anchor, m)) return false;
  if (!partiesMatch(e, m) || !speakersMatch(e, m)) return false;
  if (isRecurring(recurring, m) && !toldAgain(e, m)) return false;
  // A contested act told once as fact and once as a claim is one act, alleged.
  const same = e.status === m.status || (contestedPair(e, m) && statusClass(e.status) === statusClass(m.status));
  if (e.date && m.date) return same;
  // "… set to veto the bill. … the veto will be overridden": an undated act named as told
  // before is the event told, whatever its own clause says of it.
  if (!e.date && !m.date) return same || (m.toldBefore === true && m.status === "occurred");
  // An undated mention joins the dated telling of the same event.
  return same || m.status === "occurred";
}

/** Two deliveries of different counts ("15 tanks", "six tanks"; moved-count.ts) are two acts. */
function countsDiffer(a: Mention, b: Mention): boolean {
  return a.moved !== undefined && b.moved !== undefined && a.moved !== b.moved;
}

function contestedPair(e: MergedEvent, m: Mention): boolean {
  return !!(e.anchor.entry?.contested && m.entry?.contested);
}

/** Occurred and alleged are one reality class for contested acts; planned and denied are not. */
function statusClass(s: EventStatus): string {
  return s === "alleged" ? "occurred" : s;
}

/**
 * One row per event per article: mentions of the same type between the same parties,
 * with compatible dates and status, are one event. Dated mentions come first (the most
 * precise first), so the row is anchored on the sentence that gives the date, or else on
 * the first mention.
 */
export function mergeMentions(mentions: Mention[], recurring: RecurringActs = NONE): MergedEvent[] {
  const order = [...mentions].sort((a, b) => {
    const ra = a.date ? PRECISION_RANK[a.date.precision] : 9;
    const rb = b.date ? PRECISION_RANK[b.date.precision] : 9;
    return ra - rb || a.sentence.start + a.ts - (b.sentence.start + b.ts);
  });
  const events: MergedEvent[] = [];
  const candidates = new MergeCandidates(sortedKey, partiesKey);
  for (const m of order) {
    const best = bestFit(candidates, m, recurring);
    if (best) {
      addMention(best, m);
      candidates.joined(best, m);
      if (contestedPair(best, m) && m.status === "alleged") best.status = "alleged";
      // "Blinken said … were sent … and condemned the deployment": the speech verb's own
      // mention is the row, with the parties of both.
      if (best.anchor.rule === "derived-accusation" && m.entry?.speech && m.sentence.index === best.anchor.sentence.index) {
        best.anchor = m;
        best.target = [...new Set([...m.target, ...best.target])].filter((c) => !best.actor.includes(c));
      }
      if (best.target.length === 0 && m.target.length > 0) {
        // A mutual act told first by one of its sides takes both sides as the mention names them.
        if (best.anchor.symmetric && m.target.some((c) => best.actor.includes(c))) best.actor = m.actor;
        best.target = m.target;
      }
      if (best.anchor.undirected && !m.undirected && m.type === "AID" && m.target.length > 0) {
        best.actor = m.actor;
        best.target = m.target;
      }
      if (best.anchor.sentence.index === m.sentence.index && !m.speech) best.target = [...new Set([...best.target, ...m.target])].filter((c) => !best.actor.includes(c) || best.anchor.domestic || m.domestic);
      if (!best.location && m.location) best.location = m.location;
      for (const c of [...best.actor, ...best.target]) best.index.codes.add(c);
      candidates.update(best);
      continue;
    }
    const event = newEvent(m);
    events.push(event);
    candidates.add(event);
  }
  return events;
}

/**
 * A cheap test that lets most events of a long article be passed over: an event a mention
 * is compatible with is anchored in the mention's sentence or shares a code with the
 * mention's actor (every branch of partiesMatch implies one; merged mentions have an actor),
 * or for a mutual act told by one side, with the mention's target.
 */
function mayJoin(e: MergedEvent, m: Mention): boolean {
  return e.anchor.sentence.index === m.sentence.index || m.actor.some((c) => e.index.codes.has(c)) || (e.anchor.symmetric && m.target.some((c) => e.index.codes.has(c)));
}

/**
 * The compatible event the mention joins: the least rankFit, the earliest made among equals. The rank is
 * cheap and compatible is not, so an event that could not beat the best so far is not tried: a long
 * article offers an undated mention every event of its parties.
 */
function bestFit(candidates: MergeCandidates, m: Mention, recurring: RecurringActs): MergedEvent | undefined {
  let best: MergedEvent | undefined;
  let bestRank = Infinity;
  let bestMade = Infinity;
  for (const e of candidates.of(m, isRecurring(recurring, m))) {
    const rank = rankFit(e, m);
    const made = candidates.madeIndex(e);
    if (rank > bestRank || (rank === bestRank && made > bestMade)) continue;
    if (!mayJoin(e, m) || !compatible(e, m, recurring)) continue;
    best = e;
    bestRank = rank;
    bestMade = made;
  }
  return best;
}

function rankFit(e: MergedEvent, m: Mention): number {
  let rank = 0;
  if (e.status !== m.status) rank += 4;
  if (e.anchor.mode !== m.mode) rank += 2;
  rank += Math.abs(e.anchor.sentence.index - m.sentence.index) / 1000;
  return rank;
}
