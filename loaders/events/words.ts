/**
 * The function words the event coder reads a clause with (data/event-words.yaml), and the
 * patterns built from them, in this one place: status words, prepositions, pronouns,
 * act nouns … The speech verbs that date the act they judge come from the one speech-verb
 * dictionary (data/speech-verbs.yaml, through loaders/attribution.ts).
 */
import { judgingVerbs } from "../attribution.ts";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import { institutionHeadWords, institutionSingleWords } from "../state-institutions.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { escapeRegExp } from "../text.ts";
import type { PloverType } from "../plover.ts";
import { eventWordsSchema, type EventWordsFile } from "./words-schema.ts";
import { sentObjectWords } from "./sent-objects.ts";
import { originWords } from "./weapon-origin.ts";
import { tollWords } from "./attack-toll.ts";
import { protestAimPattern } from "./protest-aims.ts";
import { finiteConjunctShape } from "./finite-conjunct.ts";
import type { EventWords } from "./words-patterns.ts";

export type { EventWords } from "./words-patterns.ts";

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
    requestedContent: new RegExp(`\\b(?:${alt(w.requesting_words)})\\s*,?\\s+(?:(?!that\\b)[\\w'’-]+\\s*,?\\s+){0,3}?that\\s+(?:(?:${alt(w.determiners)})\\s+)?$`, "i"),
    refusedProposal: new RegExp(`\\b(?:${alt(w.refusing_verbs)})\\s+(?:${linking}[\\w'’.-]+\\s+){0,4}?(?:${alt(w.proposal_nouns)})\\b[^,;:]*$`, "i"),
  };
}

/** An act only wanted, directed, possible or attempted ("agreed to jointly …", "ordered the navy to …", "could soon …", "tried to …"), and the types decided or attempted. */
function intendedActWords(w: EventWordsFile) {
  return {
    controlledAct: new RegExp(`\\b(?:${alt(w.control_verbs)})\\s+to\\s+(?:(?:also|jointly|\\w+ly)\\s+)?$`, "i"),
    controlNoun: new RegExp(`(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(${alt(w.control_nouns)})\\s+to\\s+(?:\\w+ly\\s+)?$`, "di"),
    directedAct: new RegExp(`\\b(?:${alt(w.directive_verbs)})\\s+(?:[\\w'’.-]+\\s+){1,4}?to\\s+(?:\\w+ly\\s+)?$`, "i"),
    possibleAct: new RegExp(`\\b(?:${alt(w.possibility_modals)})\\s+(?:(?:also|still|soon|yet|\\w+ly)\\s+)?$`, "i"),
    attemptedAct: new RegExp(`\\b(?:${alt(w.attempt_phrases)})\\s+(?:\\w+ly\\s+)?$`, "i"),
    attemptedTypes: new Set(w.attempted_types),
    pledgedAct: new RegExp(`\\b(?:${alt(w.pledge_phrases)})\\s+(?:(?:also|again|repeatedly|\\w+ly)\\s+)?$`, "i"),
    threatenedTypes: new Set(w.threatened_types),
    decisionTypes: new Set<string>(w.decision_types),
  };
}

/** A range of dates ("between May and June"), a word shifting a time, a relative clause with its own subject, a word of later. */
function rangeAndRelativeWords(w: EventWordsFile) {
  return {
    rangeOpenerBefore: new RegExp(`\\b(?:${alt(w.range_openers)})\\s+$`, "i"),
    rangeOpenerStart: new RegExp(`^(?:${alt(w.range_openers)})\\b`, "i"),
    rangeJoiner: new RegExp(`^\\s*(?:${alt(w.range_joiners)}|-|–)\\s*$`, "i"),
    timeShifter: new RegExp(`\\b(?:${alt(w.time_shifters)})\\b`, "i"),
    ownSubjectRelative: new RegExp(`\\b(?:${alt(w.own_subject_relatives)})\\s+([\\w'’-]+)`, "gi"),
    relativeSubjectStarts: new Set(w.relative_subject_starts),
    laterWord: new RegExp(`\\b(?:${alt(w.later_words)})\\b`, "i"),
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

/** The rest of a clause whose subject is the act's noun phrase, made a hypothesis by its modal ("… on Peru would be a disaster"). */
function hypotheticalAfter(w: EventWordsFile): RegExp {
  const opener = alt([...w.conjunctions, ...w.relatives, "but", "who", "where"]);
  const word = `(?!(?:${opener}|${alt(w.be_forms)}|${alt(w.hypothetical_modals)})\\b)[\\w'’.$-]+`;
  return new RegExp(`^(?:\\s+${word}){0,8}?\\s+(?:${alt(w.hypothetical_modals)})\\s+(?!have\\b)`, "i");
}

/** A word that opens one of `hedges` ("may" of "may have") matches only where that hedge does not follow. */
function unlessOpeningHedge(word: string, hedges: readonly string[]): string {
  const rests = hedges.filter((h) => h.startsWith(`${word} `)).map((h) => h.slice(word.length + 1));
  // A phrase's words may stand apart where a date between them was blanked ("called Thursday on").
  const phrase = escapeRegExp(word).replace(/ /g, "\\s+");
  return rests.length ? `${phrase}(?!\\s+(?:${alt(rests)}))` : phrase;
}

type JudgingVerbs = ReturnType<typeof judgingVerbs>;

/** Reads data/event-words.yaml in `dir` and builds the coder's patterns, with the judging speech verbs of `lex`. */
export function loadEventWords(lex: Pick<StatementLexicon, "verbs" | "stanceNouns" | "words">, dir = DATA_DIR): EventWords {
  const w = loadDictionary(EVENT_WORDS_FILE, eventWordsSchema, dir);
  const judging = judgingVerbs(lex);
  // The participles that relay another's words are the statements' own (data/statement-words.yaml).
  const relayParticiple = new RegExp(`\\b(?:${alt([...lex.words.relayParticiples])})\\s+(?:the\\s+)?`, "i");
  // The words for a state's institutions and offices are also data/state-institutions.yaml's.
  const publicOfficeWords = new Set([...w.public_office_words, ...institutionSingleWords(dir)]);
  const institutionHeads = new Set(institutionHeadWords(dir));
  // A person acted on by office or by relation; not the armed services an office commands.
  const personObjectNouns = new Set([...w.public_office_words, ...w.political_persons]);
  return { ...statusAndTimeWords(w, judging), ...partyWords(w, judging), ...clauseWords(w), relayParticiple, publicOfficeWords, institutionHeads, personObjectNouns };
}

/** "accused Peru of ", "charged with ": a charge's verb, up to 150 characters of its object, and the preposition that opens the act charged, ending the text before the act. */
function allegingFrame(frames: string[]): RegExp {
  const one = (frame: string) => {
    const words = frame.split(" ");
    return `\\b${escapeRegExp(words[0])}\\b[^.;]{0,150}?\\b${words.slice(1).map(escapeRegExp).join("\\s+")}`;
  };
  return new RegExp(`(?:${frames.map(one).join("|")})\\s*$`, "i");
}

/** A negation contracted onto its verb ("n't"), written with either apostrophe. */
const isContraction = (word: string) => word.startsWith("n'") || word.startsWith("n’");

/** The words that say whether an act happened, is planned, hedged or denied, and when. */
function statusAndTimeWords(w: EventWordsFile, judging: JudgingVerbs) {
  const denials = judging.filter((v) => v.stance === "deny" && v.verb).map((v) => v.form);
  const suppress = w.suppress.filter((s) => !isContraction(s)).map((s) => unlessOpeningHedge(s, w.hedged)).join("|");
  // "didn't", "won’t": a contraction is glued to its verb, so it has no word boundary before it.
  const contracted = w.suppress.some(isContraction) ? "|n['’]t\\b" : "";
  return {
    suppress: new RegExp(`\\b(?:${suppress})\\b${contracted}`, "i"),
    planned: new RegExp(`\\b(?:${alt(w.planned)})\\b`, "i"),
    hedged: new RegExp(`\\b(?:${alt(w.hedged)})\\b`, "i"),
    raisedPerfect: new RegExp(`\\b(?:${alt(w.raising_words)})\\s+to\\s+have\\s+(?:been\\s+)?(?:\\w+ly\\s+)?$`, "i"),
    reported: new RegExp(`\\b(?:${alt(w.reported)})\\b`, "i"),
    denial: new RegExp(`\\b(?:${alt(denials)})\\b`, "i"),
    deniedReport: new RegExp(`\\b(?:${alt(denials)})\\s+(?:[\\w'’-]+\\s+){0,2}$`, "i"),
    denialComplement: new RegExp(`^\\s+(?:${alt(w.denial_complements)})\\b`, "i"),
    allegingFrame: allegingFrame(w.charge_frames),
    progressive: new RegExp(`\\b(?:${alt(w.be_forms)})\\s+(?:${alt(w.progressive)})\\b`, "i"),
    plannedAfter: plannedAfter(w),
    hypotheticalAfter: hypotheticalAfter(w),
    conditionAfter: new RegExp(`^[^,;:.]*?\\b(?:${alt(w.condition_words)})\\b`, "i"),
    // "even if" and "as if" concede or compare, they set no condition.
    conditionWithin: new RegExp(`(?<!\\b(?:even|as)\\s+)\\b(?:${alt(w.condition_words)})\\b`, "i"),
    undatable: new RegExp(`\\b(?:${alt(w.undatable)})\\b`, "i"),
    aroundEvent: new RegExp(`\\b(?:${alt(w.around_words)})\\s+the\\s+(${alt(w.dated_acts)})\\b`, "i"),
    shiftedFromEvent: new RegExp(`\\b(${alt(w.dating_acts)})\\s+(?:${alt(w.occurrence_verbs)})\\s+(\\w+)\\s+(days?|weeks?)\\s+(after|before)\\b[^,;]{0,60}$`, "i"),
    referentNoun: new RegExp(`^\\s+(?:${alt(w.referent_determiners)})\\s+(?:[\\w-]+\\s+){0,2}?(${alt(w.referent_nouns)})\\b`, "i"),
    averted: new RegExp(`\\b(?:${alt(w.averting_words)})\\s+(?:(?:ever|\\w+ly)\\s+)?$`, "i"),
    observedNoun: new RegExp(`\\b(?:${alt(w.observing_verbs)})\\s+(?:[\\w'’-]+\\s+){0,5}$`, "i"),
    unfounded: new RegExp(`\\b(?:${alt(w.unfounded_frames)})\\s+(?:that|of)\\s+(?:[\\w'’-]+\\s+){0,6}$`, "i"),
    // "made possible by Chile's attack": a preposition between closes the adjective's phrase.
    possibleNoun: new RegExp(`\\b(?:${alt(w.possibility_adjectives)})\\s+(?:(?!(?:by|to|for|in|of|with|from|on|at|as|than|that)\\b)[\\w'’-]+\\s+){0,2}$`, "i"),
    anticipated: new RegExp(`\\b(?:${alt(w.anticipating_words)})\\s+(?:[\\w'’-]+\\s+){0,4}$`, "i"),
    fearedClause: new RegExp(`\\b(?:${alt(w.anticipating_words)})\\s+that\\s[^.,;:!?()“”"]*$`, "i"),
    advocatedFor: new RegExp(`\\b(?:${alt(w.advocacy_nouns)})\\s+(?:for|to|of)\\s+(?:\\w+ly\\s+)?$`, "i"),
    capacityFor: new RegExp(`\\b(?:${alt(w.capacity_nouns)})\\s+to\\s+(?:(?:also|further|again|quickly|\\w+ly)\\s+)?$`, "i"),
    forbidden: new RegExp(`\\b(?:${alt(w.prohibition_words)})\\s+(?:(?:on|of|against)\\s+)?(?:[\\w-]+\\s+){0,3}$`, "i"),
    rehearsed: new RegExp(`^\\s+(?:${alt(w.rehearsal_nouns)})\\b`, "i"),
    exposedTo: new RegExp(`\\b(?:${alt(w.exposure_adjectives)})\\s+to\\s+(?:[\\w-]+\\s+){0,3}$|\\b(?:${alt(w.protection_words)})\\s+(?:[\\w'’-]+\\s+){0,4}?(?:from|against)\\s+(?:[\\w-]+\\s+){0,3}$`, "i"),
    ...stoppingWords(w),
    backgroundAct: new RegExp(`\\b(?:${alt(w.background_acts)})\\b`, "i"),
    backgroundOpener: new RegExp(`\\b(?:${alt(w.background_openers)})\\b`, "i"),
    settingClause: new RegExp(`\\b(?:${alt(w.setting_openers)})\\s+(?:[\\w'’-]+\\s+){1,5}$`, "i"),
    days: new Set(w.days.map((d) => d.toLowerCase())),
    backshiftedWould: new RegExp(`\\b(?:${alt(w.backshift_verbs)})\\b(?:\\s+[\\w'’-]+){0,6}?\\s+would\\s+(?:\\w+ly\\s+)?(?:continue\\s+to\\s+)?$`, "i"),
    // "said Russia would continue to build …": the reported "will continue to".
    trailingWould: /\bwould\s+(?:\w+ly\s+)?(?:continue\s+to\s+)?$/i,
    ...intendedActWords(w),
    floatingQuantifiers: new Set(w.floating_quantifiers),
    readiedAct: new RegExp(`\\b(?:${alt(w.readiness_phrases)})\\s+(?:(?:resume|launch|mount|begin|start|carry out|step up)\\s+(?:(?:an?|the|new|fresh|its|their)\\s+)?)?$`, "i"),
    readinessTypes: new Set(w.readiness_types),
    disposedTo: new RegExp(`\\b(?:${alt(w.disposition_phrases)})\\s+(?:\\w+ly\\s+)?$`, "i"),
    ...rangeAndRelativeWords(w),
    promisedModes: new Set(w.promised_modes),
    personalModes: new Set(w.personal_modes),
    negation: new RegExp(`(?:\\b(?:${alt(w.negations.filter((n) => !isContraction(n)))})\\b|n['’]t\\b)`, "i"),
  };
}

/** The words of acts within one state (domestic.ts), of the doers of noun acts and of protests' aims. */
function domesticWords(w: EventWordsFile) {
  return {
    // "in east Bosnia", "across the northern Chad": a direction may stand before the place.
    domesticPlace: new RegExp(`\\b(?:${alt(w.domestic_places)})\\s+(?:the\\s+)?(?:(?:${alt(w.place_directions)})\\s+)?$`, "i"),
    domesticPressureTypes: new Set(w.domestic_pressure_types),
    relativeNameTypes: new Set(w.relative_name_types),
    homeOnlyExcludedTypes: new Set(w.home_only_excluded_types),
    domesticForces: new Set(w.domestic_forces),
    crowdNouns: new Set(w.crowd_nouns),
    doerlessTypes: new Set(w.doerless_types),
    nounReadTypes: new Set(w.noun_read_types),
    kindCopulas: new Set(w.kind_copulas),
    mannerPrepositions: new Set(w.manner_prepositions),
    settingPrepositions: new Set(w.setting_prepositions),
    nounActVerbs: new Set(w.noun_act_verbs),
    protestAimBefore: protestAimPattern(w.protest_aim_links),
    // A state's own bodies and offices, and the acts only its authorities do (state-acts.ts).
    homeBodyHeads: new Set(w.home_body_heads),
    publicOfficeWords: new Set(w.public_office_words),
    stateActWords: new Set(w.state_act_words),
  };
}

/** The words that name or point back to the parties: speakers, titles, pronouns, groups. */
function partyWords(w: EventWordsFile, judging: JudgingVerbs) {
  return {
    speechTrigger: new RegExp(`\\b(?:${alt(judging.map((v) => v.form))})\\b`, "gi"),
    descriptionHeads: new RegExp(`\\b(${alt(w.description_heads)})\\b`, "gi"),
    // "…, said a spokesperson for the Israeli prime minister": right after the verb, its article
    // and up to three words, a speaker's description, then its phrase to the clause's end; no
    // preposition or "that" first ("said in a statement that …" opens no speaker).
    invertedSpeakerPhrase: new RegExp(`^\\s+(?:(?:${alt(w.determiners)})\\s+)?(?!(?:${alt([...w.prepositions, ...w.conjunctions, "that"])})\\b)(?:[\\w'’.-]+\\s+){0,3}?(?:${alt(w.description_heads)})\\b[^,;:.()“”"]*`, "i"),
    statelessHeads: new RegExp(`\\b(?:${alt(w.stateless_heads)})\\b`, "i"),
    regionBefore: new RegExp(`\\b(?:${alt(w.region_qualifiers)}) $`),
    insideInstitutionName: new RegExp(`^(?:['’]s)?(?:\\s+(?:${alt(w.name_connectors)})|\\s+(?!(?:${alt(w.government_bodies)})\\b)\\p{Lu}[\\p{L}.’'-]*){0,6}?\\s+(?:${alt(w.institution_heads)})\\b(?!\\s+(?:${alt(w.government_bodies)})\\b)`, "u"),
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
    ...domesticWords(w),
    // "US troops", "DPRK soldiers": a state's name right before its agents modifies them as a demonym would.
    agentHeadAfter: new RegExp(`^\\s+(${alt([...w.state_agents, ...w.sent_people])})\\b`),
    collectivePeople: new Set(w.collective_people),
    weaponSubjects: new Set(w.weapon_subjects),
    subjectPhrasePrepositions: new Set(w.subject_phrase_prepositions),
    allegiancePhrases: new Set(w.allegiance_phrases.map((a) => a.toLowerCase())),
    ethnicBefore: new RegExp(`\\b(?:${alt(w.ethnic_qualifiers)})\\s+$`, "i"),
    possessivePronouns: new Set(w.possessive_pronouns),
    victimNouns: new Set(w.victim_nouns),
    relativeWords: new Set([...w.relatives, ...w.aside_relatives, ...w.subject_relatives]),
    personPronouns: new Set(w.person_pronouns),
    pluralPronouns: new Set(w.plural_pronouns),
    // Any case: "“We urge Peru to stop,” she said" opens the quotation with a capital.
    firstPersonBefore: new RegExp(`\\b(?:${alt(w.first_person)})\\s+(?:[a-z]+\\s+)?$`, "i"),
    definiteDeterminers: new Set(w.definite_determiners),
    speakerPronouns: new Set(w.speaker_pronouns),
    coordinator: new RegExp(`\\b(?:${alt(w.coordinators)})\\b`),
    conjunctOpener: new RegExp(`\\b(?:${alt(w.conjunct_openers)})\\b`, "i"),
    jointBefore: new RegExp(`\\b(?:${alt(w.joint_modifiers)})\\s+$`, "i"),
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
    raisingWords: new Set(w.raising_words),
    recurring: { types: new Set(w.recurring_types), modes: new Set(w.recurring_modes) },
    deployedPeople: new Set([...w.sent_people, ...w.other_people_sent]),
    sent: sentObjectWords(w),
    origin: originWords(w),
    toll: tollWords(w),
  };
}

/** The words that shape a clause: prepositions, conjunctions, relatives, the passive, places. */
function clauseWords(w: EventWordsFile) {
  const determiners = `(?:(?:${alt(w.determiners)})\\s+)?`;
  return {
    prepositionBefore: new RegExp(`\\b(?:${alt(w.prepositions)})\\s+${determiners}(?:(?:${alt(w.place_directions)})\\s+)?$`, "i"),
    subjectPlace: new RegExp(`\\b(?:${alt(w.subject_places)})\\s+${determiners}$`, "i"),
    placeOrigin: new RegExp(`\\b(?:${alt(w.place_origins)})\\s+${determiners}$`, "i"),
    placeTargetTypes: new Set(w.place_target_types),
    placeHostTypes: new Set(w.place_host_types),
    ofAgentTypes: new Set(w.of_agent_types),
    givingVerbBefore: new RegExp(`\\b(?:${alt(w.giving_verbs)})\\s+(?:the\\s+)?$`, "i"),
    undergoBefore: new RegExp(`\\b(?:${alt(w.undergo_verbs)})\\s+(?:[\\w'’-]+\\s+){0,4}$`, "i"),
    allegianceBefore: new RegExp(`\\b(?:${alt(w.allegiance_phrases)})\\s+${determiners}$`, "i"),
    // "a visit by a Chilean delegation to Peru", "was signed by their ministers", "signed by the
    // leaders of Chile and Peru": a passive's or a noun's agent, or the state its office holders serve.
    agentGap: new RegExp(`^(?:\\s+[\\w'’-]+){0,5}?\\s+by\\s+${determiners}(?:(?:[\\w-]+\\s+)?(?:${alt(w.office_holders)})\\s+of\\s+(?:the\\s+)?)?$`, "i"),
    relativeBefore: new RegExp(`\\b(?:${alt(w.relatives)})\\s+(?:the\\s+)?$`, "i"),
    clauseOpener: new RegExp(`(?:^|\\s)(?:${alt(w.conjunctions)})\\s+(?:the\\s+|a\\s+|an\\s+)?[\\w'’-]+\\s+(?:[\\w'’-]+\\s+)?(?:has|have|had|was|were|is|are|[a-z]+ed)\\b`, "i"),
    conjunctions: new Set(w.conjunctions),
    conjunctionBefore: new RegExp(`\\b(?:${alt(w.conjunctions)})\\s+(?:the\\s+)?$`, "i"),
    // "after Thailand on Wednesday expelled": a time said between the subject and its verb.
    subjectGap: new RegExp(`^(?:['’]s?)?\\s+(?:(?:${alt(w.subject_gap_words)}|\\w+ly|on (?:${alt(w.days)})|${alt(w.subject_gap_times)})\\s+){0,2}$`, "i"),
    passiveBefore: new RegExp(`\\b(?:${alt(w.passive_auxiliaries)})\\s+(?:(?:${alt(w.passive_adverbs)}|\\w+ly)\\s+)?$`, "i"),
    perfectParticiples: new Map(Object.entries(w.perfect_participles)),
    finiteConjunct: finiteConjunctShape(Object.keys(w.perfect_participles)),
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
    copulaBefore: new RegExp(`\\b(?:${alt(w.copulas)})\\s+(?:\\w+ly\\s+)?(?:(?:${alt(w.partitives)})\\s+)?$`, "i"),
    nonReferring: new Set(w.non_referring),
    relativePassiveGap: new RegExp(`^(?:['’]s)?(?:\\s+[\\w'’-]+){0,2}\\s*,\\s*(?:${alt(w.subject_relatives)})\\s+(?:(?:has|have|had)\\s+been|${alt(w.be_forms)})\\s+(?:(?:also|then|later|\\w+ly)\\s+)?$`, "i"),
    placeObjectGap: new RegExp(`^\\s+(?:(?:[\\w-]+\\s+)?(?:${alt(w.place_object_leads)})\\s+)?(?:(?:the|both|${alt(w.floating_quantifiers)})\\s+)?(?:(?:[\\w'’-]+\\s+){0,2}?(?:${alt(w.place_kind_nouns)})\\s+of\\s+)?$`, "i"),
    relativeSubjectGap: new RegExp(`^(?:['’]s)?(?:\\s+[\\w'’-]+){0,2}\\s*,\\s*(?:${alt(w.subject_relatives)})\\s+(?:(?:${alt(w.subject_gap_words)}|${alt(w.floating_quantifiers)}|\\w+ly)\\s+){0,2}$`, "i"),
    absoluteBefore: new RegExp(`\\b(?:${alt(w.absolute_openers)})\\s+(?:the\\s+)?$`, "i"),
    appositionOpener: new RegExp(`^(?:${alt(w.apposition_openers)})\\b`, "i"),
    asideOpener: new RegExp(`,\\s*(?:${alt(w.aside_relatives)})\\b[^,;]*$`, "i"),
    occasionOpener: new RegExp(`^\\W*(?:${alt(w.occasion_openers)})\\s[^,;:.]*$`, "i"),
  };
}
