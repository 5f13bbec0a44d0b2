/**
 * The word lists of data/quantity-words.yaml as the quantity reader uses them: sets, maps and
 * patterns made once by loadQuantityWords (words.ts).
 */
import { type Category } from "./row.ts";

export interface QuantityWords {
  /** Closed-class and time words that end a noun phrase. */
  stopWords: Set<string>;
  /** Quotation marks the counted noun phrase is read through ("“bunker buster” bombs"). */
  phraseQuotes: Set<string>;
  /** Heads that count occasions ("five times"), unless a word of `multiplierFollowers` follows ("nine times more"). */
  occasionNouns: Set<string>;
  multiplierFollowers: Set<string>;
  /** Plural → singular, for plurals without a final s and nouns used as plurals. */
  irregularPlurals: Map<string, string>;
  determiners: Set<string>;
  partyContexts: Set<string>;
  partPronouns: Set<string>;
  /** Verbs of what one thing of a kind holds or can do, after "each battery" ("is composed of", "carries", "can"). */
  makeUpWords: Set<string>;
  /** Words of focus before a left-out object ("was producing only 300,000"). */
  focusWords: Set<string>;
  /** Verbs of dying after one person ("one person dies"). */
  deathVerbs: Set<string>;
  /** Words between a number and its noun that go with the noun ("eight such systems", "its own tanks"). */
  nounPremodifiers: Set<string>;
  /** Words that open a verb's object ("it", "the"): a plural-looking word before one is a verb. */
  objectOpeners: Set<string>;
  /** Superlatives without -est ("best", "most"). */
  superlatives: Set<string>;
  /** Words before a ranking's set ("among the top 10 buyers"): its size is no amount. */
  rankingMemberships: Set<string>;
  /** Nouns and adjectives in -ly, which are no adverbs ("supply", "elderly"). */
  lyWords: Set<string>;
  /** Words for one thing before a noun that "or two" counts again ("another pick or two"). */
  oneWords: Set<string>;
  /** Nouns whose "of" phrase a later bare number counts ("the number of shells … 3 million"). */
  countNouns: Set<string>;
  /** Verbs that give their subject's level as a number after them ("troops number 8,000"), and the words between. */
  levelVerbs: Set<string>;
  levelLinks: Set<string>;
  /** Prepositions of a change's size or start before the new level ("rose by 3,000 to 12,000"). */
  changeLinks: Set<string>;
  /** Links that set two amounts side by side, the second's unit left out ("rose by 2% but fell by 1"). */
  parallelLinks: Set<string>;
  /** "in the past nine elections": the prepositions and window words of a span told in recurring things. */
  spanPrepositions: Set<string>;
  spanWindows: Set<string>;
  /** Verbs by which a source sets out findings the next sentence goes on giving ("A Times analysis shows …"). */
  accountVerbs: Set<string>;
  /** Change words that, after a comma and before "from", compare with an earlier level: ", down from $89 to $93 billion". */
  comparisonAdverbs: Set<string>;
  /** Links of a ratio after "one" ("one in five"). */
  ratioLinks: Set<string>;
  /** Words after "up" that make it a particle after things counted ("shares up for sale"). */
  particleLinks: Set<string>;
  /** Present forms of "be", "have", "do" ("are", "has"): a verb in the present tense whose lemma is no part of it. */
  presentAuxiliaries: Set<string>;
  /** Verbs that change their object's level ("doubled its troops to 12,000"). */
  objectLevelVerbs: Set<string>;
  valueWords: Set<string>;
  /** Verbs that move money: a bare scaled sum right after one is money ("spent 20 million"). */
  spendingVerbs: Set<string>;
  /** Nouns a hyphened weight before them gives an amount of ("a 500,000-barrel limit"), not a size. */
  amountNouns: Set<string>;
  /** Words before a count noun that make it a count of people ("death toll"), and their unit. */
  casualtyTolls: Set<string>;
  casualtyUnit: string;
  /** Prefixes a number may be hyphened onto and stay an amount ("sub-7"). */
  numberPrefixes: Set<string>;
  casualtyWords: Set<string>;
  /** Nouns that count people by what befell them ("dozens of injuries", "12 lives"): the table's unit is casualtyUnit. */
  casualtyNouns: Set<string>;
  /** Heads that count units of what "of" names ("30 units of the K-7 howitzer"): classifiers.ts. */
  classifierHeads: Set<string>;
  /** Heads of people that name a machine after a model's name ("18 MiG-29 fighters"). */
  modelMachineHeads: Set<string>;
  casualtyAuxiliaries: Set<string>;
  casualtyLinks: Set<string>;
  peopleSubjectVerbs: Set<string>;
  measureVerbs: Set<string>;
  verbParticles: Set<string>;
  /** Verbs after "to" that make a bare number a count of people ("forced 2 million to flee"). */
  peopleInfinitives: Set<string>;
  /** Verbs whose object is always people: a bare number after one counts people ("killed 40"). */
  peopleObjectVerbs: Set<string>;
  /** Words hyphened onto a number that make it the size of the body after it ("a 1,000-strong force"). */
  strengthWords: Set<string>;
  /** Bodies named in the singular whose members a number counts ("8,000 of its military"), with the members' unit. */
  collectives: Map<string, { unit: string; category: Category }>;
  /** The strength word that counts members of a body of any name ("the 35-member board"), with the members' unit. */
  membersUnit: { strength: string; unit: string; category: Category };
  /** A past participle: a regular one ("deployed", "taken") or one of the list ("sent"). */
  participle: RegExp;
  /** States of people after a bare number ("in critical condition"), as word lists. */
  peopleStates: string[][];
  /** Words of totals that may end an aside after its number ("(40 in total)"). */
  totalTails: string[][];
  /** Adverbs of how badly people were hurt ("three seriously"). */
  injuryDegrees: Set<string>;
  /** Subject pronouns after "the" and a bare number, whose clause has the number as object. */
  gapSubjects: Set<string>;
  /** Pronouns that look like plural nouns ("others"). */
  pronounHeads: Set<string>;
  /** Words of voting by a tally ("voted 360-58", "a 311-112 vote"), and the unit of its sides. */
  tallyVerbs: Set<string>;
  tallyNouns: Set<string>;
  /** Modals after a tally's noun: a supposed outcome ("a 4-4 ruling would …"); nouns a year is the baseline of ("below 2005 levels"). */
  tallyModals: Set<string>;
  yearBaselines: Set<string>;
  /** Words before four digits and a currency that make the digits the money's base year ("in 2014 dollars"). */
  baseYearOpeners: Set<string>;
  /** Phrases of one that say "some" ("more than one"); superlatives after "the N" of size (a ranking) and of time (a window of things). */
  vagueOnes: string[][];
  sizeSuperlatives: Set<string>;
  windowSuperlatives: Set<string>;
  /** A survey's sample and its links to a bare number ("the voter sample is 834"); a person's children after a verb of having. */
  sampleNouns: Set<string>;
  sampleLinks: Set<string>;
  /** A pollster's name before a poll noun ("the Lima Daily/Radio Sur poll"): the name is group 1. */
  pollOwner: RegExp;
  offspringNouns: Set<string>;
  havingVerbs: Set<string>;
  tallyUnit: string;
  /** Prepositions after which a bare number of a list goes on counting the list's noun ("seven from Peru"). */
  listOrigins: Set<string>;
  /** Words before an amount that make it a part of the one before ("including 3 women"). */
  partOpeners: Set<string>;
  /** Marks that open a summary bullet under a headline ("• …"), part of the lead-in. */
  teaserBullets: Set<string>;
  /** Lines that end a wire report ("(END)"): what follows is other stories' teasers. */
  reportEndMarks: Set<string>;
  /** Words before a sum that make it the sum before in another currency ("equivalent to"), as token lists. */
  conversionLinks: string[][];
  /** Places whose "of" makes an amount of people a population ("a town of 16,000 people"). */
  populationPlaces: Set<string>;
  /** Words before an amount of people that make it a population ("home to"), as token lists. */
  populationLinks: string[][];
  populationUnits: Set<string>;
  /** Words before an amount that make it a rate's base ("per 1,000 people"). */
  rateBases: Set<string>;
  /** Time units so short that a count for each is a rate, no amount ("12 rockets a minute"). */
  rateSpans: Set<string>;
  /** Words that give a rank, before the field it is given in ("third among 40 countries"). */
  rankWords: Set<string>;
  /** Words after an amount before a span of time that make it a rate: "two rockets every five minutes". */
  spanOpeners: Set<string>;
  /** Words before an amount of people that make it a capacity ("a capacity of"), as token lists. */
  capacityLinks: string[][];
  months: Set<string>;
  weekdays: Set<string>;
  ordinalSuffixes: Set<string>;
  timeWords: Set<string>;
  numberOpeners: Set<string>;
  minusWords: Set<string>;
  /** Verbs whose particle "over" is no hedge: "handed over 500 prisoners". */
  overParticleVerbs: Set<string>;
  /** Percent signs and words as phrases ("per cent"), matched by the lexicon's phrase index. */
  percentSigns: string[];
  gluedPercentSigns: Set<string>;
  /** A length read off a glued "m" (data/quantity-words.yaml): "37m-long", "37m tall", "a height of 37m", "37m (121ft)". */
  dimensionWords: Set<string>;
  dimensionNouns: Set<string>;
  lengthUnits: Set<string>;
  /** Words before a bare "half of" that make it a position ("the second half of the season"). */
  positionWords: Set<string>;
  rateWords: Set<string>;
  /** Words after "a year" that make it a point in time, not a rate ("a year earlier"). */
  timeRelatives: Set<string>;
  relativePronouns: Set<string>;
  titleRanks: Set<string>;
  distributives: Set<string>;
  rangeLinks: Set<string>;
  /** Words that join a bare number and a larger one into a range ("20 or 30 fighters"). */
  alternativeLinks: Set<string>;
  betweenClaimantAndVerb: Set<string>;
  /** Time phrases between a claimant and its verb ("on Monday", "last week", "today"). */
  claimantTimeUnits: Set<string>;
  claimantTimeOpeners: Set<string>;
  claimantTimeDays: Set<string>;
  /** Verbs by which a claimant relays another's claim ("citing", "cited … as saying"). */
  claimantRelays: Set<string>;
  claimantModifiers: Set<string>;
  /** Lower-case words inside a claimant's capitalised name ("Institute for Defense Analyses"). */
  claimantNameJoiners: Set<string>;
  claimantDroppedOpeners: Set<string>;
  /** Claimant nouns that, bare, re-name a body named before ("the organisation said"): no claimant alone. */
  claimantAnaphors: Set<string>;
  articles: Set<string>;
  sourceLinks: Set<string>;
  nameConnectors: Set<string>;
  /** "he said": the person last named. */
  personPronouns: Set<string>;
  /** Pronouns for a group described earlier in the sentence ("they claimed"). */
  groupPronouns: Set<string>;
  /** "I say": a quote's speaker naming himself, no claimant of the cue's own. */
  speakerPronouns: Set<string>;
  /** A statement's speaker opening with one of these names no claimant (statement-claimants.ts). */
  claimantPronounOpeners: Set<string>;
  /** Links before a name that closes a speaker's description: the name is the author ("by"). */
  claimantAuthorLinks: Set<string>;
  /** Links before a name that keep it inside the description ("officials at the Port Authority"). */
  claimantDescriptionLinks: Set<string>;
  clauseAuxiliaries: Set<string>;
  clauseConjunctions: Set<string>;
  /** A sentence that only attributes the figure before it ("That figure comes from …"). */
  attributingFollowUp: RegExp;
  clauseBreaks: Set<string>;
  breakdownOpeners: Set<string>;
  /** Whether a clause may hold a date: one of the date words' beginnings, or a year. */
  mayHoldDate: RegExp;
  /** "between" or "from" just before a date. */
  periodOpenerBefore: RegExp;
  /** "between" or "from" opening a date's text. */
  periodOpenerAt: RegExp;
  periodLinks: Set<string>;
  /** A preposition opening a text ("In March"). */
  datePreposition: RegExp;
  /** "first half of" (lower case, before a year) → its first and last month. */
  yearParts: Map<string, [number, number]>;
  /** Participles that open a clause of what the clause before brought about (", killing 12 people"). */
  resultOpeners: Set<string>;
  /** Words joining two amounts that a hedge before the first bounds both ("at least 7 ships and 14 boats"). */
  boundSharingLinks: Set<string>;
  /** Words before a bare number whose noun is left out as said before ("40,000 shells in May and 60,000 in June"). */
  gapLinks: Set<string>;
  /** Words after such a number that show the noun was left out: a preposition or a time word. */
  gapFollowers: Set<string>;
  /** Phrases before a bare number that compare it with an amount before ("120 drones, up from 80"), as token lists. */
  comparisonLinks: string[][];
  /** Links that compare only before a name's possessive ("to Peru's 232"). */
  ownerComparisonLinks: Set<string>;
  /** Words before a bare year that make it the period of an amount ("a $5 billion budget for 2025"). */
  periodYearLinks: Set<string>;
  /** Prepositions whose phrase after the counted noun belongs to the item. */
  itemPrepositions: Set<string>;
  /** Words that end the item's phrase. */
  itemStops: Set<string>;
  itemAdverbs: Set<string>;
  /** Words after a container that say what it holds ("packed with"), as token lists. */
  contentLinks: string[][];
  /** Words that open a passive or copular predicate of the counted things ("were", "been"). */
  itemCopulas: Set<string>;
  /** Perfect auxiliaries, part of the predicate before a copula ("have been"). */
  itemPerfects: Set<string>;
  /** Words before an amount that tell what was done to what it counts ("sanctions on" → "sanctioned"), as token lists. */
  itemActs: Array<{ words: string[]; says: string }>;
}
