/**
 * The patterns built from data/statement-words.yaml's lists (words.ts): times told relative to the
 * story, "according to", printed texts and documents in their speaker's own voice.
 */
import { escapeRegExp } from "../text.ts";
import type { StatementWordLists } from "./words.ts";

export const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
export const alternatives = (words: string[]) => words.map((w) => escapeRegExp(w.toLowerCase())).join("|");

/** The days and times told relative to the story, and the words that close an attribution's tail ("three times", ", after he admitted …"). */
export function timeAndTailWords(w: StatementWordLists) {
  return {
    days: lower(w.days),
    relativeTime: relativeTime(w),
    dayPartAfter: new RegExp(`^\\s+(?:${alternatives(w.day_parts)})\\b`, "iu"),
    timePointers: lower(w.time_pointers),
    timeWords: lower([...w.time_units, ...w.day_parts, ...w.days, ...w.time_pointers]),
    tailAdverbs: lower(w.tail_adverbs),
    tailRepetitionCounts: lower(w.tail_repetition_counts),
    tailRepetitionHeads: lower(w.tail_repetition_heads),
    tailConjunctions: lower(w.tail_conjunctions),
    tailPrepositions: lower(w.tail_prepositions),
  };
}

/** The patterns of "according to", an adding clause, a condition, a place before, and printed texts ("the banner read"). */
export function printedAndAccordingPatterns(w: StatementWordLists) {
  return {
    according: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(w.according_phrases)})\\s+`, "giu"),
    accordingLead: new RegExp(`^(?:${alternatives(w.according_phrases)})\\s+`, "iu"),
    addingClause: new RegExp(`,\\s*(?:${alternatives(w.adding_participles)})\\b(?:\\s+that\\b)?,?\\s*`),
    conditional: new RegExp(`\\b(?:${alternatives(w.conditional_words)})\\b`, "i"),
    placeBefore: new RegExp(`\\b(?:${alternatives(w.place_prepositions)})\\s+$`, "i"),
    printedOpening: printedOpenings(alternatives(w.printed_texts), alternatives(w.printing_verbs)),
    printedIssue: new RegExp(`^\\s*(?<speaker>[^:;"“”,]{2,150}?)\\s+(?:has\\s+|have\\s+)?(?:${alternatives(w.printing_verbs)})\\s+(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternatives(w.printed_texts)})(?![\\p{L}-])`, "iud"),
    printedFor: new RegExp(`^(?:(?:the|a|an)\\s+)?(?:${alternatives(w.printed_for)})\\s+(?:for|of|to)\\s+(?:the\\s+)?`, "iu"),
  };
}

/**
 * "last week", "earlier this month", "late Monday night", "Friday morning", "two weeks ago",
 * "several months later", "hours before …": one or two pointing words and a unit (and a part of the
 * day), a unit and a part of the day, or a count (a number, a word of number; none before a plural) of units and
 * a word relating them to the story; before a relating preposition ("three days before the vote") the
 * count and unit alone, the preposition's phrase read on as any other. Not a possessive ("last year's
 * figures" opens a noun phrase).
 */
function relativeTime(w: { time_pointers: string[]; time_units: string[]; time_counts: string[]; time_relations: string[]; time_openings: string[]; time_prepositions: string[]; day_parts: string[] }): RegExp {
  const unit = `(?:${alternatives(w.time_units)})`;
  const part = `(?:\\s+(?:${alternatives(w.day_parts)}))`;
  const pointed = `(?:(?:${alternatives(w.time_pointers)})\\s+){1,2}${unit}${part}?`;
  const counted = `(?:(?:(?:${alternatives(w.time_counts)}|\\d+)\\s+(?:of\\s+)?){1,2}${unit}s?|${unit}s)`;
  const related = `${counted}\\s+(?:${alternatives(w.time_relations)})`;
  const opening = `${counted}(?=\\s+(?:${alternatives(w.time_openings)})\\s)`;
  // "over the weekend", "during the past two days": a preposition, "the" and a pointed or counted unit.
  const governed = `(?:${alternatives(w.time_prepositions)})\\s+the\\s+(?:(?:${alternatives(w.time_pointers)})\\s+)?(?:${counted}|${unit})`;
  return new RegExp(`^(?:${pointed}|${unit}${part}|${related}|${opening}|${governed})\\b(?![’'])`, "iu");
}

/**
 * "The following statement was issued today by X:", "X issued the following statement:", "The
 * following is the text of a statement by X:": the line ends with a colon, and names the issuer.
 */
function printedOpenings(texts: string, verbs: string): RegExp[] {
  const speaker = "(?<speaker>[^:;\"“”]{2,150}?)";
  const kind = `(?:[\\p{L}-]+\\s+){0,2}?(?:${texts})`;
  return [
    new RegExp(`^\\s*(?:the\\s+)?following\\s+${kind}\\s+(?:was|were|has\\s+been|have\\s+been|is|are)\\s+(?:${verbs})(?:\\s+out)?(?:\\s+[\\p{L}\\p{N}]+){0,3}?\\s+by\\s+${speaker}\\s*:\\s*$`, "iud"),
    new RegExp(`^\\s*${speaker}\\s+(?:has\\s+|have\\s+)?(?:${verbs})(?:\\s+out)?\\s+the\\s+following\\s+${kind}(?:\\s+[\\p{L}\\p{N},]+){0,3}?\\s*:\\s*$`, "iud"),
    new RegExp(`^\\s*the\\s+following\\s+is\\s+(?:the\\s+(?:full\\s+)?text\\s+of\\s+)?(?:a|an|the)\\s+${kind}\\s+(?:by|from)\\s+${speaker}\\s*:\\s*$`, "iud"),
  ];
}

/**
 * More than `n` of the characters own-voice.ts's lineWords keeps (letters, digits, "#", apostrophes,
 * hyphens), whatever stands between them. Lower-casing keeps their number, so a sentence that holds
 * more cannot be a closing of `n` such characters: most sentences are told so from their first words.
 */
function moreKeptCharacters(n: number): RegExp {
  return new RegExp(`^[^\\p{L}\\p{N}#'’-]*(?:[\\p{L}\\p{N}#'’-][^\\p{L}\\p{N}#'’-]*){${n + 1}}`, "u");
}

/** The patterns of a document in its speaker's own voice (own-voice.ts). */
export function voiceWords(w: StatementWordLists) {
  const documents = alternatives(w.voice_documents);
  const document = `(?<document>(?:(?:${alternatives(w.voice_document_modifiers)})\\s+){0,3}(?:${documents}))`;
  const speaker = `(?:\\s+(?:${alternatives(w.voice_speaker_links)})\\s+(?<speaker>[^:;"“”]{2,200}?))?`;
  const tail = `(?:,?\\s+(?:${alternatives(w.voice_title_tails)})\\s+[^]*)?`;
  // Written as it stands or capitalised ("we", "We"), not in capitals: "US" is a state, "I" only a capital.
  const firstPerson = w.voice_first_person.map((p) => `${escapeRegExp(p)}|${escapeRegExp(p[0].toUpperCase() + p.slice(1))}`).join("|");
  const phrase = (list: string[]) => list.map((p) => escapeRegExp(p.toLowerCase())).join("|");
  return {
    voiceTitles: [
      new RegExp(`^\\s*${document}${speaker}${tail}\\s*$`, "iud"),
      // "Minister Ana Ruiz's Remarks to the Press", "The Harbour Board's Statement on …".
      new RegExp(`^\\s*(?<speaker>[\\p{Lu}][^:;"“”]{1,150}?)['’]s?\\s+${document}${tail}\\s*$`, "iud"),
    ],
    voiceDocument: new RegExp(`(?<![\\p{L}-])(?:${documents})(?![\\p{L}-])`, "iu"),
    voiceThingPronouns: lower(w.voice_thing_pronouns),
    voiceSecondPerson: new RegExp(`(?<![\\p{L}'’-])(?:${alternatives(w.voice_second_person)})(?![\\p{L}-])`, "iu"),
    voiceFirstPerson: new RegExp(`(?<![\\p{L}'’-])(?:${firstPerson})(?![\\p{L}-])`, "u"),
    voiceOpening: new RegExp(`(?:^|\\s)(?:${phrase(w.voice_text_openings)})(?:\\s|$)`, "u"),
    voiceClosing: new RegExp(`^(?:${phrase(w.voice_text_closings)})$`, "u"),
    voiceClosingTooLong: moreKeptCharacters(Math.max(...w.voice_text_closings.map((c) => c.replace(/\s/g, "").length))),
    voiceCourtesy: new RegExp(`(?:^|\\s)(?:${phrase(w.voice_courtesies)})(?:\\s|$)`, "u"),
  };
}
