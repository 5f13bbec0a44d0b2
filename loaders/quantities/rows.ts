/**
 * An article's rows: every amount of every sentence, joined into ranges, with its change,
 * claimant and period; the table keeps the material ones, one row per amount.
 */
import type { Gazetteer } from "../actors.ts";
import type { ArticleDoc } from "../document.ts";
import { tokenize, type Token } from "../numbers.ts";
import { mayCount, withActors, withPartsOfSpeech } from "./parts-of-speech.ts";
import { readQuantity, type Reading } from "./amounts.ts";
import { attribution } from "./attributed-to.ts";
import { boundByVerb, boundOfCoordinate } from "./bound-verbs.ts";
import { trailingHedge } from "./trailing-hedges.ts";
import { splitCalibreCounts } from "./calibre-counts.ts";
import { splitScaleHedges } from "./scale-hedges.ts";
import { classifiedThings } from "./classifiers.ts";
import pluralize from "pluralize";
import { hyphenedRate, hyphenedUnitWord } from "./hyphened.ts";
import { isDemonym, looksPlural, singular } from "./noun-phrases.ts";
import { itemText } from "./items.ts";
import { shareWhole } from "./fractions.ts";
import { subjectCounted } from "./subject-counts.ts";
import { notMaterial } from "./not-material.ts";
import { stateCurrency } from "./currency-states.ts";
import { levelOfChange } from "./change-levels.ts";
import { parallelUnit } from "./parallel-units.ts";
import { sampleSize } from "./sample-sizes.ts";
import { bracketed, breakdownPart, countOfNamed, frontedPart, membersOf, partOfCounted, sumOfNamed } from "./nouns-before.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { period, type ClauseDates } from "./periods.ts";
import { withRange } from "./ranges.ts";
import { reportStart } from "./report-start.ts";
import { elided } from "./left-out-nouns.ts";
import { scaleFromConversion } from "./dropped-scales.ts";
import { otherTallies } from "./tallies.ts";
import { disjoint, nounModifiers, type Kinds } from "./noun-modifiers.ts";
import { teaserSpans, titleRepeats } from "./teaser-lists.ts";
import { tableOnly } from "./not-amounts.ts";
import { withRestatedBounds } from "./restated-bounds.ts";
import { withGappedChanges } from "./gapped-changes.ts";
import type { Change, QuantityRow } from "./row.ts";

/** Every quantity of an article, with dictionaries given (tests pass their own). */
export function extractQuantitiesWith(doc: ArticleDoc, lex: QuantityLexicon, gazetteer: Gazetteer, general = false): QuantityRow[] {
  const raw = doc.article.raw;
  const rows: QuantityRow[] = [];
  const seen = new Map<string, QuantityRow>();
  // The nouns each row's counted phrase names before its head, which tell two counts of one number apart.
  const kinds: Kinds = new WeakMap();
  // The values the article has counted so far, for a definite amount that re-names them: the
  // lead-in's and the report's apart, as the report's "the $95 billion package" tells a headline's
  // amount again and is the row the table keeps (keepMention).
  const valuesSeen = { leadIn: new Set<number>(), report: new Set<number>() };
  const rawEnd = raw.trimEnd().length;
  const reportFrom = reportStart(doc, gazetteer, lex.words.teaserBullets);
  const clauseDates: ClauseDates = new Map();
  // Amounts the report tells but the table leaves out (not-material.ts), which a lead-in's mention tells again.
  const leftOutInReport: Pick<QuantityRow, "value" | "value_max" | "unit">[] = [];
  // What the paragraph counted last, for a bare number that goes on counting it in the next
  // sentence ("… troops had been sent. At first, the US said only 3,000 were there"); its item's
  // tokens are the earlier sentence's, so only its unit and category carry over.
  let earlier: { reading: Reading; paragraph: number } | undefined;
  // Made once, not for every token a quantity is looked for at.
  const rangeWords = { changes: lex.changes, changeLinks: lex.words.changeLinks, links: lex.words.rangeLinks, alternatives: lex.words.alternativeLinks, scales: lex.numbers.scales, comparisons: lex.words.comparisonAdverbs };
  // Other stories' teasers listed after the report ("Related News", "(END)") count nothing of its.
  const teasers = [...teaserSpans(raw, doc.article.bodyStart, lex), ...titleRepeats(raw, reportFrom, doc.meta.title)];
  doc.sentences.forEach((sentence, index) => {
    if (teasers.some(([from, to]) => sentence.start >= from && sentence.start < to)) return;
    const tokens = sentenceTokens(doc, sentence, lex);
    const readAt = (k: number) => readQuantity(tokens, k, lex);
    let counted: Reading | undefined = earlier && earlier.paragraph === sentence.paragraph ? { ...earlier.reading, item: undefined } : undefined;
    let sum: Reading | undefined;
    // The amounts read before in the sentence: the last one's hedge may bound the next ("at least 7
    // … and 14 …"), and a bare number may be set beside any ("rose by 2% but fell by 1").
    const told: Reading[] = [];
    for (let i = 0; i < tokens.length; ) {
      const outcome = withRange(tokens, readQuantity(tokens, i, lex), readAt, rangeWords);
      if (!outcome) {
        i++;
        continue;
      }
      i = Math.max(outcome.next, i + 1);
      const r = outcome.reading && withContext(outcome.reading, tokens, { counted, sum, told }, lex, general);
      if (r) told.push(r);
      if (r && r.unit && (r.category === "money" || r.category === "mass")) sum = r;
      // A part ("including 3 women") leaves the whole as what the sentence counts.
      if (r?.item && !lex.words.partOpeners.has(tokens[r.first - 1]?.lower ?? "")) {
        counted = r;
        earlier = { reading: r, paragraph: sentence.paragraph };
      }
      // The table keeps material amounts (data/quantity-nouns.yaml, `material`).
      if (!r || (general ? tableOnly(tokens, r.first, lex) : !lex.material.has(r.category))) continue;
      const start = tokens[r.first].start;
      if (!general && leftOut(tokens, r, { raw, rawEnd, reportFrom, valuesSeen, rows, leftOutInReport }, lex)) continue;
      // The general reader (the benchmark's) reads every mention; the table keeps one per amount.
      (start >= reportFrom ? valuesSeen.report : valuesSeen.leadIn).add(r.value);
      const row = quantityRow(doc, index, tokens, r, { lex, gazetteer, general, clauseDates });
      kinds.set(row, nounModifiers(tokens, r));
      keepMention(rows, general ? undefined : seen, reportFrom, lex, row, raw, kinds);
    }
  });
  return general ? toldAgain(rows, raw) : withoutLeadInRepeats(toldAgain(rows, raw), reportFrom, leftOutInReport).map((row) => asPeople(row, lex));
}

/** An amount's reading with what its sentence told before it: the noun, unit, scale and bound it leaves out. */
function withContext(reading: Reading, tokens: Token[], before: { counted?: Reading; sum?: Reading; told: Reading[] }, lex: QuantityLexicon, general: boolean): Reading | undefined {
  const { counted, sum, told } = before;
  const level = levelOfChange(elided(reading, tokens, counted, lex), tokens, sum, told.at(-1), lex, general);
  const named = namedBefore(scaleFromConversion(parallelUnit(level, tokens, told, lex), tokens, lex), tokens, counted, lex);
  return named && boundOfCoordinate(trailingHedge(boundByVerb(classifiedThings(named, tokens, lex), tokens, lex), tokens, lex), told.at(-1), tokens, lex);
}

/** The rows with what an amount told again takes from the one before: a restatement's bound and change, a gapped change's direction. */
function toldAgain(rows: QuantityRow[], raw: string): QuantityRow[] {
  return withGappedChanges(withRestatedBounds(rows, raw), raw);
}

interface SoFar {
  raw: string;
  rawEnd: number;
  reportFrom: number;
  valuesSeen: { leadIn: Set<number>; report: Set<number> };
  rows: QuantityRow[];
  leftOutInReport: Pick<QuantityRow, "value" | "value_max" | "unit">[];
}

/**
 * Whether the table leaves a material amount out: it re-names one counted before, the text cuts
 * it short, or it is no material amount. The last, told in the report, is kept aside: "$3 Billion
 * Deal …" over "4.6 billion Australian dollars ($3 billion)" is the report's conversion again.
 */
function leftOut(tokens: Token[], r: Reading, so: SoFar, lex: QuantityLexicon): boolean {
  const start = tokens[r.first].start;
  if (renamesEarlier(start >= so.reportFrom ? so.valuesSeen.report : so.valuesSeen.leadIn, tokens, r, lex) || cutShort(so.raw, so.rawEnd, tokens[r.last].end)) return true;
  if (!notMaterial(tokens, r, so.rows, lex)) return false;
  if (start >= so.reportFrom) so.leftOutInReport.push({ value: r.value, value_max: r.valueMax, unit: r.unit });
  return true;
}

/** A sentence's tokens, with parts of speech and actors where an amount may stand. */
function sentenceTokens(doc: ArticleDoc, sentence: ArticleDoc["sentences"][number], lex: QuantityLexicon) {
  const tokens = splitScaleHedges(splitCalibreCounts(tokenize(sentence.text, sentence.start), lex), lex);
  // Parts of speech only where an amount may stand: reading them first for every sentence
  // would make the extractors after this one rebuild each sentence's words from the store.
  if (mayCount(tokens, lex)) {
    const reading = doc.reading.of(sentence);
    withActors(withPartsOfSpeech(tokens, reading.words), reading.actors);
  }
  return tokens;
}

/**
 * "40 wounded", "dozens of injuries", "12 lives": people, counted by what befell them. Named so
 * once the rows are kept, as "30 injured" and "as many as 30 dead" are two amounts.
 */
function asPeople(row: QuantityRow, lex: QuantityLexicon): QuantityRow {
  const unit = row.unit.toLowerCase();
  return lex.words.casualtyWords.has(unit) || lex.words.casualtyNouns.has(unit) ? { ...row, unit: lex.words.casualtyUnit } : row;
}

/** What a row is made from beside the amount's reading: the dictionaries and the article's dates so far. */
interface RowContext {
  lex: QuantityLexicon;
  gazetteer: Gazetteer;
  /** The benchmark's general reader: every mention, the counted noun phrase alone. */
  general: boolean;
  clauseDates: ClauseDates;
}

/** The row of one amount read in sentence `index`. */
function quantityRow(doc: ArticleDoc, index: number, tokens: Token[], r: Reading, { lex, gazetteer, general, clauseDates }: RowContext): QuantityRow {
  const raw = doc.article.raw;
  const sentence = doc.sentences[index];
  const start = tokens[r.first].start;
  const end = tokens[r.last].end;
  return {
    quantity_id: "",
    article_id: doc.article.id,
    text: raw.slice(start, end),
    value: r.value,
    value_max: r.valueMax,
    bound: r.bound,
    unit: stateCurrency(general ? perTime(tokens, r, lex) : demonymUnit(tokens, r, lex) ?? pluralUnit(r, lex), doc, index, lex),
    // The benchmark's reader names the counted noun phrase alone; the table's item is the clause's (items.ts).
    item: !r.item ? shareWhole(raw, tokens, r) : general ? raw.slice(tokens[r.item[0]].start, tokens[r.item[1]].end) : itemText(raw, tokens, r.item, r.first, lex, r.last),
    category: r.category,
    change: changeOf(tokens, r, lex),
    attributed_to: attribution(doc, index, tokens, start, end, lex, gazetteer),
    ...period(raw, tokens, r.first, { published: doc.published, sentence, known: clauseDates, words: lex.words, cues: doc.dateCues }),
    evidence: sentence.text,
    char_start: start,
    char_end: end,
  };
}

/**
 * A lead-in's amount (headline, teaser) that the report states again is the report's, even in
 * other words: "three killed" in the headline, "three people" in the body.
 */
function withoutLeadInRepeats(rows: QuantityRow[], reportFrom: number, leftOut: Pick<QuantityRow, "value" | "value_max" | "unit">[]): QuantityRow[] {
  // One thing is too common a figure to be the same amount in other words: "one soldier" in the
  // lead-in and "one attacker" in the report are two.
  const key = (row: Pick<QuantityRow, "value" | "value_max" | "unit">) => `${row.value}|${row.value_max}${row.value <= 1 ? `|${row.unit}` : ""}`;
  const reported = new Set([...rows.filter((row) => row.char_start >= reportFrom), ...leftOut].map(key));
  return rows.filter((row) => row.char_start >= reportFrom || !reported.has(key(row)));
}

/**
 * Adds a row unless it repeats one: the same amount of the same unit mentioned again is one row
 * (the annotation guide), the first mention, but the report's over the lead-in's (headline, wire
 * teaser above the dateline).
 */
function keepMention(rows: QuantityRow[], seen: Map<string, QuantityRow> | undefined, reportFrom: number, lex: QuantityLexicon, row: QuantityRow, raw: string, kinds: Kinds): void {
  if (!seen) {
    rows.push(row);
    return;
  }
  // "dozens more" (at least 24) and "24 people" are two amounts: a magnitude in words is no figure.
  const magnitude = row.text.toLowerCase().split(/\s+/).some((w) => lex.numbers.vague.has(w) || lex.numbers.qualifiers.has(w));
  // "8,000 soldiers" told again as "8,000 troops": one kind of thing (data/quantity-nouns.yaml same_kind).
  const kind = countedKind(row, lex);
  const key = `${row.value}|${row.value_max}|${kind}|${magnitude}`;
  if (roundsEarlier(rows, row, kind, lex)) return;
  const earlier = seen.get(key);
  // "Others" and "more" are not those counted before them: "three of the missiles …, with three
  // others", "thousands of troops … thousands more wounded".
  const words = row.text.toLowerCase().split(/\s+/);
  // "another 10,000 troops" after "10,000 troops" adds them; after "an additional 10,000 troops" it tells them again.
  const addedBefore = (r: QuantityRow) => lex.countModifiers.has(wordBefore(raw, r.char_start));
  // But "… killed one soldier and injured four others" told again word for word (a summary bullet
  // repeating the deck) is the same four.
  const retold = !!earlier && earlier.text === row.text && lineBefore(raw, earlier.char_start) === lineBefore(raw, row.char_start);
  const adds = (/\bothers$/i.test(row.text) && !retold) || words.some((w, n) => lex.countModifiers.has(w) && words[n + 1] !== "than") || (!!earlier && addedBefore(row) && !addedBefore(earlier));
  // "The city's population is 3 million" and "3 million of whom fled": a body's size is no count of some of its people.
  const body = (r: QuantityRow) => lex.words.collectives.has(r.item.toLowerCase());
  if (earlier && (adds || body(earlier) !== body(row) || otherThings(earlier, row) || otherOwners(earlier, row) || disjoint(kinds.get(earlier), kinds.get(row)) || otherTallies(raw, earlier, row, lex))) {
    rows.push(row);
    return;
  }
  if (earlier && !(earlier.char_start < reportFrom && row.char_start >= reportFrom)) return;
  if (earlier) rows.splice(rows.indexOf(earlier), 1);
  rows.push(row);
  seen.set(key, row);
}

/** How many characters before two mentions must read alike for the second to tell the first again. */
const RETOLD_REACH = 40;

/** The words just before `at`, as written. */
const lineBefore = (raw: string, at: number) => raw.slice(Math.max(0, at - RETOLD_REACH), at);

/** The word just before an offset, lower-case: "another" in "another 10,000 troops". */
function wordBefore(raw: string, at: number): string {
  return /([\p{L}]+)\s+$/u.exec(raw.slice(Math.max(0, at - 20), at))?.[1].toLowerCase() ?? "";
}

/**
 * "around €82.6 billion" after "€82.69 billion": an approximate amount with decimals that an
 * earlier figure of the same kind rounds to, at the places it writes, tells that figure again.
 */
function roundsEarlier(rows: QuantityRow[], row: QuantityRow, kind: string, lex: QuantityLexicon): boolean {
  if (row.bound !== "approx" || row.value_max !== "") return false;
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(row.text);
  const written = digits && Number(digits[0].replace(/,/g, ""));
  if (!written) return false;
  // Only a figure written with decimals is read so: "about 8,000 troops" may be others than "8,012 troops".
  const decimals = digits[1]?.length ?? 0;
  if (!decimals) return false;
  // 82.6 stands for 82.6 up to 82.7 (a figure cut at its last written place) or down to 82.5.
  const step = (10 ** -decimals * row.value) / written;
  return rows.some((r) => r.value_max === "" && r.value !== row.value && Math.abs(r.value - row.value) < step && countedKind(r, lex) === kind);
}

/** The kind of thing a row counts: "8,000 soldiers" and "8,000 troops" are one (data/quantity-nouns.yaml same_kind). */
function countedKind(row: QuantityRow, lex: QuantityLexicon): string {
  return lex.sameKind.get(singular(row.unit.toLowerCase(), lex.words)) ?? row.unit.toLowerCase();
}

/**
 * Two counts whose names differ are of other things, though number and unit agree: "two of
 * Manila's vessels" and "two China Coast Guard ships", "150 Ukrainian prisoners" and "150
 * Russian prisoners". A count with no name ("10,000 troops") may re-count a named one.
 */
function otherOwners(earlier: QuantityRow, row: QuantityRow): boolean {
  const names = (r: QuantityRow) => new Set(r.text.split(/\s+/).slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.replace(/['’]s$/u, "")));
  return disjoint(names(earlier), names(row));
}

/**
 * Two counts of one sentence with one number and unit but other words are other things: "two
 * patrol ships and two supply ships" (an amount written alike twice stays one row).
 */
function otherThings(earlier: QuantityRow, row: QuantityRow): boolean {
  const sameSentence = earlier.evidence === row.evidence && row.char_start - earlier.char_start < row.evidence.length;
  return sameSentence && earlier.text.toLowerCase() !== row.text.toLowerCase() && !/^the\b/i.test(row.text);
}

/**
 * "The three missiles", "the 90 civilians": a definite amount whose number the article has
 * already counted re-names those things (the same amount mentioned again), whatever noun it uses.
 * With no noun, only what befell them ("the three arrested", "the two wounded"), it points back
 * to people told of in other words ("a Chilean and two Peruvians were detained").
 */
function renamesEarlier(values: ReadonlySet<number>, tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const before = tokens[r.first - 1]?.lower ?? "";
  if (!lex.words.articles.has(before) || before === "a" || before === "an" || r.valueMax !== "") return false;
  const befallen = !!r.item && r.item[0] === r.last && r.item[1] === r.last && lex.words.casualtyWords.has(tokens[r.last].lower);
  return values.has(r.value) || befallen;
}

/** An amount that ends a page cut mid-sentence ("… among the thousands of troop"): what it counts may be cut. */
function cutShort(raw: string, rawEnd: number, end: number): boolean {
  return end >= rawEnd && !/[.!?"”’)\]]$/.test(raw.slice(Math.max(0, end - 2), end));
}

/** A bare number whose noun its sentence names before it (nouns-before.ts). */
function namedBefore(r: Reading, tokens: Token[], counted: Reading | undefined, lex: QuantityLexicon): Reading {
  return subjectCounted(membersOf(breakdownPart(sumOfNamed(partOfCounted(frontedPart(bracketed(countOfNamed(sampleSize(r, tokens, lex), tokens, counted, lex), tokens, lex), tokens, lex), tokens, counted, lex), tokens, lex), tokens, counted, lex), tokens, lex), tokens, lex);
}

/**
 * "162 Georgians", "9,000 Israelis", "1.6 billion Muslims": the table counts people, whatever state,
 * faith or people they are of (data/quantity-nouns.yaml `demonym_unit`, `demonym_nouns`); the
 * general reader keeps the head as its unit.
 */
function demonymUnit(tokens: Token[], r: Reading, lex: QuantityLexicon): string | undefined {
  const head = r.item && tokens[r.item[1]];
  if (r.category !== "personnel" || !head || head.lower !== r.unit) return undefined;
  const lemma = singular(head.lower, lex.words);
  return lex.demonymNouns.has(lemma) || (!lex.categories.has(lemma) && isDemonym(head.text, lemma, lex)) ? lex.demonymUnit : undefined;
}

/**
 * The table writes a counted unit in the plural, as it adds amounts up, even for one: "one
 * entity" and "11 entities" are both entities. Mass nouns ("personnel", "aircraft") stay.
 */
function pluralUnit(r: Reading, lex: QuantityLexicon): string {
  const counts = r.category === "count" || r.category === "munitions" || r.category === "personnel";
  if (!counts || !/^\p{Ll}+$/u.test(r.unit) || looksPlural(r.unit, lex.words) || lex.massNouns.has(r.unit) || lex.words.casualtyWords.has(r.unit)) return r.unit;
  return pluralize.plural(r.unit);
}

/**
 * The general reader's unit of an amount over time: "$3,500 a month" is USD per month. The table
 * keeps the amount's own unit (what was sent, paid or made) and states the period apart.
 */
function perTime(tokens: Token[], r: Reading, lex: QuantityLexicon): string {
  // An aside between the amount and its period: "9 billion shekels ($2.4 billion) a year".
  let after = r.last + 1;
  if (tokens[after]?.text === "(") {
    const close = tokens.findIndex((t, n) => n > after && t.text === ")");
    if (close > after && close - after <= 8) after = close + 1;
  }
  const written = hyphenedUnitWord(tokens, r.last, lex)?.per ?? hyphenedRate(tokens, r.last - 1, lex)?.per;
  if (written && !r.unit.includes(" per ")) return `${r.unit} per ${written}`;
  const per = tokens[after];
  const time = tokens[after + 1];
  if (!r.unit || r.unit.includes(" per ") || !per || !time || !lex.words.rateWords.has(per.lower)) return r.unit;
  const relative = lex.words.timeRelatives.has(tokens[after + 2]?.lower ?? "");
  return lex.timeUnits.has(time.lower) && !relative ? `${r.unit} per ${time.lower}` : r.unit;
}

/**
 * Whether the amount is a change: a change word just before it ("rose 5%", "fell by $2bn", "up 19
 * cents") or just after ("0.68 percent lower"), a change verb and its object before "by" ("grow
 * sales by 35%", "cut its forces by 3,000"), or a plus sign written onto it ("Dow +0.2%").
 */
function changeOf(tokens: Token[], { first, last, category }: Reading, lex: QuantityLexicon): Change {
  const by = tokens[first - 1]?.lower === "by";
  const at = by ? first - 2 : first - 1;
  const before = tokens[at];
  // "shot down 12 drones": the verb's particle, no change.
  if (before && lex.particleVerbs.has(`${tokens[at - 1]?.lower} ${before.lower}`)) return "";
  // "raised $5 million": a sum as the object of "raise" is collected; a share after it is a rise ("raised 2%").
  if (!by && category !== "share" && lex.collectingVerbs.has(before?.lower ?? "")) return "";
  // "an increase of 5%": the noun's "of" names the change's size.
  const noun = before?.lower === "of" ? lex.changeNouns.get(tokens[at - 1]?.lower ?? "") : undefined;
  if (noun) return noun;
  const next = tokens[last + 1]?.lower ?? "";
  // "put 30 million shares up for sale": after things counted, "up" before "for" is a particle, no
  // change (data/quantity-words.yaml particle_links); "0.68 percent lower", "19 cents up" are changes.
  const particle = lex.countedParts.has(category) && lex.words.particleLinks.has(tokens[last + 2]?.lower ?? "");
  const after = lex.changesBeforeOnly.has(next) || particle ? undefined : lex.changes.get(next);
  const written = lex.changes.get(before?.lower ?? "") ?? after;
  if (written) return written;
  if (tokens[first - 1]?.text === "+" && tokens[first]?.glued) return "up";
  if (!by) return "";
  for (let j = first - 3; j >= Math.max(0, first - 5) && tokens[j].kind !== "punct"; j--) {
    const change = lex.changes.get(tokens[j].lower);
    if (change) return change;
  }
  return "";
}
