/**
 * Amounts the table leaves out though they count things: a sum told again in another currency
 * ("€30 billion ($34 billion)"), a place's population ("a town of 16,000 people"), how often
 * something recurs ("three times a week"), a rate's base ("per 1,000 people") and a count in
 * fractions ("1.5 deaths"), the people a claim is told by ("two Peruvian officials said") and
 * what each thing weighs ("bombs weighing 2,000 pounds each"), a part out of each whole ("$3 of every $10").
 */
import { parseNumberAt, type Token } from "../numbers.ts";
import { readQuantity, type Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { singular } from "./noun-phrases.ts";
import type { QuantityRow } from "./row.ts";
import { spanCount } from "./span-counts.ts";

/** Whether the words end just before token `k`. */
const endsBefore = (tokens: Token[], k: number, words: string[]) => words.every((w, n) => tokens[k - words.length + n]?.lower === w);

/** Whether an amount is one the table leaves out (the general reader keeps them). */
export function notMaterial(tokens: Token[], r: Reading, rows: QuantityRow[], lex: QuantityLexicon): boolean {
  return claimantCount(tokens, r, lex) || eachWeighs(tokens, r, lex) || makeUpOfEach(tokens, r, lex) || conversion(tokens, r, rows, lex) || population(tokens, r, lex) || frequency(tokens, r, lex) || rateOfFire(tokens, r, lex) || lex.words.rateBases.has(tokens[r.first - 1]?.lower ?? "") || fractionalCount(r) || exchangeRate(tokens, r, lex) || capacity(tokens, r, lex) || vagueOne(tokens, r, lex) || ownChildren(tokens, r, lex) || partOfEach(tokens, r, lex) || spanCount(tokens, r, lex);
}

/**
 * A part out of each whole is a share, no amount: "$3 of every $10", "40 cents out of each
 * dollar", "eight of every 10 buyers". After a bare "of", only a sum or a count out of a number:
 * "10 of each type" counts.
 */
function partOfEach(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const out = tokens[r.last + 1]?.lower === "out";
  const k = out ? r.last + 2 : r.last + 1;
  if (tokens[k]?.lower !== "of" || !lex.words.spanOpeners.has(tokens[k + 1]?.lower ?? "")) return false;
  return out || r.category === "money" || !!parseNumberAt(tokens, k + 2, lex.numbers);
}

/**
 * "who has four children", "had three great kids": a person's children, a detail of a life; so is
 * a count joined to them ("has two sons and three daughters", "had four children and 11 grandchildren").
 */
function ownChildren(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const head = tokens[r.item?.[1] ?? r.last];
  if (r.bound !== "exact" || !head || !lex.words.offspringNouns.has(head.lower)) return false;
  if (lex.words.havingVerbs.has(tokens[r.first - 1]?.lower ?? "")) return true;
  if (tokens[r.first - 1]?.lower !== "and" && tokens[r.first - 1]?.text !== ",") return false;
  // Back over the conjuncts before it to the verb of having; each ends in a word for offspring.
  let offspring = false;
  for (let k = r.first - 2; k >= Math.max(0, r.first - 2 - OFFSPRING_REACH); k--) {
    const t = tokens[k].lower;
    if (lex.words.havingVerbs.has(t)) return offspring;
    offspring ||= lex.words.offspringNouns.has(t);
  }
  return false;
}

/** How many words the conjuncts before a counted child may span back to the verb of having. */
const OFFSPRING_REACH = 8;

/** "more than one victim", "one or more of its members": some, no amount (data/quantity-words.yaml vague_ones). */
function vagueOne(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  return r.value === 1 && lex.words.vagueOnes.some((words) => words.every((w, n) => tokens[r.first + n]?.lower === w));
}

/**
 * Things one thing of a kind is made of, carries or can deal with, told of "each" or "every" one:
 * "each battery is composed of 3 launchers", "every frigate can fire 8 missiles", "six drones,
 * each of which carries 300kg of explosives". The clause opens with the distributive; a verb of
 * make-up or a modal stands between its noun and the amount.
 */
function makeUpOfEach(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  if (r.category !== "munitions" && r.category !== "count" && r.category !== "mass") return false;
  let verb = false;
  for (let k = r.first - 1; k >= Math.max(0, r.first - MAKE_UP_REACH); k--) {
    const t = tokens[k];
    if (lex.words.makeUpWords.has(t.lower)) verb = true;
    if (lex.words.spanOpeners.has(t.lower)) return verb && opensClause(tokens, k, lex) && tokens[k + 1]?.kind === "word";
    // "each of which carries …": the relative pronoun belongs to the distributive, no clause of its own.
    const ofEach = tokens[k - 1]?.lower === "of" && lex.words.spanOpeners.has(tokens[k - 2]?.lower ?? "");
    if ((lex.words.clauseBreaks.has(t.lower) && !ofEach) || t.text === ".") return false;
  }
  return false;
}

/** How many tokens before an amount its "each" may stand: "each of the batteries is composed of 3". */
const MAKE_UP_REACH = 12;

/** Whether token `k` opens the sentence or a clause ("…, and each battery", "reported that each"). */
function opensClause(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const before = tokens[k - 1];
  return !before || lex.words.clauseBreaks.has(before.lower) || before.lower === "and";
}

/** People a vessel or a hall can hold: "a capacity of 500 passengers", "can carry up to 180 passengers". */
function capacity(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  return r.category === "personnel" && lex.words.capacityLinks.some((words) => endsBefore(tokens, r.first, words));
}

/** How far before a sum the one unit of another currency it prices may stand: "$1 was worth 84 rubles". */
const RATE_REACH = 4;

/**
 * One unit of a currency, and the sum it is worth, is an exchange rate, no amount: "$1 was worth
 * 84.05 rubles", "one euro buys 1.1 dollars".
 */
function exchangeRate(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const one = (q: Reading | undefined) => !!q && q.category === "money" && q.value === 1 && q.valueMax === "";
  if (one(r)) return true;
  // The sum priced may be in a currency the dictionary names only with its country ("900 pesos").
  for (let k = r.first - 2; k >= Math.max(0, r.first - 1 - RATE_REACH) && !lex.words.clauseBreaks.has(tokens[k].lower); k--) {
    const before = readQuantity(tokens, k, lex)?.reading;
    if (one(before) && before!.last < r.first - 1) return true;
  }
  return false;
}

/** A count of things in fractions is an average or a rate, not an amount: "1.5 deaths per 1,000 people", "2.1 children per woman". */
function fractionalCount(r: Reading): boolean {
  const counts = r.category === "personnel" || r.category === "munitions" || r.category === "count";
  return counts && (!Number.isInteger(r.value) || (r.valueMax !== "" && !Number.isInteger(r.valueMax)));
}

/** Categories of amounts that measure rather than count, which another unit may tell again: "23 tonnes (25 short tons)". */
const MEASURED = new Set(["money", "mass"]);

/**
 * A sum right after a sum, in brackets or after a link, is that sum in another currency: "$800
 * (£645)", "44,700 pesos (equivalent to $50)", "2 billion soles, or about $540 million"; a weight
 * after a weight, in another unit: "about 40 tonnes (44 tons)".
 */
function conversion(tokens: Token[], r: Reading, rows: QuantityRow[], lex: QuantityLexicon): boolean {
  if (!MEASURED.has(r.category)) return false;
  const link = lex.words.conversionLinks.find((words) => endsBefore(tokens, r.first, words));
  let k = r.first - (link?.length ?? 0);
  // "2,000 rubles (68 lari, $31)": a later sum of the brackets' list converts the same sum.
  if (tokens[k - 1]?.text === ",") k = bracketOpenedBefore(tokens, k - 1) ?? k;
  const opener = tokens[k - 1]?.text;
  if (opener !== "(" && !(opener === "," && link)) return false;
  const before = rows[rows.length - 1];
  if (!before || before.char_end !== tokens[k - 2]?.end) return false;
  // "44,700 pesos (equivalent to $50)": a link that says so makes any amount before it a sum.
  // A weight that names what it weighs is told whole: "300 tonnes of rice, or 40 tonnes of beans" are two.
  if (r.category === "mass" && /\sof\s/i.test(before.text)) return false;
  return before.category === r.category || (r.category === "money" && !!link && opener === "(");
}

/**
 * People counted as a place's population: after a place's "of" ("a town of some 16,000 people",
 * "the city of 2 million residents") or a link ("home to 10 million people"), in a unit of
 * residents or none ("a country of 5 million").
 */
function population(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const unit = r.unit.toLowerCase();
  if (unit && !lex.words.populationUnits.has(unit)) return false;
  if (tokens[r.first - 1]?.lower === "of" && lex.words.populationPlaces.has(singular(tokens[r.first - 2]?.lower ?? "", lex.words))) return true;
  return lex.words.populationLinks.some((words) => endsBefore(tokens, r.first, words));
}

/** Occasions counted per unit of time are a frequency, not a count: "three times a week", "five times per day". */
function frequency(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  if (!lex.words.occasionNouns.has(singular(r.unit, lex.words))) return false;
  return lex.words.rateWords.has(tokens[r.last + 1]?.lower ?? "") && lex.timeUnits.has(singular(tokens[r.last + 2]?.lower ?? "", lex.words));
}

/**
 * Things counted for each second, minute or hour are a rate, no amount: "the launcher fires 12
 * rockets a minute", "two rockets every five minutes" (data/quantity-words.yaml `rate_spans`).
 */
function rateOfFire(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const counts = r.category === "munitions" || r.category === "count";
  const opener = tokens[r.last + 1]?.lower ?? "";
  if (!counts || !(lex.words.rateWords.has(opener) || lex.words.spanOpeners.has(opener))) return false;
  const span = parseNumberAt(tokens, r.last + 2, lex.numbers);
  return lex.words.rateSpans.has(singular(tokens[span ? span.last + 1 : r.last + 2]?.lower ?? "", lex.words));
}

/** How many tokens back a list of sums in brackets may open. */
const BRACKET_REACH = 8;

/** The token after the "(" that opens the brackets `k` stands in, with only numbers, words and commas between; undefined if none. */
function bracketOpenedBefore(tokens: Token[], k: number): number | undefined {
  for (let j = k - 1; j >= Math.max(0, k - BRACKET_REACH); j--) {
    const t = tokens[j];
    if (t.text === "(") return j + 1;
    if (t.kind === "punct" && t.text !== "," && t.text !== "$" && !/\p{Sc}/u.test(t.text)) return undefined;
  }
  return undefined;
}


/** How many words may stand between a claimant counted and its verb of saying: "three diplomats familiar with the talks said". */
const CLAIMANT_REACH = 8;

/**
 * People counted who tell the claim are its source, no amount of the story: "two Peruvian
 * officials said", "three experts who study the port told Reuters", "according to two diplomats".
 * Other people tell it when a reported clause or a quote follows their verb: "two sailors later
 * said that the port had fallen" (not "40 sailors reported missing").
 */
function claimantCount(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const head = tokens[r.item?.[1] ?? -1];
  const claimant = !!head && r.item![1] === r.last && !!lex.claimantNouns.match(tokens, r.last);
  if (!head || r.item![1] !== r.last || r.category === "money" || !(claimant || r.category === "personnel")) return false;
  if (claimant && endsBefore(tokens, r.first, ["according", "to"])) return true;
  // The people open the clause, as its subject: not "Chile arrested five officials who said …".
  const before = tokens[r.first - 1];
  if (before && before.kind !== "punct" && before.lower !== "and" && before.lower !== "but") return false;
  let relative = false;
  let aside = false;
  for (let k = r.last + 1; k <= r.last + CLAIMANT_REACH && tokens[k]; k++) {
    const t = tokens[k];
    if (lex.attributionVerbs.has(t.lower)) return claimant || tellsClause(tokens, k + 1, lex);
    // "two officials, speaking on condition of anonymity, said": an aside about them, set off by commas.
    if (t.text === ",") {
      if (aside) continue;
      const next = tokens[k + 1]?.lower ?? "";
      if (k !== r.last + 1 || !(lex.words.relativePronouns.has(next) || /ing$/.test(next))) return false;
      aside = relative = true;
    } else if (lex.words.relativePronouns.has(t.lower)) relative = true;
    // A clause of the people's own ends the search: "two officials were killed, police said".
    else if ((t.pos === "VERB" || t.pos === "AUX") && !relative) return false;
    if (t.kind === "punct" && t.text !== "," || t.lower === "and" || t.lower === "but") return false;
  }
  return false;
}

/** How many words a verb's hearer or an adjunct may take before the clause it reports: "told reporters on Monday that". */
const CLAUSE_REACH = 4;

/**
 * Whether a reported clause or a quote opens at token `k` or soon after: "that the port had
 * fallen", "told reporters that", "“We were hit”", or a subject right after the verb: "said the
 * port had fallen", "said they saw tanks", "said 40 boats were hit".
 */
function tellsClause(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const w = lex.words;
  const subject = tokens[k]?.lower ?? "";
  const opensSubject = w.articles.has(subject) || w.personPronouns.has(subject) || w.groupPronouns.has(subject) || tokens[k]?.kind === "num";
  if (opensSubject && clauseVerbAfter(tokens, k + 1, lex)) return true;
  for (let j = k; j < k + CLAUSE_REACH && tokens[j]; j++) {
    const t = tokens[j];
    if (t.lower === "that" || t.text === ":" || /^["“‘]$/.test(t.text)) return true;
    if (t.kind === "punct" || t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADJ") return false;
  }
  return false;
}

/** Whether a finite verb of the reported clause follows within a few words: "the port had fallen", "they saw". */
function clauseVerbAfter(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  for (let j = k; j < k + CLAUSE_REACH && tokens[j]; j++) {
    const t = tokens[j];
    if (t.kind === "punct") return false;
    if (t.pos === "AUX" || lex.words.clauseAuxiliaries.has(t.lower) || t.pos === "VERB") return true;
  }
  return false;
}

/** A weight or a measure of each thing counted: "1,800 bombs weighing 2,000 pounds each", "shells of 40 kg apiece". */
function eachWeighs(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  // "each" alone, not "each month" (a rate of what is sent).
  const after = tokens[r.last + 2];
  const alone = !after || after.kind === "punct" || lex.words.stopWords.has(after.lower);
  return (r.category === "mass" || r.category === "measure") && lex.words.distributives.has(tokens[r.last + 1]?.lower ?? "") && alone;
}
