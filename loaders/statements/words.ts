/**
 * The function words the statements reader steps over or stops at (data/statement-words.yaml):
 * auxiliaries, clause stops, days, tail adverbs … Data, so that an editor can extend them.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import { PLOVER_TYPES } from "../plover.ts";
import { loadSpeakerWords, type SpeakerWords } from "../speakers/words.ts";
import { alternatives, lower, printedAndAccordingPatterns, timeAndTailWords, voiceWords } from "./word-patterns.ts";

const list = z.array(z.string().min(1).regex(/^[\p{L}'’-]+$/u, "one word, letters only")).min(1);

/** Phrases matched over a line's words, punctuation aside ("begin text", "###"). */
const phrases = z.array(z.string().min(1).regex(/^\S+(?: \S+)*$/u, "words, one space apart")).min(1);

const statementWordsSchema = z.object({
  auxiliaries: list,
  verb_adverbs: list,
  clause_stops: list,
  phrase_function_words: list,
  pronouns: list,
  cut_words: list,
  clause_cut_words: list,
  contrast_conjunctions: list,
  adding_participles: list,
  verb_coordinators: list,
  group_parts: list,
  floating_quantifiers: list,
  days: list,
  time_pointers: list,
  time_units: list,
  time_counts: list,
  time_relations: list,
  time_openings: list,
  time_prepositions: list,
  day_parts: list,
  tail_adverbs: list,
  tail_repetition_counts: list,
  tail_repetition_heads: list,
  tail_conjunctions: list,
  tail_prepositions: list,
  inverted_subject_stops: list,
  inverted_place_prepositions: list,
  noun_phrase_reports: list,
  noun_phrase_words: list,
  noun_phrase_announcements: list,
  announced_act_heads: list,
  clause_subjects: list,
  adverbial_starts: list,
  sentence_openers: list,
  stance_noun_modifiers: list,
  disputed_object_heads: list,
  impugned_quality_heads: list,
  source_verbs: list,
  source_participles: list,
  conditional_words: list,
  place_prepositions: list,
  passive_markers: list,
  infinitive_markers: list,
  catenative_verbs: list,
  object_control_verbs: list,
  control_particles: list,
  demonstratives: list,
  taken_up_nouns: list,
  taken_up_objects: phrases,
  taken_up_verbs: list,
  taken_up_speech_nouns: list,
  passive_auxiliaries: list,
  perfect_auxiliaries: list,
  plural_auxiliaries: list,
  accusing_acts: z.array(z.enum(PLOVER_TYPES)),
  giving_words: list,
  page_labels: list,
  title_links: list,
  other_speaker_words: list,
  relay_participles: list,
  light_verbs: list,
  said_nouns: list,
  complaint_verbs: list,
  complaint_nouns: list,
  no_speaker_words: list,
  putting_out_verbs: list,
  picture_nouns: list,
  showing_words: list,
  postmodifier_adjectives: list,
  postmodified_pronoun_heads: list,
  hometown_links: list,
  contact_clause_subjects: list,
  contact_clause_heads: list,
  addressee_verbs: list,
  clause_words: list,
  asking_verbs: list,
  question_words: list,
  relative_objects: list,
  role_prepositions: list,
  printed_texts: list,
  printing_verbs: list,
  printed_for: list,
  naming_verbs: list,
  object_pronouns: list,
  voice_documents: list,
  voice_document_modifiers: list,
  voice_speaker_links: list,
  voice_title_tails: list,
  voice_first_person: list,
  voice_thing_pronouns: list,
  voice_second_person: list,
  voice_text_openings: phrases,
  voice_text_closings: phrases,
  voice_courtesies: phrases,
  naming_not_complements: list,
  gerund_prepositions: list,
  noun_prepositions: list,
  linking_adverbs: list,
  relation_prepositions: list,
  according_phrases: z.array(z.string().min(1).regex(/^[\p{L}'’]+(?: [\p{L}'’]+)*$/u, "words, letters only, one space apart")).min(1),
});

/** The lists of data/statement-words.yaml, as read. */
export type StatementWordLists = z.infer<typeof statementWordsSchema>;

export interface StatementWords {
  auxiliaries: Set<string>;
  /** Adverbs not in -ly between a subject and its verb ("Reuters first reported"). */
  verbAdverbs: Set<string>;
  clauseStops: Set<string>;
  phraseFunctionWords: Set<string>;
  pronouns: Set<string>;
  cutWords: Set<string>;
  clauseCutWords: Set<string>;
  /** Conjunctions of contrast before a second act of speech ("…, though she noted …"). */
  contrastConjunctions: Set<string>;
  addingParticiples: Set<string>;
  /** Conjunctions that join a second verb to the same subject ("… and said", "… but has warned"). */
  verbCoordinators: Set<string>;
  /** Parts of a group before "of whom" ("many of whom say"): the group speaks. */
  groupParts: Set<string>;
  /** Quantifiers floated before the verb off a plural subject ("they all said"). */
  floatingQuantifiers: Set<string>;
  days: Set<string>;
  /** A time told relative to the story at the start of a text ("last week", "earlier this month", "two days ago"). */
  relativeTime: RegExp;
  /** A part of the day after a date (" morning" in "Friday morning"). */
  dayPartAfter: RegExp;
  /** The pointing words of those times ("last", "early"). */
  timePointers: Set<string>;
  /** Units and parts of time ("week", "morning"): with the days and the pointers, the words of a time told after a noun. */
  timeWords: Set<string>;
  tailAdverbs: Set<string>;
  /** How often it was said after an attribution ("three times", "several times"): the counts and the heads. */
  tailRepetitionCounts: Set<string>;
  tailRepetitionHeads: Set<string>;
  /** Conjunctions that open the writer's clause after a closing attribution's comma (", after he admitted …"). */
  tailConjunctions: Set<string>;
  tailPrepositions: Set<string>;
  /** Words that end the speaker after an inverted verb when the longer phrase is none ('said Kirby in a statement'). */
  invertedSubjectStops: Set<string>;
  /** Prepositions that place an inverted speaker ("said a nurse at the clinic"). */
  invertedPlacePrepositions: Set<string>;
  /** Lemmas whose noun-phrase object is a reported fact ("reported the signing of the law"). */
  nounPhraseReports: Set<string>;
  /** Verbs whose noun-phrase object is what was said ("noted the importance of …"), never an act (data/statement-words.yaml). */
  nounPhraseWords: Set<string>;
  /** Verbs whose noun-phrase object is what was made known ("announced a ban on …"), and the heads that are the act itself ("sanctions"). */
  nounPhraseAnnouncements: Set<string>;
  announcedActHeads: Set<string>;
  /** Lemmas of light verbs that speak with a noun of words said ("extended his gratitude", light-verbs.ts). */
  lightVerbs: Set<string>;
  /** The nouns of words said after a light verb ("gratitude", "calls", "responsibility"). */
  saidNouns: Set<string>;
  /** Verbs that speak only with a noun of complaint ("presented a protest", "filed a complaint"), and those nouns. */
  complaintVerbs: Set<string>;
  complaintNouns: Set<string>;
  /** Words that open a subject naming no one ("No group has claimed …"). */
  noSpeakerWords: Set<string>;
  /** Pictures put out to show something ("released images showing …", shown-images.ts): the verbs, the nouns, the words of showing. */
  puttingOutVerbs: Set<string>;
  pictureNouns: Set<string>;
  showingWords: Set<string>;
  clauseSubjects: Set<string>;
  /** Words that may open a sentence before a fronted "according to" ("Also according to …", "However, according to …"). */
  sentenceOpeners: Set<string>;
  adverbialStarts: Set<string>;
  stanceNounModifiers: Set<string>;
  disputedObjectHeads: Set<string>;
  /** Heads of a party's own quality: put in doubt, a charge against it ("questioned her honesty"). */
  impugnedQualityHeads: Set<string>;
  possessivePronouns: Set<string>;
  sourceVerbs: Set<string>;
  /** Participles that open a source noun's clause in place of "that" ("reports from Lima suggesting that …"). */
  sourceParticiples: Set<string>;
  passiveMarkers: Set<string>;
  /** The word before an infinitive ("responded to say …"). */
  infinitiveMarkers: Set<string>;
  /** "this", "these": a subject that takes up the sentence before. */
  demonstratives: Set<string>;
  takenUpNouns: Set<string>;
  /** An object that takes up the sentence before, alone after a verb of saying ("confirmed this", "denied the claim"). */
  takenUpObject: RegExp;
  /** Lemmas of verbs whose infinitive of saying keeps their subject ("continues to insist"). */
  catenativeVerbs: Set<string>;
  /** Lemmas of verbs whose object passes the infinitive's words on for their subject ("asked Kim to convey"). */
  objectControlVerbs: Set<string>;
  /** Particles between an object-control verb and its object ("called on", "took to"). */
  controlParticles: Set<string>;
  /** Light verbs of a passive that takes up the sentence before ("The revelation was made by …"), and the nouns of saying they need. */
  takenUpVerbs: Set<string>;
  takenUpSpeechNouns: Set<string>;
  passiveAuxiliaries: Set<string>;
  /** The perfect's auxiliaries ("has"): a noun after one, or after one and a modifier, is the verb ("has long accused"). */
  perfectAuxiliaries: Set<string>;
  /** Auxiliaries that agree with a plural ("have", "were"): a form in -s before one is a noun ("Gulf states have …"). */
  pluralAuxiliaries: Set<string>;
  /** PLOVER types of acts a statement that tells them accuses their actor of. */
  accusingActs: Set<string>;
  /** A word of giving, a few words after the start of a text ("agreed to sell", "has approved a potential $2 billion sale"). */
  givingSoon: RegExp;
  pageLabels: Set<string>;
  /** Words inside a title between proper nouns ("Ambassador to the United Nations"). */
  titleLinks: Set<string>;
  /** Words opening a speaker phrase that names someone other than the one described before ("another official"). */
  otherSpeakerWords: Set<string>;
  /** "citing", "quoting": inside an "according to" phrase, the speaker follows, the channel precedes. */
  relayParticiples: Set<string>;
  /** Adjectives that open a phrase after a speaker's head, as a participle does ("sources familiar with …"). */
  postmodifierAdjectives: Set<string>;
  /** Pronouns that head a speaker phrase with such a modifier ("those close to him"). */
  postmodifiedPronounHeads: Set<string>;
  /** Prepositions of a hometown in apposition ("Ana Ruiz, of Ashton, said"). */
  hometownLinks: Set<string>;
  /** A relative clause with no relative word ("the experts I interviewed said"): its subjects and the pronouns heading it. */
  contactClauseSubjects: Set<string>;
  contactClauseHeads: Set<string>;
  /** Lemmas of speech verbs whose addressee stands before their "that" ("told a radio program that …"). */
  addresseeVerbs: Set<string>;
  /** Words that open a reported question ("asked whether …", "question why …"), as "that" opens a clause. */
  clauseWords: Set<string>;
  /** Lemmas of verbs of asking, whose reported question may open with any question word ("asked the mayor how …"). */
  askingVerbs: Set<string>;
  /** The question words that open what a verb of asking asks ("how", "what", "when"). */
  questionWords: Set<string>;
  /** Relative words that open a clause whose object is the noun before ("ships that it said …"). */
  relativeObjects: Set<string>;
  /** Prepositions that link a role to the body or place it serves inside a speaker's phrase ("envoy to the UN"). */
  rolePrepositions: Set<string>;
  /** Lemmas of verbs of naming, which speak without a quotation before a pronoun and what it is called ("called it a hoax"). */
  namingVerbs: Set<string>;
  objectPronouns: Set<string>;
  /** Words after "a"/"an" that count times or tell when, not what a thing was called ("a second time"). */
  namingNotComplements: Set<string>;
  /** Prepositions before a speech verb's -ing form whose subject is the clause's ("began by saying …"). */
  gerundPrepositions: Set<string>;
  /** Prepositions that continue a noun phrase with its modifier ("a campaign in Chile"), not ones that open a clause ("after"). */
  nounPrepositions: Set<string>;
  /** Adverbs that link a statement to one before, between any subject and its verb ("Lima likewise accused"). */
  linkingAdverbs: Set<string>;
  /** Prepositions naming a relation's parties after a common noun ("cooperation between the two fleets"). */
  relationPrepositions: Set<string>;
  /** "according to" and its like, followed by the phrase that names who said it; any case. */
  according: RegExp;
  /** The same words at the start of a text. */
  accordingLead: RegExp;
  /** ", adding that", ", noting": a participle that adds a clause, with its "that". */
  addingClause: RegExp;
  /** A conditional word anywhere in a text. */
  conditional: RegExp;
  /** A place preposition closing a text ("… in "). */
  placeBefore: RegExp;
  /** The line that opens a statement printed whole and names its issuer (group `speaker`). */
  printedOpening: RegExp[];
  /** A sentence that tells who issued a text ("The board issued a statement on Monday"), group `speaker`. */
  printedIssue: RegExp;
  /** A spokesperson who issues a statement for another ("the Spokesman for X" issues X's words). */
  printedFor: RegExp;
  /** Headings naming a document in its speaker's voice (groups `document`, `speaker`): see own-voice.ts. */
  voiceTitles: RegExp[];
  /** A document's noun, as a word. */
  voiceDocument: RegExp;
  /** The first person, as a word. */
  voiceFirstPerson: RegExp;
  /** The second person, as a word, any case. */
  voiceSecondPerson: RegExp;
  /** Pronouns of a thing, lower case. */
  voiceThingPronouns: Set<string>;
  /** A line's words (lower case, single spaces) that open, close a printed text; a courtesy's words. */
  voiceOpening: RegExp;
  voiceClosing: RegExp;
  /** A line with more of the characters a line's words keep than the longest closing has: no closing, told before its words are made. */
  voiceClosingTooLong: RegExp;
  voiceCourtesy: RegExp;
}

export const STATEMENT_WORDS_FILE = "statement-words.yaml";

/** Reads and checks data/statement-words.yaml in `dir`. */
export function loadStatementWords(dir = DATA_DIR, speakerWords: Pick<SpeakerWords, "possessivePronouns"> = loadSpeakerWords(dir)): StatementWords {
  const w = loadDictionary(STATEMENT_WORDS_FILE, statementWordsSchema, dir);
  return {
    auxiliaries: lower(w.auxiliaries),
    verbAdverbs: lower(w.verb_adverbs),
    clauseStops: lower(w.clause_stops),
    phraseFunctionWords: lower(w.phrase_function_words),
    pronouns: lower(w.pronouns),
    cutWords: lower(w.cut_words),
    clauseCutWords: lower(w.clause_cut_words),
    contrastConjunctions: lower(w.contrast_conjunctions),
    addingParticiples: lower(w.adding_participles),
    verbCoordinators: lower(w.verb_coordinators),
    groupParts: lower(w.group_parts),
    floatingQuantifiers: lower(w.floating_quantifiers),
    ...timeAndTailWords(w),
    invertedSubjectStops: lower(w.inverted_subject_stops),
    invertedPlacePrepositions: lower(w.inverted_place_prepositions),
    nounPhraseReports: lower(w.noun_phrase_reports),
    nounPhraseWords: lower(w.noun_phrase_words),
    nounPhraseAnnouncements: lower(w.noun_phrase_announcements),
    announcedActHeads: lower(w.announced_act_heads),
    ...verbObjectWords(w),
    // "its denials", "his statement": the possessive pronouns of data/speakers.yaml, one list for both readers.
    possessivePronouns: new Set(speakerWords.possessivePronouns.keys()),
    sourceVerbs: lower(w.source_verbs),
    sourceParticiples: lower(w.source_participles),
    passiveMarkers: lower(w.passive_markers),
    infinitiveMarkers: lower(w.infinitive_markers),
    demonstratives: lower(w.demonstratives),
    takenUpNouns: lower(w.taken_up_nouns),
    takenUpObject: new RegExp(`^\\s*(?:${alternatives(w.taken_up_objects)}|the\\s+(?:${alternatives(w.taken_up_nouns)}))(?![\\p{L}\\p{N}’'-])`, "iu"),
    catenativeVerbs: lower(w.catenative_verbs),
    objectControlVerbs: lower(w.object_control_verbs),
    controlParticles: lower(w.control_particles),
    takenUpVerbs: lower(w.taken_up_verbs),
    takenUpSpeechNouns: lower(w.taken_up_speech_nouns),
    passiveAuxiliaries: lower(w.passive_auxiliaries),
    perfectAuxiliaries: lower(w.perfect_auxiliaries),
    pluralAuxiliaries: lower(w.plural_auxiliaries),
    accusingActs: new Set(w.accusing_acts),
    givingSoon: new RegExp(`^\\s*(?:[\\p{L}\\p{N}$’'.,-]+\\s+){0,8}?(?:${alternatives(w.giving_words)})\\b`, "iu"),
    pageLabels: lower(w.page_labels),
    titleLinks: lower(w.title_links),
    otherSpeakerWords: lower(w.other_speaker_words),
    relayParticiples: lower(w.relay_participles),
    postmodifierAdjectives: lower(w.postmodifier_adjectives),
    postmodifiedPronounHeads: lower(w.postmodified_pronoun_heads),
    hometownLinks: lower(w.hometown_links),
    contactClauseSubjects: lower(w.contact_clause_subjects),
    contactClauseHeads: lower(w.contact_clause_heads),
    ...questionAndNamingWords(w),
    gerundPrepositions: lower(w.gerund_prepositions),
    nounPrepositions: lower(w.noun_prepositions),
    linkingAdverbs: lower(w.linking_adverbs),
    relationPrepositions: lower(w.relation_prepositions),
    ...voiceWords(w),
    ...printedAndAccordingPatterns(w),
  };
}

/** The words of speech told by a verb and its object ("extended his gratitude", "released images showing …") and of the clause around it. */
function verbObjectWords(w: StatementWordLists) {
  return {
    lightVerbs: lower(w.light_verbs),
    saidNouns: lower(w.said_nouns),
    complaintVerbs: lower(w.complaint_verbs),
    complaintNouns: lower(w.complaint_nouns),
    noSpeakerWords: lower(w.no_speaker_words),
    puttingOutVerbs: lower(w.putting_out_verbs),
    pictureNouns: lower(w.picture_nouns),
    showingWords: lower(w.showing_words),
    clauseSubjects: lower(w.clause_subjects),
    adverbialStarts: lower(w.adverbial_starts),
    sentenceOpeners: lower(w.sentence_openers),
    stanceNounModifiers: lower(w.stance_noun_modifiers),
    disputedObjectHeads: lower(w.disputed_object_heads),
    impugnedQualityHeads: lower(w.impugned_quality_heads),
  };
}

/** The words of an addressee and a reported question ("told a radio program that …", "asked whether …"), a relative object, a role's preposition, and naming without a quotation ("called it a hoax"). */
function questionAndNamingWords(w: StatementWordLists) {
  return {
    addresseeVerbs: lower(w.addressee_verbs),
    clauseWords: lower(w.clause_words),
    askingVerbs: lower(w.asking_verbs),
    questionWords: lower(w.question_words),
    relativeObjects: lower(w.relative_objects),
    rolePrepositions: lower(w.role_prepositions),
    namingVerbs: lower(w.naming_verbs),
    objectPronouns: lower(w.object_pronouns),
    namingNotComplements: lower(w.naming_not_complements),
  };
}
