/**
 * Numbers that are not amounts: dates, years, ordinals, clock times, names ("KN-23", "the Big
 * 12"), calibres, addresses and scores.
 */
import pluralize from "pluralize";
import { parseDigits, type ParsedNumber, type Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { gluedSizeWord } from "./glued-units.ts";
import { hyphenedNoun, hyphenedRate } from "./hyphened.ts";
import { hyphenedMeasure, percentAt } from "./measures.ts";
import { afterAcronym, isCapitalised, looksPlural, singular } from "./noun-phrases.ts";

/** Whether the number is a date, a year, an ordinal, a time, a share or part of a name. */
export function isNotAnAmount(tokens: Token[], num: ParsedNumber, lex: QuantityLexicon, marked: boolean): boolean {
  const numFirst = tokens[num.first].lower === "between" ? num.first + 1 : num.first;
  const first = tokens[numFirst];
  const last = tokens[num.last];
  const before = tokens[numFirst - 1];
  const after = tokens[num.last + 1];
  // A code written onto letters after a designator is a name, though the letters spell a symbol: "flight PS752".
  if (first.glued && before?.kind === "word" && lex.designators.has(tokens[numFirst - 2]?.lower ?? "")) return true;
  if (!marked && before) {
    // Written onto a name: "KN-23", "G7", "Su-27", "#3", "2024-06-24".
    // But a prefix is no name: "sub-7 nanometre chips", "over-50 voters".
    const prefixed = before.text === "-" && lex.words.numberPrefixes.has(tokens[numFirst - 2]?.lower ?? "");
    // A hyphen standing for a lost dash before a scaled sum is no name: "a 25% increase-10 billion pesos-from".
    const dash = before.text === "-" && num.scaled && /^\p{Ll}{3,}$/u.test(tokens[numFirst - 2]?.text ?? "");
    if (first.glued && !prefixed && !dash && !rangeDash(tokens, numFirst - 1, lex) && (before.kind !== "punct" || "-–/#№".includes(before.text))) return true;
    if (first.glued && before.text === "+" && before.glued) return true; // "the 2+2 talks", "P5+1"
    if ((lex.designators.has(before.lower) && !designatorAsVerb(tokens, numFirst - 1, lex)) || modelName(tokens, numFirst, num, lex)) return true;
    // "one in five of the drones": a share, as "20 percent of" is.
    const one = tokens[numFirst - 2];
    if (lex.words.ratioLinks.has(before.lower) && one && (one.text === "1" || one.lower === "one")) return true;
    const word = before.text === "." ? tokens[numFirst - 2] : before;
    if (word && lex.words.months.has(word.lower) && isCapitalised(word)) return true; // "June 24", "Nov. 2"
    if (word && word.lower === "no" && before.text === ".") return true; // "No. 1"
    // A number word written capitalised after a name's "of": "the Group of Seven", "the Gang of Four".
    if (first.kind === "word" && isCapitalised(first) && before.lower === "of" && isCapitalised(tokens[numFirst - 2])) return true;
  }
  if (after) {
    if (after.glued && after.kind === "word") {
      if (lex.words.ordinalSuffixes.has(after.lower) || lex.calibres.has(after.lower)) return true; // "70th", "1990s", "152mm"
      if (!lex.gluedMeasures.match(tokens, num.last + 1) && !gluedSizeWord(after, lex) && !lex.currencyWords.match(tokens, num.last + 1) && !percentAt(tokens, num.last + 1, lex)) return true; // "5G", "3D"
    }
    // "10-day", "152-mm", "KN-23-type": a number inside an adjective — unless the adjective is a measure ("6.1-inch") or a rate ("$15-an-hour").
    if (after.glued && (after.text === "-" || after.text === "–") && tokens[num.last + 2]?.glued && tokens[num.last + 2].kind === "word" && !hyphenedMeasure(tokens, num.last + 1, lex) && !hyphenedNoun(tokens, num.last + 1, lex) && !hyphenedRate(tokens, num.last + 1, lex)) return true;
    if (after.glued && after.text === ":" && tokens[num.last + 2]?.kind === "num") return true; // "10:30"
    if (lex.words.timeWords.has(after.lower)) return true;
    if (lex.words.months.has(after.lower) && isCapitalised(after)) return true; // "24 June"
    if ((after.lower === "a" || after.lower === "p") && tokens[num.last + 2]?.text === "." && tokens[num.last + 3]?.lower === "m") return true; // "10 a.m.", not "212p."
  }
  if (!marked && (ageApposition(tokens, num, lex) || pronounOne(tokens, num, lex))) return true;
  // A year: four digits without separator, unhedged ("in 2022", "the 2022 supplies").
  const yearLike = (t: Token) => /^\d{4}$/.test(t.text) && Number(t.text) >= 1000 && Number(t.text) <= 2199;
  // But "1500 containers", "in 1500 troops", "1200 euros", "at 1450p": a counted noun, a unit or a
  // currency right after makes it an amount; a singular noun does not ("the general's 2023 death", "its 2024 budget").
  const money = !!lex.currencyWords.match(tokens, num.last + 1) && !lex.words.baseYearOpeners.has(before?.lower ?? "");
  const counts = !!after && (!!lex.measures.match(tokens, num.last + 1) || money || (lex.categories.has(singular(after.lower, lex.words)) && (looksPlural(after.text, lex.words) || pluralize.isPlural(after.lower) || lex.massNouns.has(after.lower))));
  // "another 1000 were injured" counts more of something: no year follows "another".
  const another = !!before && lex.words.oneWords.has(before.lower) && !lex.words.articles.has(before.lower);
  // "below 2005 levels": a year after a word of bound is the baseline of a comparison.
  if (!num.scaled && first.kind === "num" && yearLike(first) && num.valueMax === undefined && after && lex.words.yearBaselines.has(after.lower)) return true;
  if (!marked && !another && !num.scaled && first.kind === "num" && yearLike(first) && (num.valueMax === undefined || yearLike(last)) && !(counts && num.valueMax === undefined)) return true;
  return false;
}

/**
 * Bare digits right after a name that no gazetteer knows end a model's name: "Leopard 2 tanks",
 * "Boeing 737 parts", "Shahed 136 drones" (but "sent Peru 40 tanks" counts, and so does a
 * Title Case headline's "Sends 40 Tanks", where every word is capitalised and the tagger may
 * call a verb a name: there the name must follow a word tagged a verb).
 */
function modelName(tokens: Token[], first: number, num: ParsedNumber, lex: QuantityLexicon): boolean {
  const name = tokens[first - 1];
  // A unit after the number measures the named thing: "Lamborghini's 640bhp", "MacBook Pro 16 inch", "Tylenol 500mg".
  const after = tokens[first + 1];
  if (!after || after.glued || after.kind !== "word" || lex.measures.match(tokens, first + 1)) return false;
  if (first !== num.last || !/^\d{1,4}$/.test(tokens[first].text) || name.kind !== "word" || name.actor) return false;
  // A maker's letters before the digits name a model too ("JAS 39 Gripen jets", "RCH 155 howitzers"), in a sentence not all in capitals.
  if (/^\p{Lu}{2,5}$/u.test(name.text) && !lex.words.stopWords.has(name.lower) && !titleCase(tokens)) return true;
  // A possessive is no name's end: "of Boric's 40 tanks".
  // A name may open in lower case before an inner capital: "iPhone 12 Mini", "eVTOL 400 craft".
  if (!/^(?:\p{Lu}|\p{Ll}+\p{Lu})/u.test(name.text) || !/\p{Ll}/u.test(name.text) || /['’]s?$/u.test(name.text) || lex.words.stopWords.has(name.lower) || lex.words.months.has(name.lower) || lex.words.weekdays.has(name.lower)) return false;
  if (first === 1 ? name.pos !== "PROPN" : name.pos === "VERB" || name.pos === "AUX" || name.pos === "ADP") return false;
  // In a Title Case headline every word is capitalised: the name must follow a verb ("Deploys Shahed 136 Drones", not "Orders 40 Tanks").
  return !titleCase(tokens) || tokens[first - 2]?.pos === "VERB";
}

/** A headline in Title Case: no word of four letters or more written in lower case. */
const titleCase = (tokens: Token[]) => !tokens.some((t) => t.kind === "word" && t.text.length > 3 && /^\p{Ll}/u.test(t.text));

/**
 * An age set off after a name: "Hadi Haddad, 22, a reporter", "Anna Berg, 41, and her son",
 * "Vidal, 66, has …" — a whole number below 120 between commas, after a capitalised word (one
 * opening the sentence must be tagged a name and be no counted noun: "Tanks, 40, were sent" counts tanks).
 */
function ageApposition(tokens: Token[], num: ParsedNumber, lex: QuantityLexicon): boolean {
  const name = tokens[num.first - 2];
  const closing = tokens[num.last + 1];
  if (!num.digits || num.scaled || num.valueMax !== undefined || num.value >= 120 || !Number.isInteger(num.value)) return false;
  if (num.first < 2 || (num.first === 2 && (name.pos !== "PROPN" || lex.categories.has(singular(name.lower, lex.words))))) return false;
  return tokens[num.first - 1]?.text === "," && isCapitalised(name) && name.kind === "word" && (!closing || closing.text === "," || closing.text === ";" || closing.text === ".");
}

/** Parts of speech of a determiner or adjective before "one" that makes it a pronoun ("each one", "the same one"). */
const BEFORE_PRONOUN = new Set(["DET", "ADJ"]);
/** Parts of speech after "one" that end its noun phrase: a clause or a phrase of another kind goes on. */
const AFTER_PRONOUN = new Set(["PRON", "ADP", "VERB", "AUX", "ADV", "SCONJ", "CCONJ", "PART", "PUNCT"]);

/**
 * "one" as a pronoun standing for a noun said before: "for each one they lose", "using the same
 * one across accounts" — after a determiner or adjective, with no noun and no "of" after it.
 */
function pronounOne(tokens: Token[], num: ParsedNumber, lex: QuantityLexicon): boolean {
  const [before, word, after] = [tokens[num.first - 1], tokens[num.first], tokens[num.last + 1]];
  if (num.first !== num.last || word.lower !== "one" || !before) return false;
  if (!BEFORE_PRONOUN.has(before.pos ?? "") && !lex.words.determiners.has(before.lower)) return false;
  return !after || after.kind === "punct" || (after.lower !== "of" && AFTER_PRONOUN.has(after.pos ?? ""));
}

/**
 * A dash at `k` right after an amount's unit written onto its number opens a range's upper end:
 * "3%-4%", "2kg-3kg". A dash after letters alone ("KN-23", "COVID-19") joins a name.
 */
function rangeDash(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const dash = tokens[k];
  if (!dash || !"-–".includes(dash.text) || !dash.glued) return false;
  const unitAt = (j: number) => tokens[j]?.glued && tokens[j - 1]?.kind === "num" && (percentAt(tokens, j, lex) === 1 || lex.gluedMeasures.match(tokens, j)?.length === 1);
  return !!unitAt(k - 1);
}

/** Digits, a slash and digits written together: "1/16", "1⁄32". */
export function isFraction(tokens: Token[], num: ParsedNumber): boolean {
  const slash = tokens[num.last + 1];
  const below = tokens[num.last + 2];
  return num.digits && !num.scaled && num.valueMax === undefined && !!slash?.glued && (slash.text === "/" || slash.text === "\u2044") && !!below?.glued && below.kind === "num" && (parseDigits(below.text) ?? 0) > 0;
}

/**
 * A number that is part of an address, a score or a clock time, which the checks for names
 * miss: "49 Zorro Ranch Road", "9 E 71st St", "tied at 89-89", "2-0 down", "with 4:39 left".
 */
export function isAddressOrScore(tokens: Token[], num: ParsedNumber, lex: QuantityLexicon): boolean {
  const after = tokens[num.last + 1];
  const before = tokens[num.first - 1];
  if (!after) return false;
  // A dash between two numbers that make no range (the second no larger) is a score or a ratio.
  if (after.glued && (after.text === "-" || after.text === "–") && tokens[num.last + 2]?.glued && tokens[num.last + 2].kind === "num") return true;
  if (before?.text === ":" && num.digits && tokens[num.first].glued) return true;
  if (formationNumber(tokens, num, lex)) return true;
  for (let k = num.last + 1; k <= num.last + 4 && tokens[k]; k++) {
    const t = tokens[k];
    if (!(/^\p{Lu}/u.test(t.text) || t.kind === "num" || (t.glued && lex.words.ordinalSuffixes.has(t.lower)))) return false;
    // A street's word stands apart: "63 K2PL tanks" is a model's name, not a place ("Pl").
    if (k > num.last + 1 && lex.streetTypes.has(t.lower) && !t.glued) return true;
  }
  return false;
}

/**
 * Whether the designator at `k` is a verb of level ("Chilean troops number 8,000", "who number
 * 8,000", "may number 3,000"), which names nothing: a designator names after an article, a
 * determiner or a possessive ("the number 10 bus", "Peru's number 2 official").
 */
function designatorAsVerb(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!lex.words.levelVerbs.has(t.lower) || !prev || prev.kind !== "word") return false;
  return !lex.words.articles.has(prev.lower) && !lex.words.determiners.has(prev.lower) && !/'s?$/.test(prev.lower) && !isCapitalised(prev);
}

/**
 * Digits that number a military formation: "the 155 Brigade", "its 58 Combined Arms Army" — a
 * run of capitalised words ending in a formation's singular name, which heads the phrase (no
 * noun follows it: "40 Army officers", "5,000 Marine Corps troops" count the officers, troops).
 */
function formationNumber(tokens: Token[], num: ParsedNumber, lex: QuantityLexicon): boolean {
  if (!num.digits || num.scaled || num.valueMax !== undefined || !/^\d{1,4}$/.test(tokens[num.first].text)) return false;
  for (let k = num.last + 1; k <= num.last + 4 && tokens[k]; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || !isCapitalised(t)) return false;
    // A possessive formation is named too: "the 155 Brigade's 40 tanks".
    const possessive = /'s?$/.test(t.lower);
    if (!lex.formationNames.has(t.lower.replace(/'s?$/, ""))) continue;
    if (possessive) return true;
    // "12 Korean People's Army (KPA) soldiers": the name's acronym stands before the noun.
    const next = tokens[afterAcronym(tokens, k + 1) ?? k + 1];
    return !next || next.kind !== "word" || (next.pos !== "NOUN" && next.pos !== "PROPN");
  }
  return false;
}

/** A number with no unit that ends a name: "the Big 12", "iPhone 11", "S&P 500", "the FTSE 100". */
export function inName(tokens: Token[], first: number, lex: QuantityLexicon): boolean {
  const before = tokens[first - 1];
  if (!before || first === 0) return false;
  if (before.text === "&") return true;
  // A capitalised word that is not the sentence's first nor a closed-class word ("With 275 …"),
  // nor a state's, a place's or a person's name or possessive, whose verb may be left out: "Chile
  // sent 300 tanks, Peru 200", "compared with Chile's 60" (left-out-nouns.ts).
  if (before.actor || /'s?$/.test(before.lower)) return false;
  return first > 1 && before.kind === "word" && /\p{Lu}/u.test(before.text) && !lex.words.stopWords.has(before.lower);
}

/** An amount the general reader leaves to the table: "a pair of companies" (data/number-words.yaml small_counts `table_only`). */
export function tableOnly(tokens: Token[], first: number, lex: QuantityLexicon): boolean {
  const at = tokens[first]?.lower === "a" ? first + 1 : first;
  return !!lex.numbers.smallCounts.get(tokens[at]?.lower ?? "")?.table_only;
}
