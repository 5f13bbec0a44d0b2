/**
 * The events a mention may join (merging.ts), found by key instead of by trying every event
 * of the mention's type: in a long article the events of one type and parties number in
 * the thousands, and trying each against each new mention made merging quadratic.
 *
 * The keys follow `compatible`: an event outside the mention's sentence joins only if
 * `partiesMatch`, and each branch of that needs the event's actor codes to equal the
 * mention's, or its actor and target codes together to equal the mention's, or (a mutual
 * act named by one side) the event or the mention to be mutual and the mention to have no
 * target, or the event to be mutual and have no target and the mention a date. Outside the
 * mention's sentence the event's date must also overlap the mention's (an event's date is
 * its first mention's and does not change while merging), so each key's events are filed
 * by the months their dates cover. The candidates are a superset of the
 * events `compatible` accepts; the caller picks among them by rank and then by the order
 * the events were made (madeIndex).
 */
import type { DateMention } from "../dates.ts";
import type { PloverType } from "../plover.ts";
import type { MergedEvent } from "./merging.ts";
import type { Mention } from "./types.ts";

/** What an event is found by; each changes only when a mention joins it. */
interface EventKeys {
  sentence: string;
  /** Whether the event's first telling names an act told before ("the strike"): any later telling of a recurring act may join it. */
  toldBefore: string;
  actor: string;
  parties: string;
  mutual: string;
  type: string;
}

/** A span this many months long or longer is filed with the undated events: few are, and each would fill many cells. */
const WIDE_MONTHS = 24;

/** The months ("2024-06") a date covers, from its first day to its last; undefined for none or a wide span. */
function monthsOf(date: DateMention | undefined): string[] | undefined {
  if (!date) return undefined;
  let year = Number(date.date.slice(0, 4));
  let month = Number(date.date.slice(5, 7));
  const last = Number(date.lastDay.slice(0, 4)) * 12 + Number(date.lastDay.slice(5, 7));
  if (!(last - (year * 12 + month) < WIDE_MONTHS)) return undefined;
  const months: string[] = [];
  for (; year * 12 + month <= last; month === 12 ? ((month = 1), year++) : month++) months.push(`${year}-${month}`);
  return months;
}

/** The events filed under one key: all of them, the undated ones, and the dated by the months their dates cover. */
class Bucket {
  readonly all = new Set<MergedEvent>();
  private readonly undated = new Set<MergedEvent>();
  /** Events with a wide date: they may overlap any date. */
  private readonly wide = new Set<MergedEvent>();
  private readonly byMonth = new Map<string, Set<MergedEvent>>();

  add(e: MergedEvent): void {
    this.all.add(e);
    const months = monthsOf(e.date);
    if (!e.date) this.undated.add(e);
    else if (!months) this.wide.add(e);
    else for (const month of months) setOf(this.byMonth, month).add(e);
  }

  delete(e: MergedEvent): void {
    this.all.delete(e);
    this.undated.delete(e);
    this.wide.delete(e);
    for (const month of monthsOf(e.date) ?? []) this.byMonth.get(month)?.delete(e);
  }

  /**
   * The events whose dates may overlap the mention's `date` (every event when it has none or a
   * wide one); with `datedOnly`, only the dated ones among them.
   */
  overlapping(date: DateMention | undefined, found: Set<MergedEvent>, datedOnly = false): void {
    const months = monthsOf(date);
    const add = (e: MergedEvent) => found.add(e);
    if (!datedOnly) {
      if (!months) return this.all.forEach(add);
      this.undated.forEach(add);
    } else if (!date) return;
    else if (!months) return this.all.forEach((e) => e.date && found.add(e));
    this.wide.forEach(add);
    for (const month of months) this.byMonth.get(month)?.forEach(add);
  }
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

export class MergeCandidates {
  private readonly made = new Map<MergedEvent, number>();
  private readonly keys = new Map<MergedEvent, EventKeys>();
  private readonly byKey = new Map<string, Bucket>();
  /** Keys read only whole (a sentence, told before): a set each, without the dates' filing. */
  private readonly plain = new Map<string, Set<MergedEvent>>();

  /** `sortedKey` of a list of codes, `pairKey` of an actor's and a target's together (kept per pair of arrays: a list joined anew for each mention would be keyed anew). */
  constructor(
    private readonly sortedKey: (codes: string[]) => string,
    private readonly pairKey: (actor: string[], target: string[]) => string,
  ) {}

  /** Adds a new event, after every event already added. */
  add(e: MergedEvent): void {
    this.made.set(e, this.made.size);
    const keys = this.keysOf(e);
    this.keys.set(e, keys);
    for (const name of KEY_NAMES) this.file(name, keys[name], e);
  }

  /** Files the event again under its keys after a mention joined it (its parties or anchor may have changed). */
  update(e: MergedEvent): void {
    const before = this.keys.get(e)!;
    const after = this.keysOf(e);
    for (const name of KEY_NAMES) {
      if (before[name] === after[name]) continue;
      if (PLAIN_KEYS.has(name)) this.plain.get(before[name])?.delete(e);
      else this.byKey.get(before[name])?.delete(e);
      this.file(name, after[name], e);
    }
    this.keys.set(e, after);
  }

  /** Files the event under the sentence of a mention that joined it: a recurring act told there again may join it (merging.ts's toldAgain). */
  joined(e: MergedEvent, m: Mention): void {
    setOf(this.plain, toldInKey(m.type, m.sentence.index)).add(e);
  }

  /**
   * The events of the mention's type that may be compatible with it, in no order (made() gives each event's place).
   * `recurring`: the mention tells an act that recurs (strikes, launches), so unless it names
   * the act as told before it joins only events told in its sentence, told as before, or
   * dated as it is (toldAgain): the many undated acts of its parties are passed over.
   */
  of(m: Mention, recurring = false): MergedEvent[] {
    const found = new Set<MergedEvent>();
    this.plain.get(sentenceKey(m.type, m.sentence.index))?.forEach((e) => found.add(e));
    const datedOnly = recurring && !m.toldBefore;
    if (datedOnly) {
      this.plain.get(toldInKey(m.type, m.sentence.index))?.forEach((e) => found.add(e));
      this.plain.get(toldBeforeKey(m.type, true))?.forEach((e) => found.add(e));
    }
    const gather = (key: string) => this.byKey.get(key)?.overlapping(m.date, found, datedOnly);
    // A mutual mention naming one side may join any event that holds its actor: the caller's mayJoin decides.
    if (m.symmetric && m.target.length === 0) gather(typeKey(m.type));
    else {
      gather(actorKey(m.type, this.sortedKey(m.actor)));
      gather(partiesKey(m.type, this.pairKey(m.actor, m.target)));
      // A dated mention naming both sides may join a mutual event told by one side.
      if (m.target.length === 0 || m.date) gather(mutualKey(m.type, true));
    }
    return [...found];
  }

  /** The order in which the event was added: the first is 0. */
  madeIndex(e: MergedEvent): number {
    return this.made.get(e)!;
  }

  private file(name: KeyName, key: string, e: MergedEvent): void {
    if (PLAIN_KEYS.has(name)) return void setOf(this.plain, key).add(e);
    let bucket = this.byKey.get(key);
    if (!bucket) this.byKey.set(key, (bucket = new Bucket()));
    bucket.add(e);
  }

  private keysOf(e: MergedEvent): EventKeys {
    const type = e.anchor.type;
    return {
      sentence: sentenceKey(type, e.anchor.sentence.index),
      toldBefore: toldBeforeKey(type, !!e.anchor.toldBefore),
      actor: actorKey(type, this.sortedKey(e.actor)),
      parties: partiesKey(type, this.pairKey(e.actor, e.target)),
      mutual: mutualKey(type, e.anchor.symmetric),
      type: typeKey(type),
    };
  }
}

type KeyName = keyof EventKeys;
const KEY_NAMES: readonly KeyName[] = ["sentence", "toldBefore", "actor", "parties", "mutual", "type"];
const PLAIN_KEYS: ReadonlySet<KeyName> = new Set(["sentence", "toldBefore"]);

const sentenceKey = (type: PloverType, index: number) => `${type} sentence ${index}`;
const toldInKey = (type: PloverType, index: number) => `${type} told in ${index}`;
const toldBeforeKey = (type: PloverType, told: boolean) => `${type} told before ${told}`;
const actorKey = (type: PloverType, codes: string) => `${type} actor ${codes}`;
const partiesKey = (type: PloverType, codes: string) => `${type} parties ${codes}`;
const mutualKey = (type: PloverType, mutual: boolean) => `${type} mutual ${mutual}`;
const typeKey = (type: PloverType) => `${type} any`;
