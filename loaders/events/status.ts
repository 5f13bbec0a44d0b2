/** Status: what a clause says about an act's reality — occurred, planned, alleged or denied. */
import type { DateMention } from "../dates.ts";
import type { EventEntry } from "../event-dictionary.ts";
import type { EventStatus, Party } from "./types.ts";
import { finiteConjunctStart } from "./finite-conjunct.ts";
import { lastIndexOfAny } from "./wording.ts";
import type { EventWords } from "./words.ts";

/**
 * What the clause says about the act's reality, or undefined when it tells no act (a
 * condition, a wish, a negation: "if Pyongyang supplied", "would never send").
 */
export function statusOf(words: EventWords, entry: EventEntry, text: string, ts: number, te: number, actorParty: Party | undefined, attributed: boolean): EventStatus | undefined {
  // The window runs from the clause start, or from the actor when it is nearer
  // ("if Pyongyang supplied": the few words before the actor still count).
  const clauseStart = Math.max(0, lastIndexOfAny(text, ",;:()“”\"—", ts - 1) + 1);
  const actorStart = actorParty && actorParty.end <= ts ? wordStartAfter(text, Math.max(0, actorParty.start - 12)) : -1;
  const windowStart = actorStart < 0 ? clauseStart : actorParty!.anaphor ? actorStart : Math.max(clauseStart, actorStart);
  // "demanded the envoy's departure and expelled him": a finite second conjunct is a clause of its own.
  const before = text.slice(windowStart, ts).slice(finiteConjunctStart(words, text, windowStart, ts, te));
  if (toldAsNoAct(words, entry, text, ts, te, actorParty, clauseStart)) return undefined;
  // "Hungary said it would support …": after a past verb of saying, "would" is the reported
  // "will", a plan, not a condition (an "if" in the clause still makes it none).
  const backshifted = words.backshiftedWould.test(text.slice(Math.max(0, ts - 80), ts));
  // "may send": the modal of the act's own verb tells a possibility ahead, not a condition.
  const possible = words.possibleAct.test(before);
  // "amid fears that Chile could attack Peru": a possibility feared is no act ahead.
  if (possible && words.fearedClause.test(text.slice(Math.max(0, ts - 160), ts))) return undefined;
  // "attempted to assassinate": an attempt at violence is violence.
  const attempted = words.attemptedTypes.has(entry.type) ? before.replace(words.attemptedAct, "") : before;
  const suppressed = words.suppress.test(backshifted ? attempted.replace(words.trailingWould, "") : possible ? attempted.replace(words.possibleAct, "") : attempted);
  // A speech act is made when it is told; one only hoped for, asked for or told of anyone ("could
  // condemn", "urged Iran to denounce", "any party threatening") is none. "pledged that it would
  // stand by": a declaration's "would" is its own. A negated one is read by the caller.
  // "willing to criticise": a speech act a side is disposed to make is none made.
  if (entry.speech) return words.disposedTo.test(before.slice(-60)) || (words.suppress.test(before.replace(words.trailingWould, "")) && !negated(words, text, ts)) ? undefined : "occurred";
  // "if claims of Chilean troops being sent to Peru are true", "called the troops targets if they
  // enter Peru": an act told in a condition (the condition opening its clause, or standing between
  // the words of a trigger) is none told.
  if (words.conditionWithin.test(text.slice(clauseStart, te))) return undefined;
  const denial = words.denial.exec(text.slice(0, ts));
  // "denied attacking Peru": the act's own verb is the denial's complement.
  if (denial && (words.denialComplement.test(text.slice(denial.index + denial[0].length)) || /^\s+$/.test(text.slice(denial.index + denial[0].length, ts)))) return "denied";
  // "told the country to withdraw its contingent": the act a side is told to do is asked for.
  if (suppressed || words.directedAct.test(before)) return undefined;
  // "since Russia launched its invasion", "Ukraine, which it invaded": the war's setting, no news.
  if (entry.type === "ASSAULT" && words.backgroundAct.test(text.slice(Math.max(windowStart, ts - 20), te + 40)) && words.backgroundOpener.test(before)) return undefined;
  // "… since Hamas attacked Israel on October 7": the start of the period the story runs in.
  if (entry.type === "ASSAULT" && words.settingClause.test(before)) return undefined;
  // "a visit by Macron to Algiers is planned for May": the clause's predicate plans the act.
  const nounTrigger = isNounTrigger(entry);
  const plannedAfter = nounTrigger && words.plannedAfter.test(text.slice(te));
  // "a Chilean attack on Peru would be a disaster": the act is a hypothesis.
  if (nounTrigger && words.hypotheticalAfter.test(text.slice(te))) return undefined;
  // "Chile will sanction Peru unless it frees …": a plan on a condition is a threat or an offer,
  // not a plan told; a refusal on one ("will not accept refugees if war starts") is still made.
  // "agreed to supply rifles": the act a verb of agreeing or deciding takes as its infinitive is to come.
  // "are likely to have been shipped": a perfect after a raising word is an act inferred, already past.
  if (words.raisedPerfect.test(before)) return "alleged";
  const controlled = words.controlledAct.test(before) && !words.decisionTypes.has(entry.type);
  if (backshifted || possible || plannedAfter || controlled || words.planned.test(before + text.slice(ts, te))) return entry.type !== "REJECT" && words.conditionAfter.test(text.slice(te)) ? undefined : "planned";
  // "accused Peru of arming rebels": the act a charge names is alleged, whatever its kind.
  // "agreed to provide military aid if either is attacked": an act promised on a condition is none told.
  if (INFINITIVE_BEFORE.test(before) && words.conditionAfter.test(text.slice(te))) return undefined;
  if (words.hedged.test(before) || words.allegingFrame.test(text.slice(Math.max(0, ts - 200), ts))) return "alleged";
  if (entry.contested && (attributed || words.hedged.test(text) || words.reported.test(text))) return "alleged";
  return "occurred";
}

/** Whether the entry's trigger is a noun ("summit", "invasion"), not a verb. */
const isNounTrigger = (entry: EventEntry) => entry.noun || (entry.trigger.pos.has("NOUN") && !entry.trigger.pos.has("VERB"));

/** A trigger that is an -ing form ("providing", "sending"). */
const GERUND = /^[\p{L}-]+ing\b/iu;

/**
 * Whether the words around the trigger frame the act as none told: asked, readied, requested,
 * exposed to, forbidden, averted, feared, unknown, stopped, refused or rehearsed.
 */
function toldAsNoAct(words: EventWords, entry: EventEntry, text: string, ts: number, te: number, actorParty: Party | undefined, clauseStart: number): boolean {
  // "Will Peru send troops to Chile?": a question asks whether an act happens, it tells none;
  // "demanded that Peru withdraw": nor does a request, of what it asks for.
  if (askedInQuestion(text, te)) return true;
  // "prepared to resume shelling": the readiness is the act told (a mobilisation), not the attack.
  if (words.readinessTypes.has(entry.type) && words.readiedAct.test(text.slice(Math.max(0, ts - 60), ts))) return true;
  if (actorParty && actorParty.end <= ts && words.requestedContent.test(text.slice(Math.max(0, actorParty.start - 80), actorParty.start))) return true;
  // "troops vulnerable to drone attacks": an act a side is exposed to is none told; "an embargo
  // on arms sales": one forbidden neither.
  const lead = text.slice(Math.max(0, ts - 60), ts);
  if (words.exposedTo.test(lead) || (!entry.speech && words.forbidden.test(lead))) return true;
  // "warned Peru against sending troops", "has the capability to strike", "bracing for a Chilean
  // attack": an act kept from happening, one a side could do or one feared is none told.
  if (words.averted.test(lead) || words.capacityFor.test(lead) || (!entry.speech && words.anticipated.test(lead))) return true;
  // "a possible Russian invasion of Estonia", "potential strikes on Iran": an act's noun said to be possible tells none.
  if (isNounTrigger(entry) && words.possibleNoun.test(lead)) return true;
  // "his support for providing Peru with weapons": a gerund a noun of advocacy takes is argued over.
  if (words.advocatedFor.test(lead) && GERUND.test(text.slice(ts, te))) return true;
  // "there is no evidence that more troops are entering": an act said not to be known.
  if (words.unfounded.test(lead)) return true;
  // "ended its mediation", "suspended arms sales to": an act stopped is none told; "rejected
  // an offer to host talks": nor is one only proposed, in a proposal turned down.
  if (!entry.speech && (words.stopped.test(lead) || words.refusedProposal.test(text.slice(clauseStart, ts)))) return true;
  // "bombing drills", "strike exercises": an act named as what an exercise practises is none told.
  if (!entry.speech && words.rehearsed.test(text.slice(te, te + 40))) return true;
  return false;
}

/** The infinitive's "to" right before the trigger ("agreed to provide"). */
const INFINITIVE_BEFORE = /\bto\s+$/i;

/**
 * Whether the trigger's clause is a question: the first mark that ends a sentence after it is
 * "?" ("Could Chile sanction Peru?"), unless a quotation closes before it ("'Why?' he asked"
 * asks about the quotation, not the act).
 */
function askedInQuestion(text: string, te: number): boolean {
  const end = /[.!?]/.exec(text.slice(te));
  return end?.[0] === "?" && !/["”]/.test(text.slice(te, te + end.index));
}

/**
 * The sentence with the words of its dates blanked (their letters and digits turned to spaces,
 * offsets and punctuation kept): what the status words are read in. "reported in May that
 * Chile had supplied …": the month the analysis layer dated is no modal "may".
 */
export function withoutDates(text: string, dates: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const d of dates) out = out.slice(0, d.start) + out.slice(d.start, d.end).replace(/[\p{L}\p{N}]/gu, " ") + out.slice(d.end);
  return out;
}

/**
 * Whether the clause negates the act ("his government had not transferred any weapons",
 * "never sent"): the words of negation before the trigger in its clause.
 */
export function negated(words: EventWords, text: string, ts: number): boolean {
  const clauseStart = Math.max(0, lastIndexOfAny(text, ",;:()“”\"—", ts - 1) + 1);
  return words.negation.test(text.slice(clauseStart, ts));
}

/** How long before the article a war's opening act must lie to be the story's setting. */
const SETTING_DAYS = 365;

/**
 * "Russia launched its full-scale invasion of Ukraine in February 2022" in an article of
 * 2025: a war's opening act (an invasion, an all-out attack) dated a year or more before the
 * article is the setting of the story, told as background, not an act it reports.
 */
export function isSetting(words: EventWords, entry: EventEntry, text: string, ts: number, te: number, date: DateMention | undefined, published: string): boolean {
  if (entry.type !== "ASSAULT" || !date || !published) return false;
  if (!words.backgroundAct.test(text.slice(Math.max(0, ts - 20), te + 40))) return false;
  const days = (Date.parse(published) - Date.parse(date.lastDay)) / 86_400_000;
  return days >= SETTING_DAYS;
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/**
 * `at`, or the start of the next word when `at` cuts into one: the tail of "Republican nominee
 * Ana Ruiz" twelve characters before the name is "can nominee", a modal the window must not read.
 */
function wordStartAfter(text: string, at: number): number {
  let i = at;
  while (i > 0 && i < text.length && WORD_CHAR.test(text[i - 1]) && WORD_CHAR.test(text[i])) i++;
  return i;
}
