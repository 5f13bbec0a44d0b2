/**
 * One amount read at a token: a hedge, a currency symbol, a sign and a number
 * (loaders/numbers.ts), then what follows it: a share, a sum of money, a measure, or the
 * things it counts.
 */
import { fractionPart } from "./fractions.ts";
import { gluedCurrencySign, metresNotMillion } from "./glued-units.ts";
import { fractionWord, numberWord, parseDigits, parseNumberAt, type Bound, type ParsedNumber, type Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { bodyAfter, hyphenedNoun, hyphenedRate, hyphenedUnitWord, numberAdjective, strengthOf, suspendedHyphen } from "./hyphened.ts";
import { afterCalibre, ageAfter, asRate, hyphenedMeasure, measureOf, moneyItem, percentAt, sizeOfOneThing } from "./measures.ts";
import { firstEndOfChange } from "./change-ends.ts";
import { fieldOfRank, sizesRanking } from "./rankings.ts";
import { isAddressOrScore, isFraction, isNotAnAmount, inName } from "./not-amounts.ts";
import { casualties, categoryOf, coordinatedModifiers, counted, nounPhrase, peopleSubject, singularPhrase, uncountedHead } from "./noun-phrases.ts";
import type { AmountReading } from "./ranges.ts";
import { sharedHead } from "./shared-heads.ts";
import { tallySide } from "./tallies.ts";
import { afterPossessor, partOf, partOfPeople, partOfSum, memberOf, oneOfTheMost } from "./parts-of.ts";
import { oneAsReference, peopleObject } from "./one-thing.ts";
import { partiesRenamed } from "./party-references.ts";
import type { Category } from "./row.ts";
import { codeBefore, namedCurrency, signBeforeSpace, spacedSymbol, symbolAfter } from "./currency-signs.ts";

/** One amount as read: token ranges of its text and of what it counts (`AmountReading`), with its category. */
export interface Reading extends AmountReading {
  category: Category;
}

export type Outcome = { reading?: Reading; next: number } | undefined;

/**
 * The length of a minus sign before a number: "minus 387", "minus-5 yards", "negative 3", a
 * dash written between a currency symbol and its number ("$-50.8bn"), or a dash written onto
 * the number alone, apart from the word before ("fell to -5C", "growth of -0.5%"); else 0.
 */
function minusAt(tokens: Token[], j: number, afterSymbol: boolean, lex: QuantityLexicon): number {
  const t = tokens[j];
  if (!t) return 0;
  if (lex.words.minusWords.has(t.lower)) return tokens[j + 1]?.text === "-" && tokens[j + 1].glued && tokens[j + 2]?.glued ? 2 : 1;
  const dash = (t.text === "-" || t.text === "\u2212") && tokens[j + 1]?.glued && tokens[j + 1].kind === "num";
  return dash && (afterSymbol ? t.glued : spacedMinus(tokens, j)) ? 1 : 0;
}

/**
 * A dash at `j` written onto the number after it but apart from a lower-case word before (or at
 * the sentence's start, or after a bracket): a minus sign. Onto a word, or after a name that
 * lost a space ("COVID -19"), it joins a name's code ("KN-23"); after a number, a range ("20 -30").
 */
function spacedMinus(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  return before?.text === "(" || (!tokens[j].glued && (!before || (before.kind === "word" && /^\p{Ll}/u.test(before.text))));
}

function negate(num: ParsedNumber): void {
  num.value = -num.value;
  if (num.valueMax !== undefined) [num.value, num.valueMax] = [-num.valueMax, num.value];
}

/**
 * Reads a quantity starting at token `i` (a hedge, a currency symbol or the number): every
 * amount, each with its category, which says whether the table keeps it.
 */
export function readQuantity(tokens: Token[], i: number, lex: QuantityLexicon): Outcome {
  const outcome = asRate(tokens, readAmount(tokens, i, lex), lex);
  const r = outcome?.reading;
  // One of something is rarely an amount ("one solution", "a ship", "half a ship"): a reference.
  // But "at least one launcher" is hedged, and "11 entities and one individual" adds one to a count.
  if (r && oneAsReference(tokens, r, lex)) r.category = "reference";
  // "among the top 10 buyers": the size of a ranking, not an amount.
  if (r && (sizesRanking(tokens, r, lex) || fieldOfRank(tokens, r, lex))) r.category = "reference";
  return outcome;
}

/** A number as read with what stands before it: a hedge, a currency symbol, a minus sign. */
interface Opening {
  hedge?: { value: Bound; length: number };
  symbol?: { value: string; length: number };
  /** How many tokens the minus sign takes (0 without one). */
  sign: number;
  num: ParsedNumber;
  /** The number's first token. */
  at: number;
}

/** The hedge, symbol, sign and number that start at token `i`, if a number does. */
function readOpening(tokens: Token[], i: number, lex: QuantityLexicon): Opening | undefined {
  const t = tokens[i];
  if (!t) return undefined; // a range's second end may be asked for past the sentence's end
  // Most tokens cannot open a quantity: say so before any parsing.
  if (t.kind !== "num" && !lex.words.numberOpeners.has(t.lower) && numberWord(t.lower, lex.numbers) === undefined && !fractionWord(t.lower, lex.numbers) && !lex.hedges.match(tokens, i) && !lex.currencySymbols.match(tokens, i) && !lex.currencyCodes.match(tokens, i) && !lex.gluedCurrencySymbols.match(tokens, i) && !minusAt(tokens, i, false, lex)) return undefined;
  let j = i;
  const hedge = lex.hedges.match(tokens, j);
  // "handed over 500 prisoners": the verb's particle, read past; the number is read at its own token.
  if (hedge && t.lower === "over" && lex.words.overParticleVerbs.has(tokens[i - 1]?.lower ?? "")) return undefined;
  if (hedge) j += hedge.length;
  // "up to approximately 3 million": a second hedge inside the first; the outer one bounds.
  const inner = hedge && lex.hedges.match(tokens, j);
  if (inner) j += inner.length;
  const symbol = lex.currencySymbols.match(tokens, j, "glued") ?? spacedSymbol(tokens, j, lex) ?? signBeforeSpace(tokens, j, lex) ?? codeBefore(tokens, j, lex) ?? gluedCurrencySign(tokens, j, lex);
  if (symbol) j += symbol.length;
  // "$-50.8bn" is negative; "KES-7", "BMD-4" are names of models.
  const sign = minusAt(tokens, j, !!symbol && !/^\p{L}/u.test(tokens[j - symbol.length].text), lex);
  j += sign;
  // "rose by 3,000 to 12,000": the change's size and its new level, no range.
  const parsed = firstEndOfChange(tokens, j, parseNumberAt(tokens, j, lex.numbers), lex);
  const num = parsed && metresNotMillion(tokens, parsed, lex, !!symbol);
  return num ? { hedge, symbol, sign, num, at: j } : undefined;
}

/** The measure a fraction is of: "1/16 of a US pint" is a sixteenth of a pint; `k` is after "of". */
function fractionOf(tokens: Token[], k: number, lex: QuantityLexicon): { unit: string; category: Category } | undefined {
  let j = lex.words.articles.has(tokens[k]?.lower ?? "") ? k + 1 : k;
  if (/^[A-Z]{2,3}$/.test(tokens[j]?.text ?? "") && !lex.measures.match(tokens, j)) j++; // "a US pint"
  return lex.measures.match(tokens, j)?.value;
}

/** An amount's number, read and bounded, before what follows it. */
export interface Amount {
  num: ParsedNumber;
  hedged: boolean;
  /** The currency written before the number ("$" → USD). */
  symbol?: string;
  /** The token after the number and its post hedge ("or more"), where its unit may stand. */
  k: number;
  /** The last token of the number and its post hedge. */
  last: number;
  /** The token after the number. */
  next: number;
  base: Pick<Reading, "first" | "value" | "valueMax" | "bound">;
  /** The amount as a bare number, or none when it ends a name. */
  bare: Outcome;
}

function readAmount(tokens: Token[], i: number, lex: QuantityLexicon): Outcome {
  const tally = tallySide(tokens, i, lex);
  if (tally) return tally;
  const adjective = numberAdjective(tokens[i], lex);
  // "a three-man crew" counts the crew's members.
  const body = adjective && lex.words.strengthWords.has(adjective.unit) ? bodyAfter(tokens, i + 1, lex) : undefined;
  if (adjective && body) return { next: body.last + 1, reading: { first: i, last: body.last, value: adjective.value, valueMax: "", bound: "exact", unit: body.unit, item: [body.last, body.last], category: body.category } };
  if (adjective) return { next: i + 1, reading: { first: i, last: i, value: adjective.value, valueMax: "", bound: "exact", unit: adjective.unit, category: adjective.category } };
  const part = fractionPart(tokens, i, lex);
  if (part) return part;
  const opening = readOpening(tokens, i, lex);
  if (!opening) return vaguePeople(tokens, i, lex);
  const { hedge, symbol, sign, num, at: j } = opening;
  // A sign must be written onto its number ("$500", "US$1.5bn"), or one space before a sum with its scale word ("$ 375 million"); a symbol of
  // letters may stand apart ("USD 20 million", "RM 5 million", "Rs 5 crore", "Rs. 45 lakh").
  if (symbol && !sign && !tokens[j].glued && !/^\p{L}/u.test(tokens[j - symbol.length].text) && !(tokens[j].start - tokens[j - 1].end === 1 && num.last > j)) return { next: num.last + 1 };
  const next = num.last + 1;
  if (isFraction(tokens, num)) {
    // "1/16 of a pint" is a sixteenth; "24/7", "9/11" are not amounts.
    if (tokens[num.last + 3]?.lower !== "of") return { next: num.last + 3 };
    const below = parseDigits(tokens[num.last + 2].text)!;
    const part = fractionOf(tokens, num.last + 4, lex);
    return { next: num.last + 3, reading: { first: i, last: num.last + 2, value: num.value / below, valueMax: "", bound: hedge ? hedge.value : "exact", unit: part?.unit ?? "", category: part?.category ?? "number" } };
  }
  if (isNotAnAmount(tokens, num, lex, !!hedge || !!symbol || sign > 0) || isAddressOrScore(tokens, num, lex)) return { next };
  if (sign) negate(num);

  let bound: Bound = hedge ? hedge.value : num.bound;
  let k = next;
  let last = num.last;
  const post = lex.postHedges.match(tokens, k);
  if (post && !num.vague) {
    bound = post.value;
    last = k + post.length - 1;
    k += post.length;
  }
  const base = { first: i, value: num.value, valueMax: num.valueMax ?? ("" as const), bound };
  const bare: Outcome = inName(tokens, i, lex) ? { next } : { next: last + 1, reading: { ...base, last, unit: "", category: "number" } };
  const amount: Amount = { num, hedged: !!hedge, symbol: symbol?.value, k, last, next, base, bare };
  return unitAfter(tokens, amount, lex) ?? thingsCounted(tokens, amount, lex);
}

/** A unit after the number: a percent sign, "of" after a vague number, money, a calibre or a measure; undefined for none. */
function unitAfter(tokens: Token[], a: Amount, lex: QuantityLexicon): Outcome {
  const { num, k, last, next, base } = a;
  const share = num.vague ? 0 : percentAt(tokens, k, lex);
  if (share) return { next: k + share, reading: { ...base, last: k + share - 1, unit: "percent", category: "share" } };

  if (num.vague) return vagueAmount(tokens, a, lex);

  if (a.symbol) {
    // "$15-an-hour": the rate hyphened on is the sum's (rows.ts reads its time).
    const rate = hyphenedRate(tokens, k, lex);
    if (rate) return { next: rate.last + 1, reading: { ...base, last: rate.last, unit: a.symbol, category: "money" } };
    const item = moneyItem(tokens, k, lex);
    return { next: (item?.[1] ?? last) + 1, reading: { ...base, last: item?.[1] ?? last, unit: a.symbol, item, category: "money" } };
  }

  const money = lex.currencyWords.match(tokens, k) ?? symbolAfter(tokens, k, lex) ?? namedCurrency(tokens, k, lex);
  if (money && !modelNumberAfter(tokens, k + money.length)) {
    const end = k + money.length - 1;
    const item = moneyItem(tokens, end + 1, lex);
    return { next: (item?.[1] ?? end) + 1, reading: { ...base, last: item?.[1] ?? end, unit: money.value, item, category: "money" } };
  }

  // "152 mm shells" names a weapon; "0.03 millimeter thin" measures.
  if (lex.calibres.has(tokens[k]?.lower ?? "")) return calibreOrMeasure(tokens, a, lex);
  const age = ageAfter(tokens, k, lex);
  if (age) return { next: age.last + 1, reading: { ...base, value: base.value * age.scale, last: age.last, unit: age.unit, category: "time" } };
  // "a 1,000-strong force": the body's members.
  const strength = strengthOf(tokens, k, lex);
  if (strength) return { next: strength.last + 1, reading: { ...base, value: base.value * strength.scale, last: strength.last, unit: strength.unit, item: [strength.last, strength.last], category: strength.category } };
  const hyphened = hyphenedMeasure(tokens, k, lex);
  // "an 80-ton engine" sizes one thing: a measure, no amount of material.
  const sized = hyphened?.category === "mass" && sizeOfOneThing(tokens, hyphened.last + 1, lex);
  if (hyphened) return { next: hyphened.last + 1, reading: { ...base, last: hyphened.last, unit: hyphened.unit, category: sized ? "measure" : hyphened.category } };
  const written: { unit: string; category: Category; scale?: number; last?: number } | undefined = hyphenedUnitWord(tokens, k, lex) ?? hyphenedNoun(tokens, k, lex) ?? suspendedHyphen(tokens, k, lex);
  if (written) {
    // "1.8 billion-mile" is 1.8 billion miles; "four-, five- and six-cylinder" gives "four" the cylinders.
    const scale = written.scale ?? 1;
    const end = tokens[k].kind === "word" ? k : (written.last ?? last);
    const valueMax = base.valueMax === "" ? ("" as const) : base.valueMax * scale;
    return { next: end + 1, reading: { ...base, value: base.value * scale, valueMax, last: end, unit: written.unit, category: written.category } };
  }
  return measuredAt(tokens, k, base, lex);
}

/** A number hyphened onto a word names a model, not a currency or a unit: "12 KN-23 missiles" (not kuna). */
function modelNumberAfter(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === "-" && !!tokens[k].glued && tokens[k + 1]?.kind === "num" && !!tokens[k + 1].glued;
}

/** A unit of measure at `k` and what it measures: "74,000 tons", "1,000 containers of shells", "(thousands of) tons of ammunition". */
function measuredAt(tokens: Token[], k: number, base: Amount["base"], lex: QuantityLexicon): Outcome {
  const measure = (tokens[k]?.glued ? lex.gluedMeasures.match(tokens, k) : undefined) ?? lex.measures.match(tokens, k);
  if (!measure) return undefined;
  const end = k + measure.length - 1;
  if (tokens[end + 1]?.lower === "of") {
    const np = nounPhrase(tokens, afterCalibre(tokens, end + 2, lex), lex, true);
    if (np) return { next: np.last + 1, reading: { ...base, last: np.last, ...measureOf(measure.value, tokens, np, end + 2, lex, k) } };
  }
  // "1,000 containers" counts the containers; "74,000 tons" names no item.
  const countable = measure.value.category === "count" || measure.value.category === "munitions";
  const category = measure.value.category === "count" && holdsMunitions(tokens, end + 1, lex) ? "munitions" : measure.value.category;
  return { next: end + 1, reading: { ...base, last: end, unit: measure.value.unit, item: countable ? [k, end] : undefined, category } };
}

/** What a vague number counts: "millions of rockets", "millions of dollars", "thousands more wounded". */
function vagueAmount(tokens: Token[], a: Amount, lex: QuantityLexicon): Outcome {
  const { k, next, base } = a;
  // "millions of rockets", "millions of dollars"
  // "thousands more wounded": a bare number that may go on counting an earlier noun (rows.ts).
  // "hundreds more were injured": people, when a casualty word follows.
  if (lex.numbers.vagueElided.has(tokens[k]?.lower ?? "") && a.bare?.reading) {
    // "thousands more troops", "dozens more drones": the noun follows after all.
    const more = tokens[k].lower === "more" ? nounPhrase(tokens, k + 1, lex) : undefined;
    if (more) return { next: more.last + 1, reading: { ...base, last: more.last, ...counted(tokens, more, lex) } };
    const people = casualties(tokens, k + 1, lex) || peopleSubject(tokens, k + 1, lex) ? { unit: lex.words.casualtyUnit, category: "personnel" as const } : {};
    return { next: k + 1, reading: { ...a.bare.reading, last: k, ...people } };
  }
  // "hundreds or thousands of dollars": a bare first end, which ranges.ts joins to the second.
  if (lex.numbers.vagueAlternatives.has(tokens[k]?.lower ?? "") && a.bare?.reading) return { next: k, reading: a.bare.reading };
  if (tokens[k]?.lower !== "of") return vagueAlone(tokens, a, lex);
  const money = lex.currencyWords.match(tokens, k + 1);
  if (money) return { next: k + 1 + money.length, reading: { ...base, last: k + money.length, unit: money.value, category: "money" } };
  // "hundreds of Russian and North Korean soldiers": modifiers joined by "and" before the noun;
  // "thousands of its troops", "hundreds of the shells": a determiner before it.
  const from = lex.words.determiners.has(tokens[k + 1]?.lower ?? "") || lex.countModifiers.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  // "thousands of $15-an-hour cleaners": a sum with its rate describes the noun; it is read next, as an amount of its own.
  const pay = sumAdjective(tokens, from, lex);
  if (pay) {
    const np = nounPhrase(tokens, pay + 1, lex);
    if (np) return { next: from, reading: { ...base, last: np.last, ...counted(tokens, np, lex) } };
  }
  // "thousands of tons of ammunition", "hundreds of square kilometres": a unit of measure, as after a figure.
  const measured = measuredAt(tokens, from, base, lex);
  if (measured) return measured;
  const np = nounPhrase(tokens, from, lex) ?? coordinatedModifiers(tokens, from, lex);
  if (!np) return { next };
  // "dozens of years", "a couple of days" are durations, as "three years" is.
  const lemmas = np.lemmas.map((l) => l[l.length - 1]);
  const uncounted = lemmas.some((l) => lex.uncounted.has(l)) ? (lemmas.some((l) => lex.timeUnits.has(l)) ? "time" : "measure") : undefined;
  const reading = counted(tokens, np, lex);
  return { next: np.last + 1, reading: { ...base, last: np.last, ...reading, category: uncounted ?? reading.category } };
}

/** The last token of a sum with a hyphened rate opening a noun phrase at `k` ("$15-an-hour cleaners"), else undefined. */
function sumAdjective(tokens: Token[], k: number, lex: QuantityLexicon): number | undefined {
  const symbol = lex.currencySymbols.match(tokens, k, "glued");
  const num = symbol && tokens[k + symbol.length];
  if (!num || num.kind !== "num" || !num.glued) return undefined;
  return hyphenedRate(tokens, k + symbol.length + 1, lex)?.last;
}

/** A calibre word with no weapon after it is a length: "0.03 millimeter slim", not "152 mm artillery shells". */
function calibreOrMeasure(tokens: Token[], a: Amount, lex: QuantityLexicon): Outcome {
  const measure = lex.measures.match(tokens, a.k);
  const next = tokens[a.k + 1];
  const weapon = !!next && next.kind === "word" && (!!nounPhrase(tokens, a.k + 1, lex) || /^\p{Lu}/u.test(next.text));
  if (!measure || weapon) return a.bare;
  return { next: a.k + measure.length, reading: { ...a.base, last: a.k + measure.length - 1, unit: measure.value.unit, category: measure.value.category } };
}

/** "another pick or two", "a day or two": the number after "or" counts the noun before it. */
function orTwo(tokens: Token[], a: Amount, lex: QuantityLexicon): Outcome {
  const first = a.base.first;
  const noun = tokens[first - 2];
  if (tokens[first - 1]?.lower !== "or" || !noun || noun.kind !== "word" || !lex.words.oneWords.has(tokens[first - 3]?.lower ?? "")) return undefined;
  if (lex.words.stopWords.has(noun.lower)) return undefined;
  const np = { first: first - 2, last: first - 2, heads: [noun.text], lemmas: [[noun.lower]] };
  const reading = { ...a.base, last: a.last, ...counted(tokens, np, lex) };
  if (lex.uncounted.has(noun.lower)) reading.category = lex.timeUnits.has(noun.lower) ? "time" : "measure"; // "a day or two"
  return { next: a.last + 1, reading };
}

/** Past a word that goes with the noun after it: "eight such systems", "31 of its own tanks"; `k` as it is otherwise. */
function premodified(tokens: Token[], k: number, lex: QuantityLexicon): number {
  return k > 0 && lex.words.nounPremodifiers.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.kind === "word" ? k + 1 : k;
}

/** The things a number without unit counts ("300 drones", "two of the ships", "100 killed"), or the bare number. */
function thingsCounted(tokens: Token[], a: Amount, lex: QuantityLexicon): Outcome {
  const { num, k, last, next, base } = a;
  let from = k;
  if (tokens[k]?.lower === "of") {
    // "two of the five missiles", "three of the ships" count a part; "two of the sources", "one of them" re-name one named.
    // "19 of the board's 35 members", "two of Peru's frigates": a possessor in the determiner's place.
    const owned = premodified(tokens, afterPossessor(tokens, k + 1, lex), lex);
    if (owned > 0) return partOf(tokens, owned, a, lex) ?? memberOf(tokens, owned, a, lex) ?? { next, reading: { ...base, last, unit: "", category: "reference" } };
    const d = premodified(tokens, k + 2, lex);
    if (lex.words.determiners.has(tokens[k + 1]?.lower ?? "")) return partOfSum(tokens, d, a, lex) ?? oneOfTheMost(tokens, d, a, lex) ?? partOf(tokens, d, a, lex) ?? memberOf(tokens, d, a, lex) ?? partOfPeople(tokens, d, a, lex) ?? { next, reading: { ...base, last, unit: "", category: "reference" } };
    if (lex.words.partPronouns.has(tokens[k + 1]?.lower ?? "")) return { next, reading: { ...base, last, unit: "", category: "reference" } };
    // "nine of 32 states", "two of 40 drones": a part of a whole counted without "the".
    const whole = parseNumberAt(tokens, k + 1, lex.numbers);
    const part = whole && partOf(tokens, k + 1, a, lex);
    if (part) return part;
    from = k + 1;
  }
  if (lex.countModifiers.has(tokens[from]?.lower ?? "") && tokens[from + 1]?.kind === "word") from++;
  from = premodified(tokens, from, lex);
  // A measure right after the number ends what it counts: "a minus-1.4 degree average launch angle".
  // "three 9 mm pistols", "four 155 mm howitzers": a calibre between the count and its noun.
  const calibre = afterCalibre(tokens, from, lex);
  const armed = calibre > from ? nounPhrase(tokens, calibre, lex) : undefined;
  const head = uncountedHead(tokens, from, lex) ?? (armed && { ...armed, first: from }) ?? nounPhrase(tokens, from, lex, false, 0, num.value === 1);
  // "four heavy and six light tanks": four tanks, then six read on their own.
  const shared = head || from !== k ? undefined : sharedHead(tokens, from, lex, (j) => readQuantity(tokens, j, lex)?.reading);
  if (shared) return { next: shared.last + 1, reading: { ...base, ...shared } };
  const found = head ?? coordinatedModifiers(tokens, from, lex);
  const people = found ? undefined : casualties(tokens, from, lex);
  // "forced 7 million to flee": people, the subject of the verb after "to".
  if (!found && !people && tokens[from]?.lower === "to" && lex.words.peopleInfinitives.has(tokens[from + 1]?.lower ?? "") && from === k) {
    return { next: last + 1, reading: { ...base, last, unit: lex.words.casualtyUnit, category: "personnel" } };
  }
  // "the shelling killed 40", "police arrested more than 200": the object of a verb done to people.
  if (!found && !people && from === k && (peopleObject(tokens, base.first, lex) || peopleSubject(tokens, from, lex))) return { next: last + 1, reading: { ...base, last, unit: lex.words.casualtyUnit, category: "personnel" } };
  if (people) return { next: people.last + 1, reading: { ...base, last: people.last, unit: people.heads[0].toLowerCase(), item: [people.first, people.last], category: "personnel" } };
  // One counts a singular noun ("one solution"), which nounPhrase, looking for a plural, misses.
  const np = found ?? uncountedHead(tokens, from, lex) ?? (num.value === 1 ? singularPhrase(tokens, from, lex) : undefined);
  if (!np) return orTwo(tokens, a, lex) ?? a.bare;
  const lemmas = np.lemmas.map((l) => l[l.length - 1]);
  const reading = { ...base, last: np.last, ...counted(tokens, np, lex) };
  if (lemmas.some((l) => lex.uncounted.has(l))) {
    // "three years", "two times more", "7.3 points": a duration or a measure, not an amount of things;
    // but "called at the port five times" counts occasions.
    // (After a verb of change, "grew two times", they multiply too.)
    const multiplied = lex.words.multiplierFollowers.has(tokens[np.last + 1]?.lower ?? "") || lex.changes.has(tokens[base.first - 1]?.lower ?? "");
    const occasions = lemmas.every((l) => lex.words.occasionNouns.has(l)) && !multiplied;
    return { next: np.last + 1, reading: { ...reading, category: lemmas.some((l) => lex.timeUnits.has(l)) ? "time" : occasions ? "count" : "measure" } };
  }
  if (!a.hedged && partiesRenamed(tokens, base.first, base.value, np.last, lemmas, lex)) {
    return { next: np.last + 1, reading: { ...reading, category: "reference" } };
  }
  return { next: np.last + 1, reading };
}

/**
 * Magnitudes of a magnitude with no "of" after them: people where a verb done to people or a
 * casualty word says so ("tens of thousands were displaced", "killed tens of thousands"), else
 * a bare number whose noun the sentence may name before it ("shells … in the hundreds of thousands").
 */
function vagueAlone(tokens: Token[], a: Amount, lex: QuantityLexicon): Outcome {
  const { k, next, base } = a;
  // "number in the thousands", "ran into the hundreds": one magnitude as a level, after a link and "the".
  const level = tokens[base.first - 1]?.lower === "the" && lex.words.levelLinks.has(tokens[base.first - 2]?.lower ?? "");
  if ((a.num.last - a.num.first < 2 && !level) || !a.bare?.reading) return { next };
  if (peopleObject(tokens, base.first, lex) || casualties(tokens, k, lex) || peopleSubject(tokens, k, lex)) return { next, reading: { ...a.bare.reading, unit: lex.words.casualtyUnit, category: "personnel" } };
  return a.bare;
}

/** A vague magnitude alone as the object of a verb done to people: "killing and wounding thousands". */
function vaguePeople(tokens: Token[], i: number, lex: QuantityLexicon): Outcome {
  const value = lex.numbers.vague.get(tokens[i]?.lower ?? "");
  // "killed hundreds", and "left hundreds stranded", "thousands were displaced": a casualty word after it.
  if (value === undefined || tokens[i + 1]?.lower === "of" || !(peopleObject(tokens, i, lex) || casualties(tokens, i + 1, lex) || peopleSubject(tokens, i + 1, lex))) return undefined;
  return { next: i + 1, reading: { first: i, last: i, value, valueMax: "", bound: "at_least", unit: lex.words.casualtyUnit, category: "personnel" } };
}

/** Whether words at `k` say a container holds munitions: "packed with weapons and shells", "full of rockets". */
function holdsMunitions(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const link = lex.words.contentLinks.find((words) => words.every((w, n) => tokens[k + n]?.lower === w));
  const np = link && nounPhrase(tokens, afterCalibre(tokens, k + link.length, lex), lex, true);
  return !!np && categoryOf(np, lex) === "munitions";
}
