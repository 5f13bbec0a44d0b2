/**
 * The function words the event coder reads a clause with (data/event-words.yaml), and the
 * patterns built from them, in this one place: status words, prepositions, pronouns,
 * act nouns … The speech verbs that date the act they judge come from the one speech-verb
 * dictionary (data/speech-verbs.yaml, through loaders/attribution.ts).
 */
import { judgingVerbs } from "../attribution.ts";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { escapeRegExp } from "../text.ts";
import type { PloverType } from "../plover.ts";
import { eventWordsSchema, type EventWordsFile } from "./words-schema.ts";
import { sentObjectWords, type SentObjectWords } from "./sent-objects.ts";
import { originWords, type OriginWords } from "./weapon-origin.ts";

/** The event coder's patterns, each built from a list of data/event-words.yaml. */
export interface EventWords {
  /** A condition, wish or negation before a trigger: no act ("if", "would", "may" unless "may have"). */
  suppress: RegExp;
  planned: RegExp;
  hedged: RegExp;
  reported: RegExp;
  /** A verb of denial (the speech verbs of stance deny). */
  denial: RegExp;
  /** What follows a verb of denial when it denies an act ("denied that", "denies sending"). */
  denialComplement: RegExp;
  progressive: RegExp;
  /** "^ by France to Mali is planned": after the act's noun phrase, a predicate that plans it. */
  plannedAfter: RegExp;
  undatable: RegExp;
  /** "before the vote": group 1 the act. */
  aroundEvent: RegExp;
  /** "The launches came five days after …$": groups act, number, unit, after|before. */
  shiftedFromEvent: RegExp;
  /** "^ the deployment": group 1 the act noun. */
  referentNoun: RegExp;
  /** Speech verbs and nouns that judge an act and may date it ("accused … last week"), global. */
  speechTrigger: RegExp;
  /** Described speakers' heads, global, group 1 the head. */
  descriptionHeads: RegExp;
  statelessHeads: RegExp;
  /** What follows a state named inside an institution's name (" and Mongolian Affairs", " Institute for …"). */
  insideInstitutionName: RegExp;
  /** "Latin ", "South " closing a text: the state's name after it names another place. */
  regionBefore: RegExp;
  /** Description heads of a state's bodies, which speak for the article's country when none is named. */
  homeBodyHeads: ReadonlySet<string>;
  personTitleWords: ReadonlySet<string>;
  envoyTitle: RegExp;
  prepositionBefore: RegExp;
  officialsOf: RegExp;
  conjunctionBefore: RegExp;
  /** Conjunctions that open a clause ("after", "as", "if"), lower-case. */
  conjunctions: ReadonlySet<string>;
  /** A preposition that places a subject ("groups in Zimbabwe"), closing a text. */
  subjectPlace: RegExp;
  /** Types of act a place that is no state may be the target of (place_target_types). */
  placeTargetTypes: ReadonlySet<string>;
  /** A preposition that makes a place where an act comes from: "from", "via" (place_origins). */
  placeOrigin: RegExp;
  /** Types of act whose noun takes its doer after "of" (of_agent_types). */
  ofAgentTypes: ReadonlySet<string>;
  /** A phrase of allegiance closing a text ("backed by", "loyal to the"): the party after it is the one a subject acts for. */
  allegianceBefore: RegExp;
  /** A verb of undergoing and up to four words, closing a text before an act's noun ("faced a barrage of"). */
  undergoBefore: RegExp;
  /** "sold the " closing a text: a verb of giving right before its first object. */
  givingVerbBefore: RegExp;
  subjectGap: RegExp;
  passiveBefore: RegExp;
  participle: RegExp;
  claimNoun: RegExp;
  /** A word that charges the party after it (and "on", "against"), closing a text. */
  chargingBefore: RegExp;
  /** What lies between the party charged and the act: a link word, then a few words, closing a text. */
  chargedAct: RegExp;
  /** Pronouns, global, group 1 the pronoun. */
  pronoun: RegExp;
  itSubject: RegExp;
  /** "the three allies", global: group 1 the number word. */
  groupAnaphor: RegExp;
  groupNumbers: ReadonlyMap<string, number>;
  notAPlace: RegExp;
  /** Days, lower-case ("on Thursday" between a subject and its verb). */
  days: ReadonlySet<string>;
  /** A conjunction after a comma or before a subject: another clause opens. */
  clauseOpener: RegExp;
  /** "vulnerable to drone attacks": closing the text before a trigger, the act is one a side is exposed to. */
  exposedTo: RegExp;
  /** "bombing drills": opening the text after a trigger, a noun of rehearsal makes the act one practised. */
  rehearsed: RegExp;
  /** "an embargo on arms sales": closing the text before a trigger, the act is one forbidden. */
  forbidden: RegExp;
  /** "suspended arms sales to", "broke off talks with": closing the text before a trigger, the act is one stopped. */
  stopped: RegExp;
  /** "rejected an offer to host talks": closing the trigger's clause before it, the act is a proposal turned down. */
  refusedProposal: RegExp;
  /** A war's opening act ("invasion"), and a clause opener that makes it the story's setting ("since", "which"). */
  backgroundAct: RegExp;
  backgroundOpener: RegExp;
  /** "since Hamas attacked": a clause opener, its subject, closing a text; an attack it tells is the setting. */
  settingClause: RegExp;
  /** A relative pronoun right before a party: the party is its clause's subject. */
  relativeBefore: RegExp;
  /** Nouns for people and places a demonym may name as what a passive act was done to ("Congolese refugees were attacked"). */
  patientHeads: ReadonlySet<string>;
  /** "President Ana Ruiz", opening a text: a title of a state's highest office, then a name. */
  officeHolder: RegExp;
  /** Heads of a demonym's phrase naming the state's own agents ("officials", "troops"). */
  stateAgents: ReadonlySet<string>;
  /** Nouns for a state's people taken together ("people", "police"). */
  collectivePeople: ReadonlySet<string>;
  /** Prepositions inside a subject the gazetteer does not name ("a mine near the old depot"). */
  subjectPhrasePrepositions: ReadonlySet<string>;
  /** "ethnic " closing a text: the demonym after it names an ethnic group. */
  ethnicBefore: RegExp;
  /** "in ", "in the " closing a text: a state or capital after it is a place in the state. */
  domesticPlace: RegExp;
  /** "between", "from" closing a text (before a range's first date). */
  rangeOpenerBefore: RegExp;
  /** "between", "from" opening a date's own words. */
  rangeOpenerStart: RegExp;
  /** All of a text between a range's two dates ("and", "to", a dash). */
  rangeJoiner: RegExp;
  /** "after", "before", "since": a date before one of these dates another act. */
  timeShifter: RegExp;
  /** "that", "whether": a clause of reported content opens. */
  complementizer: RegExp;
  /** "that", "of": what follows a speech verb is the speech's content. */
  complementOpener: RegExp;
  /** "later": an act told as coming later than its context. */
  laterWord: RegExp;
  /** A place named after "in", "to", "at": group 1 the place. */
  placeAfterPreposition: RegExp;
  possessivePronouns: ReadonlySet<string>;
  /** Pronouns for one person ("he", "her"). */
  personPronouns: ReadonlySet<string>;
  /** Pronouns for several ("they", "their"). */
  pluralPronouns: ReadonlySet<string>;
  /** "despite", "although" closing a text: a fronted phrase whose owner follows. */
  concessiveBefore: RegExp;
  /** "we", "I" (and one word) closing a text: inside a quotation, the speaker's side. */
  firstPersonBefore: RegExp;
  /** Determiners of a phrase that refers back ("the", "these"). */
  definiteDeterminers: ReadonlySet<string>;
  /** A semicolon, or a comma and a conjunction: the speech before it covers no more. */
  clauseBreak: RegExp;
  /** ", one day after": a clause of time that ends the speech a verb reports (attributions.ts governs). */
  timeClauseBreak: RegExp;
  /** "…, whom the authorities blame": closing the text before a trigger, its clause's object relative. */
  objectRelative: RegExp;
  /** "he", "she": a speaker named before speaks again. */
  speakerPronouns: ReadonlySet<string>;
  /** Modes of acts made in person ("visit"): two by different people are two events. */
  personalModes: ReadonlySet<string>;
  /** Modes of acts that a side announcing its own is promising ("aid", "withdrawal"). */
  promisedModes: ReadonlySet<string>;
  /** A word of negation ("not", "never", "n't"). */
  negation: RegExp;
  /** A reflexive pronoun opening a text: the act is done to its own actor. */
  reflexiveAfter: RegExp;
  /** "and": a coordinated phrase. */
  coordinator: RegExp;
  /** "said it would ", closing a text: a past verb of saying, then "would" right before the act. */
  backshiftedWould: RegExp;
  /** "would " (and an adverb) closing a text. */
  trailingWould: RegExp;
  /** "may " (and an adverb) closing a text: the modal of the act's own verb, a possibility ahead. */
  possibleAct: RegExp;
  /** " … by the ": the words between a trigger and the agent after it. */
  agentGap: RegExp;
  /** "attempted to " (and an adverb) closing a text: an attempt at the act right after. */
  attemptedAct: RegExp;
  /** The PLOVER types whose attempt is the act itself (an attempted assassination is an assault). */
  attemptedTypes: ReadonlySet<string>;
  /** Arms, weapons: talks about them are contested ("discussed arms supplies"). */
  armsNoun: RegExp;
  /** Acts that wrong their target: a state's speaker who reports another side's act of these types accuses it. */
  hostileTypes: ReadonlySet<PloverType>;
  /** "in exchange for", "in return for": what opens the counter-transfer of an exchange, global. */
  exchangePhrase: RegExp;
  exchangeTypes: ReadonlySet<PloverType>;
  /** "on" before a party, with an article or a quantifier between ("on several", "on two of the"), at the end of a text. */
  onParty: RegExp;
  /** "-supplied", "-made" right after a party, or ending its name ("Iranian-made"): it made or supplied the weapon named after. */
  makerSuffix: RegExp;
  /** "-backed" after a side's name ("Iranian-backed militias"): the side backs the doers. */
  backerSuffix: RegExp;
  /** "with the support of " before a side: the side helps the doers. */
  helperBefore: RegExp;
  makerEnd: RegExp;
  /** Words of sending people: an exchange for them is a deployment, not goods. */
  exchangeDeployments: ReadonlySet<string>;
  /** Types of acts that move something (arms, troops): a passive one's sender owns what was moved (theme-origin.ts). */
  themeTypes: ReadonlySet<PloverType>;
  /** Nouns for people a side sends ("troops", "workers"), lower-case. */
  deployedPeople: ReadonlySet<string>;
  /** What a verb of sending moves: people, goods (sent-objects.ts). */
  sent: SentObjectWords;
  /** The weapons and participles that name where a weapon comes from (weapon-origin.ts). */
  origin: OriginWords;
  /** "citing ", "quoting ": a channel relays the side named after it (relayed-speakers.ts). */
  relayParticiple: RegExp;
  /** "'s new wave of ", closing a text: a collective of acts between a possessor and its act. */
  actCollective: RegExp;
  /** "During a summit with …", opening a text up to the trigger: the sentence's opening phrase of occasion. */
  occasionOpener: RegExp;
  /** ", who …" (no comma after), closing a text: a relative clause set off by commas is open. */
  asideOpener: RegExp;
  /** "^part of", "^the largest": the opening of an aside that describes the noun phrase before it. */
  appositionOpener: RegExp;
  /** "with ", "with the " closing a text: an absolute clause opens ("with Paris condemning …"). */
  absoluteBefore: RegExp;
  /** Between a party and its verb: ", who all", "and others, which" (opening a text, closing at the verb): the party is the relative's antecedent. */
  relativeSubjectGap: RegExp;
  /** "the kingdom", "the reclusive country", global: a description of a state named before (not "the country of X"). */
  stateDescription: RegExp;
  /** "claims by ", "reports from the ", global: a claim noun whose speaker follows. */
  claimBy: RegExp;
  /** A copula (and an adverb) closing a text: the noun phrase after it is a predicate, it refers to nothing. */
  copulaBefore: RegExp;
  /** Words that make "the … country" a rank or a whole, not a state named before ("only", "entire"), lower-case. */
  nonReferring: ReadonlySet<string>;
}

export const EVENT_WORDS_FILE = "event-words.yaml";

/** Words or phrases as alternatives of a pattern, as written (a phrase's space matches one space). */
const alt = (words: readonly string[]) => words.map((w) => escapeRegExp(w)).join("|");

/** A title as it stands before a name: each word capitalised ("Prime Minister", "Vice-President"). */
const capitalised = (title: string) => escapeRegExp(title).replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/**
 * An act stopped ("ended its mediation") or proposed and turned down ("rejected an offer to
 * host talks"): the words between the verb and the act's noun phrase open no other phrase or
 * clause (a preposition, a conjunction).
 */
function stoppingWords(w: EventWordsFile) {
  const linking = `(?!(?:${alt([...w.prepositions, ...w.conjunctions, ...w.coordinators, "but", "or", "that", "which", "who"])})\\b)`;
  return {
    stopped: new RegExp(`\\b(?:${alt(w.stopping_verbs)})\\s+(?:${linking}[\\w'’-]+\\s+){0,3}$`, "i"),
    refusedProposal: new RegExp(`\\b(?:${alt(w.refusing_verbs)})\\s+(?:${linking}[\\w'’.-]+\\s+){0,4}?(?:${alt(w.proposal_nouns)})\\b[^,;:]*$`, "i"),
  };
}

/**
 * The rest of a clause whose subject is the act's noun phrase, planned by its predicate ("… by
 * Macron to Algiers is planned for May"): up to eight words opening no clause of their own
 * (no comma, relative or subordinating conjunction; "between X and Y" is one phrase), a
 * be-verb, an adverb, a word of planning.
 */
function plannedAfter(w: EventWordsFile): RegExp {
  const opener = alt([...w.conjunctions, ...w.relatives, "but", "who", "where"]);
  const word = `(?!(?:${opener}|${alt(w.be_forms)})\\b)[\\w'’.$-]+`;
  const be = `(?:${alt(w.be_forms)}|has been|have been|had been)`;
  return new RegExp(`^(?:\\s+${word}){0,8}?\\s+${be}\\s+(?:(?:${alt(w.planning_adverbs)})\\s+)?(?:${alt(w.planning_predicates)})\\b`, "i");
}

/** A word that opens one of `hedges` ("may" of "may have") matches only where that hedge does not follow. */
function unlessOpeningHedge(word: string, hedges: readonly string[]): string {
  const rests = hedges.filter((h) => h.startsWith(`${word} `)).map((h) => h.slice(word.length + 1));
  return rests.length ? `${escapeRegExp(word)}(?!\\s+(?:${alt(rests)}))` : escapeRegExp(word);
}

type JudgingVerbs = ReturnType<typeof judgingVerbs>;

/** Reads data/event-words.yaml in `dir` and builds the coder's patterns, with the judging speech verbs of `lex`. */
export function loadEventWords(lex: Pick<StatementLexicon, "verbs" | "stanceNouns">, dir = DATA_DIR): EventWords {
  const w = loadDictionary(EVENT_WORDS_FILE, eventWordsSchema, dir);
  const judging = judgingVerbs(lex);
  return { ...statusAndTimeWords(w, judging), ...partyWords(w, judging), ...clauseWords(w) };
}

/** The words that say whether an act happened, is planned, hedged or denied, and when. */
function statusAndTimeWords(w: EventWordsFile, judging: JudgingVerbs) {
  const denials = judging.filter((v) => v.stance === "deny" && v.verb).map((v) => v.form);
  const suppress = w.suppress.map((s) => unlessOpeningHedge(s, w.hedged)).join("|");
  return {
    suppress: new RegExp(`\\b(?:${suppress})\\b`, "i"),
    planned: new RegExp(`\\b(?:${alt(w.planned)})\\b`, "i"),
    hedged: new RegExp(`\\b(?:${alt(w.hedged)})\\b`, "i"),
    reported: new RegExp(`\\b(?:${alt(w.reported)})\\b`, "i"),
    denial: new RegExp(`\\b(?:${alt(denials)})\\b`, "i"),
    denialComplement: new RegExp(`^\\s+(?:${alt(w.denial_complements)})\\b`, "i"),
    progressive: new RegExp(`\\b(?:${alt(w.be_forms)})\\s+(?:${alt(w.progressive)})\\b`, "i"),
    plannedAfter: plannedAfter(w),
    undatable: new RegExp(`\\b(?:${alt(w.undatable)})\\b`, "i"),
    aroundEvent: new RegExp(`\\b(?:${alt(w.around_words)})\\s+the\\s+(${alt(w.dated_acts)})\\b`, "i"),
    shiftedFromEvent: new RegExp(`\\b(${alt(w.dating_acts)})\\s+(?:${alt(w.occurrence_verbs)})\\s+(\\w+)\\s+(days?|weeks?)\\s+(after|before)\\b[^,;]{0,60}$`, "i"),
    referentNoun: new RegExp(`^\\s+(?:${alt(w.referent_determiners)})\\s+(?:[\\w-]+\\s+){0,2}?(${alt(w.referent_nouns)})\\b`, "i"),
    forbidden: new RegExp(`\\b(?:${alt(w.prohibition_words)})\\s+(?:(?:on|of|against)\\s+)?(?:[\\w-]+\\s+){0,3}$`, "i"),
    rehearsed: new RegExp(`^\\s+(?:${alt(w.rehearsal_nouns)})\\b`, "i"),
    exposedTo: new RegExp(`\\b(?:${alt(w.exposure_adjectives)})\\s+to\\s+(?:[\\w-]+\\s+){0,3}$`, "i"),
    ...stoppingWords(w),
    backgroundAct: new RegExp(`\\b(?:${alt(w.background_acts)})\\b`, "i"),
    backgroundOpener: new RegExp(`\\b(?:${alt(w.background_openers)})\\b`, "i"),
    settingClause: new RegExp(`\\b(?:${alt(w.setting_openers)})\\s+(?:[\\w'’-]+\\s+){1,5}$`, "i"),
    days: new Set(w.days.map((d) => d.toLowerCase())),
    backshiftedWould: new RegExp(`\\b(?:${alt(w.backshift_verbs)})\\b(?:\\s+[\\w'’-]+){0,6}?\\s+would\\s+(?:\\w+ly\\s+)?(?:continue\\s+to\\s+)?$`, "i"),
    // "said Russia would continue to build …": the reported "will continue to".
    trailingWould: /\bwould\s+(?:\w+ly\s+)?(?:continue\s+to\s+)?$/i,
    possibleAct: new RegExp(`\\b(?:${alt(w.possibility_modals)})\\s+(?:(?:also|still|soon|yet|\\w+ly)\\s+)?$`, "i"),
    attemptedAct: new RegExp(`\\b(?:${alt(w.attempt_phrases)})\\s+(?:\\w+ly\\s+)?$`, "i"),
    attemptedTypes: new Set(w.attempted_types),
    rangeOpenerBefore: new RegExp(`\\b(?:${alt(w.range_openers)})\\s+$`, "i"),
    rangeOpenerStart: new RegExp(`^(?:${alt(w.range_openers)})\\b`, "i"),
    rangeJoiner: new RegExp(`^\\s*(?:${alt(w.range_joiners)}|-|–)\\s*$`, "i"),
    timeShifter: new RegExp(`\\b(?:${alt(w.time_shifters)})\\b`, "i"),
    laterWord: new RegExp(`\\b(?:${alt(w.later_words)})\\b`, "i"),
    promisedModes: new Set(w.promised_modes),
    personalModes: new Set(w.personal_modes),
    negation: new RegExp(`(?:\\b(?:${alt(w.negations.filter((n) => !n.startsWith("n'") && !n.startsWith("n’")))})\\b|n['’]t\\b)`, "i"),
  };
}

/** The words that name or point back to the parties: speakers, titles, pronouns, groups. */
function partyWords(w: EventWordsFile, judging: JudgingVerbs) {
  return {
    speechTrigger: new RegExp(`\\b(?:${alt(judging.map((v) => v.form))})\\b`, "gi"),
    descriptionHeads: new RegExp(`\\b(${alt(w.description_heads)})\\b`, "gi"),
    statelessHeads: new RegExp(`\\b(?:${alt(w.stateless_heads)})\\b`, "i"),
    regionBefore: new RegExp(`\\b(?:${alt(w.region_qualifiers)}) $`),
    insideInstitutionName: new RegExp(`^(?:['’]s)?(?:\\s+(?:${alt(w.name_connectors)})|\\s+(?!(?:${alt(w.government_bodies)})\\b)\\p{Lu}[\\p{L}.’'-]*){0,6}?\\s+(?:${alt(w.institution_heads)})\\b(?!\\s+(?:${alt(w.government_bodies)})\\b)`, "u"),
    homeBodyHeads: new Set(w.home_body_heads),
    personTitleWords: new Set(w.person_title_words.map((x) => x.toLowerCase())),
    envoyTitle: new RegExp(`^\\s+(?:${alt(w.envoy_titles)})\\b`, "i"),
    officialsOf: new RegExp(`\\b(?:${alt(w.office_holders)}) of\\s+$`, "i"),
    pronoun: new RegExp(`\\b(${alt(w.pronouns)})\\b`, "gi"),
    itSubject: new RegExp(`\\b[Ii]t(?=\\s+(?:(?:${alt(w.it_adverbs)})\\s+)?(?:${alt(w.it_auxiliaries)}|[a-z]+ed|[a-z]+s)\\b)`, "g"),
    groupAnaphor: new RegExp(`\\b(?:the |(?=both ))(${alt(Object.keys(w.group_numbers))}) (?:[\\w-]+ )?(?:${alt(w.group_nouns)})\\b`, "gi"),
    groupNumbers: new Map(Object.entries(w.group_numbers)),
    patientHeads: new Set(w.patient_heads.map((d) => d.toLowerCase())),
    officeHolder: new RegExp(`^(?:${w.office_titles.map(capitalised).join("|")})(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,4}`, "u"),
    stateAgents: new Set(w.state_agents),
    collectivePeople: new Set(w.collective_people),
    subjectPhrasePrepositions: new Set(w.subject_phrase_prepositions),
    ethnicBefore: new RegExp(`\\b(?:${alt(w.ethnic_qualifiers)})\\s+$`, "i"),
    domesticPlace: new RegExp(`\\b(?:${alt(w.domestic_places)})\\s+(?:the\\s+)?$`, "i"),
    possessivePronouns: new Set(w.possessive_pronouns),
    personPronouns: new Set(w.person_pronouns),
    pluralPronouns: new Set(w.plural_pronouns),
    firstPersonBefore: new RegExp(`\\b(?:${alt(w.first_person)})\\s+(?:[a-z]+\\s+)?$`),
    definiteDeterminers: new Set(w.definite_determiners),
    speakerPronouns: new Set(w.speaker_pronouns),
    coordinator: new RegExp(`\\b(?:${alt(w.coordinators)})\\b`),
    armsNoun: new RegExp(`\\b(?:${alt(w.arms_nouns)})\\b`, "i"),
    hostileTypes: new Set(w.hostile_types),
    exchangePhrase: new RegExp(`\\b(?:${alt(w.exchange_phrases)})\\b`, "gi"),
    exchangeTypes: new Set(w.exchange_types),
    backerSuffix: new RegExp(`^-(?:${alt(w.backer_suffixes)})\\b`, "i"),
    helperBefore: new RegExp(`\\bwith\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:${alt(w.help_nouns)})\\s+(?:of|from)\\s+(?:the\\s+)?$`, "i"),
    makerSuffix: new RegExp(`^-(?:${alt(w.maker_suffixes)})\\b`, "i"),
    makerEnd: new RegExp(`-(?:${alt(w.maker_suffixes)})$`, "i"),
    onParty: new RegExp(`\\bon\\s+(?:the\\s+|(?:${alt(w.on_quantifiers)}|\\d[\\d,]*)\\s+(?:(?:of\\s+)?the\\s+|more\\s+)?)?$`, "i"),
    exchangeDeployments: new Set(w.exchange_deployments),
    themeTypes: new Set(w.theme_types),
    deployedPeople: new Set(w.deployed_people),
    sent: sentObjectWords(w),
    origin: originWords(w),
    relayParticiple: new RegExp(`\\b(?:${alt(w.relay_participles)})\\s+(?:the\\s+)?`, "i"),
  };
}

/** The words that shape a clause: prepositions, conjunctions, relatives, the passive, places. */
function clauseWords(w: EventWordsFile) {
  const determiners = `(?:(?:${alt(w.determiners)})\\s+)?`;
  return {
    prepositionBefore: new RegExp(`\\b(?:${alt(w.prepositions)})\\s+${determiners}$`, "i"),
    subjectPlace: new RegExp(`\\b(?:${alt(w.subject_places)})\\s+${determiners}$`, "i"),
    placeOrigin: new RegExp(`\\b(?:${alt(w.place_origins)})\\s+${determiners}$`, "i"),
    placeTargetTypes: new Set(w.place_target_types),
    ofAgentTypes: new Set(w.of_agent_types),
    givingVerbBefore: new RegExp(`\\b(?:${alt(w.giving_verbs)})\\s+(?:the\\s+)?$`, "i"),
    undergoBefore: new RegExp(`\\b(?:${alt(w.undergo_verbs)})\\s+(?:[\\w'’-]+\\s+){0,4}$`, "i"),
    allegianceBefore: new RegExp(`\\b(?:${alt(w.allegiance_phrases)})\\s+${determiners}$`, "i"),
    // "a visit by a Chilean delegation to Peru", "was signed by their ministers": a passive's or a noun's agent.
    agentGap: new RegExp(`^(?:\\s+[\\w'’-]+){0,5}?\\s+by\\s+${determiners}$`, "i"),
    relativeBefore: new RegExp(`\\b(?:${alt(w.relatives)})\\s+(?:the\\s+)?$`, "i"),
    clauseOpener: new RegExp(`(?:^|\\s)(?:${alt(w.conjunctions)})\\s+(?:the\\s+|a\\s+|an\\s+)?[\\w'’-]+\\s+(?:[\\w'’-]+\\s+)?(?:has|have|had|was|were|is|are|[a-z]+ed)\\b`, "i"),
    conjunctions: new Set(w.conjunctions),
    conjunctionBefore: new RegExp(`\\b(?:${alt(w.conjunctions)})\\s+(?:the\\s+)?$`, "i"),
    // "after Thailand on Wednesday expelled": a time said between the subject and its verb.
    subjectGap: new RegExp(`^(?:['’]s?)?\\s+(?:(?:${alt(w.subject_gap_words)}|\\w+ly|on (?:${alt(w.days)})|${alt(w.subject_gap_times)})\\s+){0,2}$`, "i"),
    passiveBefore: new RegExp(`\\b(?:${alt(w.passive_auxiliaries)})\\s+(?:(?:${alt(w.passive_adverbs)}|\\w+ly)\\s+)?$`, "i"),
    participle: new RegExp(`(?:ed|${alt(w.irregular_participles)})$`, "i"),
    chargingBefore: new RegExp(`\\b(?:${alt(w.charging_words)})\\s+(?:(?:[\\w-]+\\s+){0,3}?(?:on|against)\\s+)?(?:the\\s+)?$`, "i"),
    chargedAct: new RegExp(`^,?(?:\\s+[\\w'’-]+){0,4}?\\s+(?:${alt(w.charging_links)})\\s+(?:(?:its|their|his|her|the)\\s+)?(?:[\\w-]+\\s+){0,2}?$`, "i"),
    claimNoun: new RegExp(`^(?:['’]s?)?\\s+(?:[\\w-]+\\s+)?(?:${alt(w.claim_nouns)})\\b`, "i"),
    notAPlace: new RegExp(`^(?:${alt(w.not_places)})\\b`),
    complementizer: new RegExp(`\\b(?:${alt(w.complementizers)})\\b`, "i"),
    complementOpener: new RegExp(`\\b(?:${alt(w.complement_openers)})\\b`, "i"),
    // Case matters here: a place is capitalised.
    placeAfterPreposition: new RegExp(`\\b(?:${alt(w.place_prepositions)})\\s+((?:[A-Z][\\w'’.-]+)(?:\\s+(?:of\\s+)?[A-Z][\\w'’-]+){0,3}(?:,\\s+[A-Z][\\w'’-]+(?!\\s+[a-z]))?)`),
    concessiveBefore: new RegExp(`\\b(?:${alt(w.concessives)})\\s+$`, "i"),
    clauseBreak: new RegExp(`;|,\\s*(?:${alt(w.clause_breakers)})\\b`, "i"),
    objectRelative: new RegExp(`\\b(?:${alt(w.object_relatives)})\\b[^,;]*$`, "i"),
    timeClauseBreak: new RegExp(`,\\s*(?:[\\w-]+\\s+){0,3}?(?:${alt(w.time_clause_openers)})\\b`, "i"),
    reflexiveAfter: new RegExp(`^\\s+(?:${alt(w.reflexives)})\\b`, "i"),
    actCollective: new RegExp(`^(?:['’]s?)?\\s+(?:[\\w-]+\\s+){0,2}?(?:${alt(w.act_collectives)})\\s+of\\s+(?:[\\w-]+\\s+){0,3}$`, "i"),
    stateDescription: new RegExp(`\\b[Tt]he\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${alt(w.state_descriptions)})\\b(?!\\s+of\\b|-)`, "g"),
    claimBy: new RegExp(`\\b(?:${alt(w.claim_nouns)})\\s+(?:by|from)\\s+(?:the\\s+)?`, "gi"),
    copulaBefore: new RegExp(`\\b(?:${alt(w.copulas)})\\s+(?:\\w+ly\\s+)?$`, "i"),
    nonReferring: new Set(w.non_referring),
    relativeSubjectGap: new RegExp(`^(?:['’]s)?(?:\\s+[\\w'’-]+){0,2}\\s*,\\s*(?:${alt(w.subject_relatives)})\\s+(?:(?:${alt(w.subject_gap_words)}|all|both|each|\\w+ly)\\s+){0,2}$`, "i"),
    absoluteBefore: new RegExp(`\\b(?:${alt(w.absolute_openers)})\\s+(?:the\\s+)?$`, "i"),
    appositionOpener: new RegExp(`^(?:${alt(w.apposition_openers)})\\b`, "i"),
    asideOpener: new RegExp(`,\\s*(?:${alt(w.aside_relatives)})\\b[^,;]*$`, "i"),
    occasionOpener: new RegExp(`^\\W*(?:${alt(w.occasion_openers)})\\s[^,;:.]*$`, "i"),
  };
}
