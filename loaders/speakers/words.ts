/**
 * The function words a speaker phrase is read with (data/speakers.yaml): determiners,
 * function words, the links after a head ("officials of …"), relative words, the words a
 * title or a place follows, pronouns' number. Data, so that an editor can extend them.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary, wordList } from "../dictionaries.ts";
import { escapeRegExp } from "../text.ts";
import { loadGenderWords, type GenderWords } from "./gender.ts";
import { partyTagPatterns, type PartyTags } from "./party-tags.ts";

/** The keys of data/speakers.yaml this module reads (loaders/statement-lexicon.ts reads the others). */
const speakerWordsSchema = z.object({
  phrase_determiners: wordList,
  phrase_function_words: wordList,
  head_links: wordList,
  relative_words: wordList,
  apposition_determiners: wordList,
  title_openers: wordList,
  location_words: z.array(z.string().min(1)).min(1),
  plural_pronouns: wordList,
  plural_heads: wordList,
  object_pronouns: z.record(z.string().regex(/^\p{Ll}+$/u, "a lower-case pronoun"), z.string().regex(/^\p{Ll}+$/u, "a lower-case pronoun")),
  possessive_pronouns: z.record(z.string().regex(/^\p{Ll}+$/u, "a lower-case pronoun"), z.string().regex(/^\p{Ll}+$/u, "a lower-case pronoun")),
  impersonal_pronouns: wordList,
  document_heads: wordList,
  issuer_links: wordList,
  issuing_verbs: z.array(z.string().min(1).regex(/^[\p{L}]+(?: [\p{L}]+)*$/u, "words, letters only, one space apart")).min(1),
  rank_modifiers: wordList,
  name_run_openers: wordList,
  not_given_names: wordList,
  document_kin: z.array(wordList),
  title_abbreviations: z.record(z.string(), z.string()),
  unnamed_heads: wordList,
  unnamed_links: wordList,
  dateline_heads: wordList,
  office_member_heads: wordList,
  office_holder_plurals: wordList,
  government_modifiers: wordList,
  state_heads: wordList,
  state_kind_nouns: wordList,
  envoy_heads: wordList,
  state_described_heads: z.record(z.string().regex(/^\p{Ll}+$/u, "a lower-case head"), wordList),
  name_particles: wordList,
  name_suffixes: wordList,
  courtesy_titles: wordList,
  title_surnames: wordList,
  kin_heads: wordList,
  member_heads: wordList,
  leader_heads: wordList,
  titled_person_heads: wordList,
  epithet_heads: wordList,
  staff_heads: wordList,
  party_tags: z.record(z.string().regex(/^[A-Z]{3}$/, "a state's ISO 3166-1 alpha-3 code"), z.array(z.string().regex(/^\p{Lu}{1,3}$/u, "a party's initials in capitals")).min(1)),
});

export interface SpeakerWords {
  determiners: Set<string>;
  functionWords: Set<string>;
  headLinks: Set<string>;
  /** A relative word opening a text. */
  relativeStart: RegExp;
  /** An apposition's determiner and the space after it, opening a text. */
  appositionDeterminer: RegExp;
  /** What a title before a name follows: a text's start, punctuation, or a title opener; group 1 is the title. */
  titleBefore: RegExp;
  /** A location word closing a text ("… in "). */
  locationBefore: RegExp;
  /** A head naming a person by what was done to them, with the words an earlier description uses for it ("captive" → captured, held). */
  stateDescribedHeads: Map<string, Set<string>>;
  /** An envoy's head and "to" closing a text ("Ambassador to "): the state after it hosts the envoy. */
  envoyTo: RegExp;
  pluralPronouns: Set<string>;
  /** Plural nouns not written in -s ("people", "police"). */
  pluralHeads: Set<string>;
  /** A pronoun's subject form for its object form ("him" → "he"). */
  objectPronouns: Map<string, string>;
  /** A pronoun's subject form for its possessive form ("their" → "they"). */
  possessivePronouns: Map<string, string>;
  impersonalPronouns: Set<string>;
  /** Nouns naming a document that speaks for its issuer ("the report says"). */
  documentHeads: Set<string>;
  /** Prepositions before a document's issuer ("a report by …"). */
  issuerLinks: Set<string>;
  /** Verbs whose subject issued the document they take ("… published a report"), as one alternation. */
  issuingVerbs: string;
  /** Heads of a description of someone the article does not name ("the source"). */
  unnamedHeads: Set<string>;
  /** Prepositions that keep an unnamed head's place or body in its phrase ("an official in Norland"). */
  unnamedLinks: Set<string>;
  /** Heads of a state's office, or of a title, that speak for the dateline's state when nothing else names one. */
  datelineHeads: Set<string>;
  /** Heads whose office a modifier names ("administration official", "government source"): data/speakers.yaml. */
  officeMemberHeads: Set<string>;
  /** Holders of a state's elected offices in the plural ("lawmakers", "senators"): data/speakers.yaml. */
  officeHolderPlurals: Set<string>;
  /** Adjectives that put what they modify in a state's government ("federal prosecutors", "federal data"): data/speakers.yaml. */
  governmentModifiers: Set<string>;
  /** Words that make a title another office ("vice president", "deputy minister"). */
  rankModifiers: Set<string>;
  /** For each document head, the heads a document of its kind may be called by ("study" → survey, analysis, …). */
  documentKin: Map<string, Set<string>>;
  /** Words that, capitalised at a sentence's start, open no name ("When Ruiz’s report …"). */
  nameRunOpeners: Set<string>;
  /** Capitalised words before a known surname that are no relative's given name ("Everything Trump says"). */
  notGivenNames: Set<string>;
  /** Short forms of titles written before a name, lower case without the stop ("sen" → "senator"). */
  titleAbbreviations: Map<string, string>;
  /** Heads of a description of states ("both countries", "the two sides"). */
  stateHeads: Set<string>;
  /** "the country", "the nation's" (group 2 the possessive): a state named by its kind. */
  stateKindNouns: RegExp;
  /** Lower-case particles inside a personal name ("van", "bin", "al"). */
  nameParticles: Set<string>;
  /** Words after a surname that are no part of it ("Jr.", "III"). */
  nameSuffixes: Set<string>;
  /** Titles that only stand before a surname ("Mr.", "Dr."): the word after one is a name ("Mr. King"). */
  courtesyTitles: Set<string>;
  /** Title words that end a name after a given name ("Charlie King"). */
  titleSurnames: Set<string>;
  /** Nouns of kinship that describe a person by another ("the sister of leader Kim Jong Un"). */
  kinHeads: Set<string>;
  /** Plural members of a body ("the militants"), who speak for the body named with them before. */
  memberHeads: Set<string>;
  /** Heads of one who leads what a capitalised word before them names ("the Customs boss"). */
  leaderHeads: Set<string>;
  /** Heads that describe any titled person ("the official"). */
  titledPersonHeads: Set<string>;
  /** Heads of a person described by trade or wealth, not an office ("the businessman", "the mogul"): epithet.ts. */
  epithetHeads: Set<string>;
  /** A role or description naming a politician's or a campaign's staff ("McConnell aides", "adviser to the Reed campaign"). */
  staffOf: RegExp;
  /** A state's party tag after a politician's name ("(D-Ore.)"): party-tags.ts. */
  partyTags: PartyTags;
  /** A word of a name that opens with a particle: "van", "al-Hadi", "bin" (any case). */
  particleWord: RegExp;
  /** What shows a person's gender (data/gender-words.yaml): "she said" takes up no Mr Reed. */
  gender: GenderWords;
}

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const alternatives = (words: string[]) => words.map((w) => escapeRegExp(w.toLowerCase())).join("|");

/** Reads and checks the speaker phrase words of data/speakers.yaml in `dir`. */
export function loadSpeakerWords(dir = DATA_DIR): SpeakerWords {
  const w = loadDictionary("speakers.yaml", speakerWordsSchema, dir);
  return {
    determiners: lower(w.phrase_determiners),
    functionWords: lower(w.phrase_function_words),
    headLinks: lower(w.head_links),
    relativeStart: new RegExp(`^(?:${alternatives(w.relative_words)})\\b`, "i"),
    appositionDeterminer: new RegExp(`^(?:${alternatives(w.apposition_determiners)})\\s+`, "i"),
    // An acronym in brackets may stand inside the title ("US Indo-Pacific Command (INDOPACOM) commander").
    titleBefore: new RegExp(`(?:^|[,.;:"“”(—–]\\s*|\\b(?:${alternatives(w.title_openers)})\\s+)((?:(?:[\\p{L}\\p{N}’'.-]+|\\([\\p{Lu}\\p{N}.-]{2,12}\\))\\s+){1,8})$`, "iu"),
    locationBefore: new RegExp(`\\b(?:${alternatives(w.location_words)})\\s+$`, "i"),
    stateDescribedHeads: new Map(Object.entries(w.state_described_heads).map(([k, v]) => [k, lower(v)])),
    envoyTo: new RegExp(`\\b(?:${alternatives(w.envoy_heads)})\\s+to\\s+(?:the\\s+)?$`, "iu"),
    pluralPronouns: lower(w.plural_pronouns),
    pluralHeads: lower(w.plural_heads),
    objectPronouns: new Map(Object.entries(w.object_pronouns)),
    possessivePronouns: new Map(Object.entries(w.possessive_pronouns)),
    impersonalPronouns: lower(w.impersonal_pronouns),
    documentHeads: lower(w.document_heads),
    nameParticles: lower(w.name_particles),
    nameSuffixes: lower(w.name_suffixes),
    courtesyTitles: lower(w.courtesy_titles),
    titleSurnames: lower(w.title_surnames),
    kinHeads: lower(w.kin_heads),
    memberHeads: lower(w.member_heads),
    leaderHeads: lower(w.leader_heads),
    titledPersonHeads: lower(w.titled_person_heads),
    epithetHeads: lower(w.epithet_heads),
    staffOf: staffPattern(w.staff_heads),
    particleWord: new RegExp(`^(?:${alternatives(w.name_particles)})(?:-\\p{Lu}[\\p{L}’'-]*)?$`, "iu"),
    issuerLinks: lower(w.issuer_links),
    issuingVerbs: w.issuing_verbs.map((v) => escapeRegExp(v.toLowerCase()).replace(/ /g, "\\s+")).join("|"),
    rankModifiers: lower(w.rank_modifiers),
    nameRunOpeners: lower(w.name_run_openers),
    notGivenNames: lower(w.not_given_names),
    documentKin: new Map(w.document_kin.flatMap((group) => group.map((h) => [h.toLowerCase(), lower(group)] as const))),
    titleAbbreviations: new Map(Object.entries(w.title_abbreviations).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
    unnamedHeads: lower(w.unnamed_heads),
    unnamedLinks: lower(w.unnamed_links),
    datelineHeads: lower(w.dateline_heads),
    officeMemberHeads: lower(w.office_member_heads),
    officeHolderPlurals: lower(w.office_holder_plurals),
    governmentModifiers: lower(w.government_modifiers),
    stateHeads: lower(w.state_heads),
    stateKindNouns: new RegExp(`\\bthe (${alternatives(w.state_kind_nouns)})(['’]s)?\\b`, "i"),
    partyTags: partyTagPatterns(w.party_tags),
    gender: loadGenderWords(dir),
  };
}

/** The head of a speaker phrase, lower case: its last word, or the word before its first link ("the Ministry of Defence" → ministry, "Secretary of State" → secretary). */
export function phraseHead(text: string, headLinks: ReadonlySet<string>): string {
  const words = text.toLowerCase().trim().split(/\s+/);
  const link = words.findIndex((w, k) => k > 0 && headLinks.has(w));
  return (link > 0 ? words[link - 1] : words[words.length - 1]) ?? "";
}

/**
 * Staff named by whom they serve: a campaign anywhere in the phrase ("Ruiz's campaign manager"), a capitalised name
 * just before the head ("McConnell aides", "Reed communications director") or after "to"/"for" ("advisers to Mr. Reed").
 */
function staffPattern(heads: string[]): RegExp {
  const staff = `(?:${alternatives(heads)})`;
  const campaign = `\\b${staff}\\b[^,;]*\\bcampaign\\b|\\bcampaign\\b[^,;]*\\b${staff}\\b`;
  const named = `\\p{Lu}[\\p{L}.'’-]*(?:['’]s?)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${staff}$`;
  const served = `\\b${staff}\\s+(?:to|for)\\s+(?:the\\s+)?(?:(?:Mr|Mrs|Ms)\\.?\\s+)?\\p{Lu}`;
  return new RegExp(`${campaign}|${named}|${served}`, "u");
}

