/**
 * The patterns the event coder reads a clause with, as built by loadEventWords (words.ts)
 * from data/event-words.yaml: the shape every reader of the coder's words sees.
 */
import type { PloverType } from "../plover.ts";
import type { SentObjectWords } from "./sent-objects.ts";
import type { OriginWords } from "./weapon-origin.ts";
import type { TollWords } from "./attack-toll.ts";

/** The event coder's patterns, each built from a list of data/event-words.yaml. */
export interface RecurringActs {
  types: ReadonlySet<PloverType>;
  modes: ReadonlySet<string>;
}

export interface EventWords {
  /** A condition, wish or negation before a trigger: no act ("if", "would", "may" unless "may have"). */
  suppress: RegExp;
  /** "dismissed the ": a verb of denial closing the text before a report's word ("dismissed the reports that …"). */
  deniedReport: RegExp;
  planned: RegExp;
  hedged: RegExp;
  /** "is believed to have ", "are likely to have been " closing a text: a raised perfect infinitive tells an act inferred, not planned. */
  raisedPerfect: RegExp;
  reported: RegExp;
  /** A verb of denial (the speech verbs of stance deny). */
  denial: RegExp;
  /** What follows a verb of denial when it denies an act ("denied that", "denies sending"). */
  denialComplement: RegExp;
  /** A charge's frame ending right before an act ("accused Peru of "): the act is alleged. */
  allegingFrame: RegExp;
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
  /** An inverted speaker's phrase after its verb (attributions.ts invertedSpeaker). */
  invertedSpeakerPhrase: RegExp;
  statelessHeads: RegExp;
  /** Words of a public office or body the gazetteer names no state for ("senator", "court"): public-offices.ts. */
  publicOfficeWords: ReadonlySet<string>;
  /** Heads of an object that is a person by office or relation ("the senator", "his rival", "her"): person-object.ts. */
  personObjectNouns: ReadonlySet<string>;
  /** One-word names of a state's bodies ("court", "parliament"): a definite subject headed by one is the body itself (generic-subject.ts). */
  institutionHeads: ReadonlySet<string>;
  /** Words of acts only a state's authorities do ("arrested", "fined", "curfew"): state-acts.ts. */
  stateActWords: ReadonlySet<string>;
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
  /** Types of act a place after "to" hosts: a visit to a city is to its state (place_host_types). */
  placeHostTypes: ReadonlySet<string>;
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
  /** "sold" → "sell": irregular participles the tagger may read as adjectives after a perfect's "have". */
  perfectParticiples: ReadonlyMap<string, string>;
  /** A second conjunct with a finite verb of its own (finite-conjunct.ts), those participles among its verbs. */
  finiteConjunct: RegExp;
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
  /** "warned Peru against ", "refrained from ": closing the text before a trigger, the act is one kept from happening. */
  averted: RegExp;
  /** "no evidence that … troops are entering": an act said not to be known is none told (status.ts). */
  unfounded: RegExp;
  /** "bracing for a ": closing the text before a trigger, the act is one feared or expected. */
  anticipated: RegExp;
  /** An adjective of possibility inside the act noun's phrase, before it: "a possible Russian invasion". */
  possibleNoun: RegExp;
  /** "fears that … " closing a text, in one clause: a possibility in a feared clause is none told ("fears that Chile could attack"). */
  fearedClause: RegExp;
  /** "reported a suspected ": closing the text before a noun trigger, the act is observed or judged, not the subject's. */
  observedNoun: RegExp;
  /** "the capability to ": closing the text before a trigger, the act is one a side could do. */
  capacityFor: RegExp;
  /** "support for ", "calls for ": closing the text before a gerund trigger, the act is one argued over. */
  advocatedFor: RegExp;
  /** "… would be a disaster": after a noun trigger, a modal predicate of its clause makes the act hypothetical. */
  hypotheticalAfter: RegExp;
  /** "… unless it frees the crew": after a planned act, a condition in its clause. */
  conditionAfter: RegExp;
  /** "if claims of Chilean troops being sent", "troops … if they enter": a condition opening the act's clause, or inside its words. */
  conditionWithin: RegExp;
  /** "suspended arms sales to", "broke off talks with": closing the text before a trigger, the act is one stopped. */
  stopped: RegExp;
  /** "demanded that ": closing the text before an act's doer, the act is what a request asks for. */
  requestedContent: RegExp;
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
  /** Types of act by which an unnamed group presses its own state's government (domestic.ts). */
  domesticPressureTypes: ReadonlySet<string>;
  /** Acts whose doer may be a name before ", who" the gazetteer does not know (relative-subject.ts). */
  relativeNameTypes: ReadonlySet<string>;
  /** Types that make no event told of the article's own state alone (domestic-support.ts). */
  homeOnlyExcludedTypes: ReadonlySet<string>;
  /** Verbs whose subject does the noun act that is their object ("continued their hunger strike"). */
  nounActVerbs: ReadonlySet<string>;
  /** Heads of a state's forces of order ("police") and the crowds they act on (domestic.ts). */
  domesticForces: ReadonlySet<string>;
  crowdNouns: ReadonlySet<string>;
  /** Types of act that stand with no side named and no doer in words (unnamed-doer.ts). */
  doerlessTypes: ReadonlySet<string>;
  /** Present forms of "be" that, after a bare noun, say what a kind is (unnamed-doer.ts). */
  /** Doerless types whose noun is read for modifier, kind, manner and setting (unnamed-doer.ts namesNoAct). */
  nounReadTypes: ReadonlySet<string>;
  kindCopulas: ReadonlySet<string>;
  /** Before a doerless act's bare noun, "in": the manner of the clause's own act (unnamed-doer.ts). */
  mannerPrepositions: ReadonlySet<string>;
  /** Before a doerless act's noun phrase, a preposition of time: the setting of another act (unnamed-doer.ts). */
  settingPrepositions: ReadonlySet<string>;
  /** A link and up to two words before a demand told as a protest's aim ("… to demand"): protest-aims.ts. */
  protestAimBefore: RegExp;
  /** A state's agents or people sent, right after a name ("US troops", "DPRK workers"): the name modifies them. */
  agentHeadAfter: RegExp;
  /** Nouns for a state's people taken together ("people", "police"). */
  collectivePeople: ReadonlySet<string>;
  /** Weapons and attacks that stand as an attack's subject ("31 missiles struck"): unnamed-doer.ts. */
  weaponSubjects: ReadonlySet<string>;
  /** Prepositions inside a subject the gazetteer does not name ("a mine near the old depot"). */
  subjectPhrasePrepositions: ReadonlySet<string>;
  /** Phrases of allegiance, lower-case ("loyal to", "backed by"): inside a subject the gazetteer does not name ("gunmen loyal to the warlord"). */
  allegiancePhrases: ReadonlySet<string>;
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
  /** ", which", "where", then the next word (group 1): a relative clause that may have its own subject. */
  ownSubjectRelative: RegExp;
  /** Words that open a relative clause's own subject ("the", "its", "they"); a name opens one too. */
  relativeSubjectStarts: ReadonlySet<string>;
  /** "that", "whether": a clause of reported content opens. */
  complementizer: RegExp;
  /** "that", "of": what follows a speech verb is the speech's content. */
  complementOpener: RegExp;
  /** "later": an act told as coming later than its context. */
  laterWord: RegExp;
  /** A place named after "in", "to", "at": group 1 the place. */
  placeAfterPreposition: RegExp;
  possessivePronouns: ReadonlySet<string>;
  /** Nouns for the people an act befell ("victims"): a trigger modifying one tells no act ("kidnap victims"). */
  victimNouns: ReadonlySet<string>;
  /** Relative pronouns ("which", "that", "who", "whose"): a word after one opens a clause, not a noun phrase. */
  relativeWords: ReadonlySet<string>;
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
  /** "and", "but": a second conjunct opens (mention-dates.ts). */
  conjunctOpener: RegExp;
  /** "joint" before sides joined by a hyphen: they act together. */
  jointBefore: RegExp;
  /** "said it would ", closing a text: a past verb of saying, then "would" right before the act. */
  backshiftedWould: RegExp;
  /** "would " (and an adverb) closing a text. */
  trailingWould: RegExp;
  /** "may " (and an adverb) closing a text: the modal of the act's own verb, a possibility ahead. */
  possibleAct: RegExp;
  /** "agreed to " (and an adverb) closing a text: a verb whose infinitive is an act still to come. */
  controlledAct: RegExp;
  /** "told Peru to " (and an adverb) closing a text: the infinitive a directive verb's object is told to do. */
  directedAct: RegExp;
  /** "'s decision to " (an adjective between, an adverb after) closing a text: the noun whose owner does the infinitive. */
  controlNoun: RegExp;
  /** " … by the ": the words between a trigger and the agent after it. */
  agentGap: RegExp;
  /** "attempted to " (and an adverb) closing a text: an attempt at the act right after. */
  attemptedAct: RegExp;
  /** The PLOVER types whose attempt is the act itself (an attempted assassination is an assault). */
  attemptedTypes: ReadonlySet<string>;
  /** "vowed to (repeatedly) " closing a text: a pledge of the act right after. */
  pledgedAct: RegExp;
  /** The PLOVER types whose pledge is a threat (vowing to ban imports threatens a sanction). */
  threatenedTypes: ReadonlySet<string>;
  /** Acts that are themselves a decision: agreed or decided to, they are made (control verbs leave them as told). */
  decisionTypes: ReadonlySet<string>;
  /** "all", "both", "each" floated before a verb ("who all accused"): read in noun-readings.ts. */
  floatingQuantifiers: ReadonlySet<string>;
  /** "prepared to (resume) " closing a text: forces made ready for the act right after, which is not yet told. */
  readiedAct: RegExp;
  /** "willing to (openly) " closing a text: a speech act a side is disposed to make, none made. */
  disposedTo: RegExp;
  /** The PLOVER types whose readiness is a mobilisation, not the act. */
  readinessTypes: ReadonlySet<string>;
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
  /** "believed", "appear": a raising word before "to" that lifts the passive's subject out of its clause (theme-origin.ts), lower-case. */
  raisingWords: ReadonlySet<string>;
  /** Acts that recur between the same sides, by type (strikes) and mode (launches): each telling another act unless told again (merging.ts). */
  recurring: RecurringActs;
  /** Nouns for people a side sends ("troops", "workers"), lower-case. */
  deployedPeople: ReadonlySet<string>;
  /** What a verb of sending moves: people, goods (sent-objects.ts). */
  sent: SentObjectWords;
  /** The weapons and participles that name where a weapon comes from (weapon-origin.ts). */
  origin: OriginWords;
  /** Verbs of harm that tell the toll of an attack named by a noun before them (attack-toll.ts). */
  toll: TollWords;
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
  /** "…, which was ": between a party and a passive verb whose relative subject stands for it. */
  relativePassiveGap: RegExp;
  /** " control of the town of " (opening a text, closing at the party): between a verb of seizing and the place it takes. */
  placeObjectGap: RegExp;
  /** "the kingdom", "the reclusive country", global: a description of a state named before (not "the country of X"). */
  stateDescription: RegExp;
  /** "claims by ", "reports from the ", global: a claim noun whose speaker follows. */
  claimBy: RegExp;
  /** A copula (and an adverb) closing a text: the noun phrase after it is a predicate, it refers to nothing. */
  copulaBefore: RegExp;
  /** Words that make "the … country" a rank or a whole, not a state named before ("only", "entire"), lower-case. */
  nonReferring: ReadonlySet<string>;
}
