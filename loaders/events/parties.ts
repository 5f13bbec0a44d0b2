/**
 * Parties: the gazetteer's mentions of a sentence as the parties of acts, joined into
 * groups ("Washington and Seoul", "Russia's Vladimir Putin", "US-South Korean").
 */
import type { ActorMention } from "../actors.ts";
import type { Party } from "./types.ts";
import type { EventWords } from "./words.ts";

/** Gap words that may stand between a country and its official ("Russian President Vladimir Putin"). */
function isTitleGap(words: EventWords, gap: string): boolean {
  const gapWords = gap.trim().split(/\s+/).filter(Boolean);
  if (gapWords.length > 5) return false;
  if (/[,;:"“”()]/.test(gap)) return false;
  return gapWords.every((w) => words.personTitleWords.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || /^['’]s$/.test(w));
}

const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|[-–/])\s*(?:the\s+|(?:his|her|its|their)\s+(?=\S*$))?$/i;

/** "Chile's foreign minister and his Peruvian counterpart": a state's official, "and", another state's. */
const HEADS_THEN_AND = /^(?:['’]s)?\s+((?:[\p{L}-]+\s+){1,4})(?:and|or)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?$/iu;

/** Whether the gap after a state's modifier is its official's title words, then "and": two sides' officials coordinated. */
function officialsCoordinated(words: EventWords, gap: string): boolean {
  const heads = HEADS_THEN_AND.exec(gap)?.[1];
  return !!heads && heads.trim().split(/\s+/).every((w) => words.personTitleWords.has(w.toLowerCase()));
}

/** A gazetteer mention as a party, with sentence offsets. */
export function toParty(m: ActorMention, text: string, sentenceStart: number): Party {
  const start = m.start - sentenceStart;
  const end = m.end - sentenceStart;
  const possessive = /^['’]s?\b|^['’](?=\s)/.test(text.slice(end, end + 2)) || /['’]s$/.test(m.text);
  return {
    start,
    end,
    codes: m.actor.code ? [m.actor.code] : [],
    names: [m.actor.name],
    kinds: [m.actor.kind],
    modifier: m.demonym || possessive,
    hyphenated: false,
    person: m.actor.kind === "person" ? m.actor.name : "",
    anaphor: false,
  };
}

function unite(a: Party, b: Party, hyphen: boolean): Party {
  return {
    start: a.start,
    end: b.end,
    codes: [...new Set([...a.codes, ...b.codes])],
    names: [...a.names, ...b.names],
    kinds: [...a.kinds, ...b.kinds],
    modifier: b.modifier,
    hyphenated: a.hyphenated || hyphen,
    person: a.person || b.person,
    anaphor: a.anaphor || b.anaphor,
  };
}

/**
 * A bare comma joins parties only inside a list that goes on ("South Korea, Japan and the
 * US"); "to Russia, Seoul says" and "Russia, South Korea's spy agency" are no list.
 */
function listContinues(gap: string, after: string): boolean {
  return !/^\s*,\s*(?:the\s+)?$/.test(gap) || /^\s*(?:,|and\b|or\b|&)/i.test(after);
}

/** A modifier that is not a possessive: a demonym ("Hungarian"). */
function isDemonym(p: Party, text: string): boolean {
  return p.modifier && !p.person && !/['’]s?$/.test(text.slice(p.start, p.end)) && !/^['’]/.test(text.slice(p.end, p.end + 1));
}

/** Joins a country with its official, then coordinated parties, into groups. */
export function groupParties(words: EventWords, parties: Party[], text: string): Party[] {
  const sorted = [...parties].sort((a, b) => a.start - b.start);
  // "Russia's Vladimir Putin", "US National Security Adviser Jake Sullivan": one party.
  const entities: Party[] = [];
  for (const p of sorted) {
    const last = entities[entities.length - 1];
    if (last && p.codes.length > 0 && (last.modifier || p.person) && last.codes.join() === p.codes.join() && isTitleGap(words, text.slice(last.end, p.start))) {
      entities[entities.length - 1] = { ...unite(last, p, false), modifier: p.modifier };
    } else entities.push(p);
  }
  const groups: Party[] = [];
  for (const p of envoysOfStates(words, entities, text)) {
    const last = groups[groups.length - 1];
    const gap = last ? text.slice(last.end, p.start) : "";
    if (last && /^[-–]$/.test(gap)) groups[groups.length - 1] = unite(last, p, true);
    else if (last && !last.modifier && COORDINATION.test(gap) && listContinues(gap, text.slice(p.end, p.end + 6))) groups[groups.length - 1] = unite(last, p, false);
    else if (last && last.modifier && officialsCoordinated(words, gap)) groups[groups.length - 1] = unite(last, p, false);
    // "Hungarian and Romanian officials": demonyms joined before one noun modify it together.
    else if (last && isDemonym(last, text) && isDemonym(p, text) && /^\s+(?:and|or)\s+$/.test(gap)) groups[groups.length - 1] = { ...unite(last, p, false), modifier: true };
    else groups.push(p);
  }
  return groups;
}

/** Folds a body into the state whose envoy to it the text names ("Russia's U.N. ambassador"). */
function envoysOfStates(words: EventWords, entities: Party[], text: string): Party[] {
  const out: Party[] = [];
  for (const p of entities) {
    const last = out[out.length - 1];
    const envoy = last && last.modifier && last.kinds.every((k) => k === "state") && p.kinds.includes("body") && /^\s*$/.test(text.slice(last.end, p.start)) && words.envoyTitle.test(text.slice(p.end, p.end + 20));
    if (envoy) out[out.length - 1] = { ...last, end: p.end, modifier: false };
    else out.push(p);
  }
  return out;
}

/** A party with no span or name, for codes found elsewhere (a speaker, an earlier act). */
export function emptyParty(): Party {
  return { start: 0, end: 0, codes: [], names: [], kinds: [], modifier: false, hyphenated: false, person: "", anaphor: false };
}

/** Whether [start, end) overlaps a party. */
export function overlapsAny(parties: Party[], start: number, end: number): boolean {
  return parties.some((p) => start < p.end && end > p.start);
}

/** Whether a preposition (not "officials of") stands right before `start`: a party there is no subject. */
export function afterPreposition(words: EventWords, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return words.prepositionBefore.test(before) && !words.officialsOf.test(before);
}

/** The subject of a clause among its parties: the first one named for itself, not after a preposition, nor a place. */
export function subjectOf(words: EventWords, parties: Party[], text: string): Party | undefined {
  return parties.find((p) => p.codes.length === 1 && !p.anaphor && !p.kinds.includes("person") && !isPlace(p) && !afterPreposition(words, text, p.start));
}

/** A city or region that is no state (data/world-places.yaml): it may be aimed at, it does not act. */
export const isPlace = (p: Party): boolean => p.kinds.length > 0 && p.kinds.every((k) => k === "place");
