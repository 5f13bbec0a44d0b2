/**
 * The closed-class words the quantity reader steps over or stops at (data/quantity-words.yaml):
 * where a noun phrase ends, what makes a number a date or a name, who claims it, which clause
 * its date is read from. Data, so that an editor can extend them.
 */
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import { escapeRegExp, straightApostrophes } from "../text.ts";
import type { QuantityWords } from "./word-lists.ts";
import { quantityWordsSchema, type QuantityWordsFile } from "./words-schema.ts";

export const QUANTITY_WORDS_FILE = "quantity-words.yaml";

export type { QuantityWords } from "./word-lists.ts";

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const alternatives = (words: string[]) => words.map((w) => escapeRegExp(w)).join("|");
const lowerAlternatives = (words: string[]) => alternatives(words.map((w) => w.toLowerCase()));

/** Reads and checks data/quantity-words.yaml in `dir`. */
export function loadQuantityWords(dir = DATA_DIR): QuantityWords {
  const w = loadDictionary(QUANTITY_WORDS_FILE, quantityWordsSchema, dir);
  return {
    stopWords: lower(w.stop_words),
    phraseQuotes: new Set(w.phrase_quotes),
    occasionNouns: lower(w.occasion_nouns),
    multiplierFollowers: lower(w.multiplier_followers),
    irregularPlurals: new Map(Object.entries(w.irregular_plurals).map(([plural, one]) => [straightApostrophes(plural.toLowerCase()), one.toLowerCase()])),
    determiners: lower(w.determiners),
    superlatives: lower(w.superlatives),
    rankingMemberships: lower(w.ranking_memberships),
    lyWords: lower(w.ly_words),
    oneWords: lower(w.one_words),
    countNouns: lower(w.count_nouns),
    teaserBullets: new Set(w.teaser_bullets),
    reportEndMarks: new Set(w.report_end_marks.map((mark) => mark.toLowerCase())),
    ...peopleWords(w),
    ...claimantWords(w),
    ...numberAndTimeWords(w),
    ...itemWords(w),
  };
}

/** Words of people counted: casualties, troops, populations, tallies. */
function peopleWords(w: QuantityWordsFile) {
  return {
    partyContexts: lower(w.party_contexts),
    partPronouns: lower(w.part_pronouns),
    makeUpWords: lower(w.make_up_words),
    focusWords: lower(w.focus_words),
    deathVerbs: lower(w.death_verbs),
    nounPremodifiers: lower(w.noun_premodifiers),
    casualtyTolls: lower(w.casualty_tolls),
    casualtyUnit: w.casualty_unit,
    casualtyWords: lower(w.casualty_words),
    casualtyNouns: lower(w.casualty_nouns),
    classifierHeads: lower(w.classifier_heads),
    modelMachineHeads: lower(w.model_machine_heads),
    casualtyAuxiliaries: lower(w.casualty_auxiliaries),
    casualtyLinks: lower(w.casualty_links),
    peopleSubjectVerbs: lower(w.people_subject_verbs),
    peopleInfinitives: lower(w.people_infinitives),
    peopleObjectVerbs: lower(w.people_object_verbs),
    strengthWords: lower(w.strength_words),
    collectives: new Map(Object.entries(w.collectives).map(([body, member]) => [body.toLowerCase(), member])),
    membersUnit: { strength: w.member_strength.word.toLowerCase(), unit: w.member_strength.unit, category: w.member_strength.category },
    listOrigins: lower(w.list_origins),
    populationPlaces: lower(w.population_places),
    populationLinks: w.population_links.map((link) => link.toLowerCase().split(/\s+/)),
    populationUnits: lower(w.population_units),
    peopleStates: w.people_states.map((state) => state.toLowerCase().split(/\s+/)),
    totalTails: w.total_tails.map((tail) => tail.toLowerCase().split(/\s+/)),
    injuryDegrees: lower(w.injury_degrees),
    gapSubjects: lower(w.gap_subjects),
    tallyVerbs: lower(w.tally_verbs),
    tallyNouns: lower(w.tally_nouns),
    tallyModals: lower(w.tally_modals),
    yearBaselines: lower(w.year_baselines),
    baseYearOpeners: lower(w.base_year_openers),
    sizeSuperlatives: lower(w.size_superlatives),
    sampleNouns: lower(w.sample_nouns),
    // Capitalised words, joined by "/", "&" or "-", before the noun: "Lima Daily/Radio Sur poll".
    pollOwner: new RegExp(String.raw`((?:\p{Lu}[\p{L}\d.&'’/-]*[^\S\n]+){1,6})(?:${lowerAlternatives(w.poll_nouns)})\b`, "gu"),
    offspringNouns: lower(w.offspring_nouns),
    havingVerbs: lower(w.having_verbs),
    sampleLinks: lower(w.sample_links),
    windowSuperlatives: lower(w.window_superlatives),
    vagueOnes: w.vague_ones.map((phrase) => phrase.toLowerCase().split(/\s+/)),
    tallyUnit: w.tally_unit,
  };
}

/** Words around who gives an amount ("according to", "said on Monday") and the clause it stands in. */
function claimantWords(w: QuantityWordsFile) {
  return {
    betweenClaimantAndVerb: lower(w.between_claimant_and_verb),
    claimantTimeUnits: lower(w.claimant_time_units),
    claimantTimeOpeners: lower(w.claimant_time_openers),
    claimantTimeDays: lower(w.claimant_time_days),
    claimantRelays: lower(w.claimant_relays),
    claimantModifiers: lower(w.claimant_modifiers),
    claimantNameJoiners: lower(w.claimant_name_joiners),
    claimantDroppedOpeners: lower(w.claimant_dropped_openers),
    claimantAnaphors: lower(w.claimant_anaphors),
    articles: lower(w.articles),
    sourceLinks: lower(w.source_links),
    nameConnectors: lower(w.name_connectors),
    personPronouns: lower(w.person_pronouns),
    groupPronouns: lower(w.group_pronouns),
    speakerPronouns: lower(w.speaker_pronouns),
    claimantPronounOpeners: lower(w.claimant_pronoun_openers),
    claimantAuthorLinks: lower(w.claimant_author_links),
    claimantDescriptionLinks: lower(w.claimant_description_links),
    clauseAuxiliaries: lower(w.clause_auxiliaries),
    clauseConjunctions: lower(w.clause_conjunctions),
    attributingFollowUp: new RegExp(
      `^(?:(?:${alternatives(w.follow_up_determiners)})\\s+(?:${alternatives(w.follow_up_nouns)})\\b|(?:That|This)(?:'s|’s|\\s+is|\\s+was)\\s+according\\s+to\\b)`,
    ),
    clauseBreaks: lower(w.clause_breaks),
  };
}

/** Words of numbers, measures, dates and periods that an amount is not a count of. */
function numberAndTimeWords(w: QuantityWordsFile) {
  const openers = lowerAlternatives(w.period_openers);
  return {
    numberPrefixes: lower(w.number_prefixes),
    rateBases: lower(w.rate_bases),
    rateSpans: lower(w.rate_spans),
    rankWords: lower(w.rank_words),
    spanOpeners: lower(w.span_openers),
    months: lower(w.months),
    weekdays: lower(w.weekdays),
    ordinalSuffixes: lower(w.ordinal_suffixes),
    timeWords: lower(w.time_words),
    numberOpeners: lower(w.number_openers),
    minusWords: lower(w.minus_words),
    percentSigns: w.percent_signs,
    gluedPercentSigns: lower(w.glued_percent_signs),
    dimensionWords: lower(w.dimension_words),
    dimensionNouns: lower(w.dimension_nouns),
    lengthUnits: new Set(w.length_units),
    positionWords: lower(w.position_words),
    rateWords: lower(w.rate_words),
    timeRelatives: lower(w.time_relatives),
    relativePronouns: lower(w.relative_pronouns),
    titleRanks: lower(w.title_ranks),
    distributives: lower(w.distributives),
    rangeLinks: lower(w.range_links),
    alternativeLinks: lower(w.alternative_links),
    mayHoldDate: new RegExp(`\\b(?:${lowerAlternatives(w.date_word_starts)}|[12]\\d{3})`, "i"),
    periodOpenerBefore: new RegExp(`\\b(?:${openers})\\s+$`, "i"),
    periodOpenerAt: new RegExp(`^(?:${openers})\\b`, "i"),
    periodLinks: lower(w.period_links),
    yearParts: new Map(Object.entries(w.year_parts).map(([part, months]) => [part.toLowerCase(), months])),
    resultOpeners: lower(w.result_openers),
    boundSharingLinks: lower(w.bound_sharing_links),
    gapLinks: lower(w.gap_links),
    gapFollowers: lower(w.gap_followers),
    comparisonLinks: w.comparison_links.map((phrase) => phrase.toLowerCase().split(/\s+/)),
    ownerComparisonLinks: lower(w.owner_comparison_links),
    periodYearLinks: lower(w.period_year_links),
    datePreposition: new RegExp(`^(?:${lowerAlternatives(w.date_prepositions)})\\s+`, "i"),
  };
}

/** Words around the thing an amount counts: its noun phrase, verbs of measure and level. */
function itemWords(w: QuantityWordsFile) {
  return {
    objectOpeners: lower(w.object_openers),
    levelVerbs: lower(w.level_verbs),
    levelLinks: lower(w.level_links),
    changeLinks: lower(w.change_links),
    parallelLinks: lower(w.parallel_links),
    spanPrepositions: lower(w.span_prepositions),
    spanWindows: lower(w.span_windows),
    accountVerbs: lower(w.account_verbs),
    comparisonAdverbs: lower(w.comparison_adverbs),
    ratioLinks: lower(w.ratio_links),
    particleLinks: lower(w.particle_links),
    presentAuxiliaries: lower(w.present_auxiliaries),
    objectLevelVerbs: lower(w.object_level_verbs),
    valueWords: lower(w.value_words),
    spendingVerbs: lower(w.spending_verbs),
    amountNouns: lower(w.amount_nouns),
    measureVerbs: lower(w.measure_verbs),
    verbParticles: lower(w.verb_particles),
    partOpeners: lower(w.part_openers),
    conversionLinks: w.conversion_links.map((link) => link.toLowerCase().split(/\s+/)),
    capacityLinks: w.capacity_links.map((link) => link.toLowerCase().split(/\s+/)),
    participle: new RegExp(`^(?:[a-z]{2,}(?:ed|en)|${lowerAlternatives(w.participles)})$`),
    overParticleVerbs: lower(w.over_particle_verbs),
    breakdownOpeners: lower(w.breakdown_openers),
    itemPrepositions: lower(w.item_prepositions),
    itemStops: lower(w.item_stops),
    itemAdverbs: lower(w.item_adverbs),
    contentLinks: w.content_links.map((link) => link.toLowerCase().split(/\s+/)),
    pronounHeads: lower(w.pronoun_heads),
    itemCopulas: lower(w.item_copulas),
    itemPerfects: lower(w.item_perfects),
    itemActs: Object.entries(w.item_acts).map(([words, says]) => ({ words: words.toLowerCase().split(/\s+/), says })),
  };
}
