/**
 * Attributions: who the sentence says spoke ("…, Kirby said Thursday", "according to
 * Seoul", "the vice president said"), and which words that speech covers.
 */
import type { DateMention } from "../dates.ts";
import { allMatches } from "../text.ts";
import { reportDate } from "./mention-dates.ts";
import type { ArticleMemory } from "./memory.ts";
import { homeCodes } from "./home-country.ts";
import { afterPreposition } from "./parties.ts";
import { insideQuote } from "./quotations.ts";
import { relayedSpeaker } from "./relayed-speakers.ts";
import type { Attribution, Party, SpeakerLevel } from "./types.ts";
import type { EventWords } from "./words.ts";
import { firstMatch, lastIndexOfAny, wordCount } from "./wording.ts";

/**
 * An attribution of a speech verb. A literal, not a spread of the verb's fields: V8 copies
 * a spread that adds fields slowly, and there is one per speech verb.
 */
function attributionOf(said: { start: number; end: number; verb: string; date?: DateMention }, codes: string[], key: string, level: SpeakerLevel, stateless: boolean): Attribution {
  return { start: said.start, end: said.end, verb: said.verb, date: said.date, codes, key, level, stateless };
}

/** The speakers the sentence names, one per speech verb outside a quotation, with the date each spoke. */
export function findAttributions(memory: ArticleMemory, text: string, parties: Party[], dates: DateMention[], quotes: Array<[number, number]>): Attribution[] {
  const out: Attribution[] = [];
  for (const m of allMatches(memory.res.speechVerbs, text)) {
    const start = m.index;
    const end = start + m[0].length;
    // "United States Defense Secretary": a word of a party's name is no speech verb.
    if (insideQuote(quotes, start) || parties.some((p) => p.start <= start && end <= p.end)) continue;
    const verb = m[0].toLowerCase();
    let speaker: Party | undefined;
    let description = "";
    if (verb === "according to" || verb === "report that") {
      speaker = verb === "according to" ? parties.find((p) => p.start >= end && p.start - end <= 6) : undefined;
      // "according to the Foreign Ministry": a speaker described, up to the clause's end.
      if (!speaker && verb === "according to") description = ACCORDING_TO_DESCRIPTION.exec(text.slice(end))?.[1] ?? "";
    } else {
      // "said Kirby", "said Kim Son-gyong, undersecretary …": the speaker follows the verb.
      // After "told" stands the listener ("Choe told Russian Foreign Minister Lavrov").
      speaker = /^tell|^told/.test(verb) ? undefined : parties.find((p) => p.start >= end && p.start - end <= 2 && p.person) ?? invertedSpeaker(memory.res.words, text, parties, end);
      if (!speaker) {
        const clauseStart = Math.max(0, lastIndexOfAny(text, ",”\"", start - 1) + 1);
        // The speaker stands in the verb's own clause; only right after an appositive
        // ("Pak Jong Chon, one of …, said") is it looked for before the comma.
        const appositive = text.slice(clauseStart, start).trim() === "";
        // A list of parties is one speaker though its commas open clauses ("The US, Britain and France said").
        const candidates = parties.filter((p) => p.end <= start && (appositive ? p.end >= clauseStart - ASIDE_REACH : p.end > clauseStart));
        const last = appositive ? candidates[candidates.length - 1] : placedHead(memory.res.words, text, candidates);
        // "France, citing intelligence it said had been shared, said": one aside set off by commas, however long.
        // A party inside a relative clause set off by commas ("Austin, who said … Ukraine, announced") is not the speaker.
        const inAside = appositive && last !== undefined && memory.res.words.asideOpener.test(text.slice(Math.max(0, last.start - ASIDE_REACH), last.start));
        const nearest = last && !inAside && wordCount(text.slice(last.end, start)) <= 6 ? last : appositive ? [...candidates].reverse().find((p) => ONE_ASIDE.test(text.slice(p.end, start))) : undefined;
        if (nearest && !/[“"]/.test(text.slice(nearest.end, start))) {
          // "Pak Jong Chon, one of North Korea's top military officials, said": keep the person.
          const person = [...candidates].reverse().find((p) => p.person && p.codes.join() === nearest.codes.join() && nearest.start - p.end <= 40);
          speaker = person ?? nearest;
        }
        description = text.slice(clauseStart, start).trim();
      }
    }
    const date = reportDate(memory.res.words, text, dates, start, end);
    const attribution = describeSpeaker(memory, verb, start, end, speaker, description, date);
    // "according to a media report citing Chilean intelligence": the side cited speaks, though the channel is no speaker.
    const relayed = relayedSpeaker(memory.res.words, text, parties, attribution ?? attributionOf({ start, end, verb, date }, [], "", "description", true));
    if (relayed ?? attribution) out.push((relayed ?? attribution)!);
  }
  return out;
}

/**
 * "earlier claims by the United States suggesting that …", "reports from Seoul that …": a
 * claim noun whose speaker follows after "by" or "from" attributes what comes after it. The
 * claimant accuses the sides of the acts it reports; it is no speaker of the sentence's
 * speech acts ("Asked about the accusation by the three countries, the Kremlin denied it").
 */
export function claimsBy(memory: ArticleMemory, text: string, parties: Party[], dates: DateMention[], quotes: Array<[number, number]>): Attribution[] {
  const out: Attribution[] = [];
  for (const m of allMatches(memory.res.words.claimBy, text)) {
    // The party may hold its article ("the United States").
    const at = m.index + m[0].length;
    const speaker = parties.find((p) => p.start <= at && p.end > at && p.codes.length > 0 && !p.modifier);
    if (!speaker || insideQuote(quotes, m.index)) continue;
    const noun = m[0].split(/\s+/)[0].toLowerCase();
    const attribution = describeSpeaker(memory, noun, m.index, speaker.end, speaker, "", reportDate(memory.res.words, text, dates, m.index, speaker.end));
    if (attribution) out.push(attribution);
  }
  return out;
}

/**
 * The speaker among the parties before the verb: the nearest, unless a preposition right
 * after the party before it places it ("The Red Cross working in Chad said", "Chad's
 * envoy in Niger said"): then the party it qualifies.
 */
function placedHead(words: EventWords, text: string, candidates: Party[]): Party | undefined {
  const nearest = candidates[candidates.length - 1];
  const head = candidates[candidates.length - 2];
  if (!nearest || !head || !afterPreposition(words, text, nearest.start) || afterPreposition(words, text, head.start)) return nearest;
  return PLACING_GAP.test(text.slice(head.end, nearest.start)) ? head : nearest;
}

/** Between a party and the place that qualifies it: a preposition and its determiner, after a participle or a noun ("operating in", "'s envoy in"). */
const PLACING_GAP = /^(?:['’]s)?\s+(?:[a-z]+\s+)?[a-z]+\s+(?:the\s+)?$/;

function describeSpeaker(memory: ArticleMemory, verb: string, start: number, end: number, speaker: Party | undefined, description: string, date?: DateMention): Attribution | undefined {
  const said = { start, end, verb, date };
  if (speaker) {
    if (speaker.anaphor && speaker.person && memory.lastPersonSpeaker) return attributionOf(said, speaker.codes, speaker.person, "person", false);
    if (speaker.person) return attributionOf(said, speaker.codes, speaker.person, "person", false);
    const kinds = new Set(speaker.kinds);
    const stateless = speaker.codes.length === 0 || kinds.has("media") || kinds.has("group");
    if ([...kinds].every((k) => k === "state" || k === "capital")) return attributionOf(said, speaker.codes, `codes:${[...speaker.codes].sort().join(";")}`, "state", stateless);
    const affiliated = speaker.names.map((n) => memory.affiliations.get(n)).find(Boolean);
    if (affiliated) return attributionOf(said, speaker.codes, affiliated, "person", stateless);
    return attributionOf(said, speaker.codes, speaker.names.join(";"), "body", stateless);
  }
  // The same speaker said it again: the earlier attribution with this verb, span and date.
  if (memory.res.words.speakerPronouns.has(description.toLowerCase()) && memory.lastPersonSpeaker) return { ...memory.lastPersonSpeaker, start, end, verb, date };
  const head = firstMatch(memory.res.words.descriptionHeads, description)?.[1].toLowerCase();
  if (!head) return undefined;
  const known = memory.speakers.get(`description:${head}`);
  if (known) return { ...known, start, end, verb, date };
  const stateless = memory.res.words.statelessHeads.test(description);
  // "the Defence Ministry said": a state's body speaks for the article's country.
  if (!stateless && memory.res.words.homeBodyHeads.has(head)) {
    const codes = homeCodes(memory.history, head, memory.dateline);
    if (codes.length) return attributionOf(said, codes, `description:${head}`, "body", false);
  }
  return attributionOf(said, [], `description:${head}`, "description", stateless);
}

/** How far before an appositive's comma its speaker may stand (its head noun and one aside). */
const ASIDE_REACH = 200;

/** Between a speaker and its verb, one aside set off by commas (", citing …,", ", who …,"). */
const ONE_ASIDE = /^(?:['’]s)?(?:\s+[\w'’-]+){0,4}\s*,[^,;:()“”"]{1,160},\s*$/;

/** After "according to": a described speaker of up to six words, ending the clause ("the Foreign Ministry,"). */
const ACCORDING_TO_DESCRIPTION = /^\s+((?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*(?:[,.;:]|$)/i;

/** Who speaks in a speech act: the actor named for itself, else the attribution's speaker (key and level, for merging). */
export function speakerOf(memory: ArticleMemory, actorParty: Party | undefined, attribution: Attribution | undefined): { key: string; level: SpeakerLevel } {
  if (actorParty && !actorParty.anaphor) {
    if (actorParty.person) return { key: actorParty.person, level: "person" };
    if (actorParty.kinds.every((k) => k === "state" || k === "capital")) return { key: `codes:${[...actorParty.codes].sort().join(";")}`, level: "state" };
    const affiliated = actorParty.names.map((n) => memory.affiliations.get(n)).find(Boolean);
    if (affiliated) return { key: affiliated, level: "person" };
    return { key: actorParty.names.join(";"), level: "body" };
  }
  if (actorParty?.anaphor && actorParty.codes.length > 1) return { key: `codes:${[...actorParty.codes].sort().join(";")}`, level: "state" };
  if (attribution) return { key: attribution.key, level: attribution.level };
  if (actorParty?.person) return { key: actorParty.person, level: "person" };
  return { key: "", level: "description" };
}

/** Whether an attribution's speech covers the words at `at` (its reported content). */
export function governs(words: EventWords, text: string, a: Attribution, at: number): boolean {
  if (at >= a.end) return !words.clauseBreak.test(text.slice(a.end, at)) && !writersTimeClause(words, text.slice(a.end, at));
  // "…, the White House said": the reported clause comes first, set off by a comma.
  return /[,”"]\s*[^,]*$/.test(text.slice(at, a.start)) || /[,”"]/.test(text.slice(at, a.start));
}

/**
 * "…, one day after a Serbian jet shot down …": a clause of time after the speech's words is
 * the writer's; "said that, after talks failed, …" opens it inside the reported clause.
 */
function writersTimeClause(words: EventWords, between: string): boolean {
  const time = words.timeClauseBreak.exec(between);
  return time !== null && !words.complementizer.test(between.slice(0, time.index));
}

/** The attribution whose verb stands nearest `at`. */
export function nearestAttribution(attributions: Attribution[], at: number): Attribution | undefined {
  return [...attributions].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/** Most characters of an inverted speaker's phrase after its verb ("said a spokesperson for the Israeli prime minister"). */
const INVERTED_REACH = 60;

/**
 * '…, said a spokesperson for the Israeli prime minister', '…, said an Israeli official': after
 * a verb of saying, a description of a speaker (data/event-words.yaml description_heads) with
 * a party inside its phrase, before the clause ends: that party speaks. Not a listener or a
 * topic: the description must come first, right after the verb and its article.
 */
function invertedSpeaker(words: EventWords, text: string, parties: Party[], end: number): Party | undefined {
  const phrase = words.invertedSpeakerPhrase.exec(text.slice(end, end + INVERTED_REACH))?.[0];
  if (!phrase) return undefined;
  return parties.find((p) => p.start >= end && p.end <= end + phrase.length && p.codes.length > 0);
}
