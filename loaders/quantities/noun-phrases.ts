/**
 * What an amount counts: the noun phrase after the number ("artillery shells", "rockets and
 * artillery shells", "Russian and North Korean troops", "100 were killed"), its head nouns
 * and their singular, and the unit and category they give the amount.
 */
import pluralize from "pluralize";
import { parseNumberAt, type Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import type { Category } from "./row.ts";
import type { QuantityWords } from "./words.ts";
import { straightApostrophes } from "../text.ts";

/**
 * The singulars pluralize gave, by dictionary (its irregular plurals) and word: pluralize tries
 * its rules' patterns one by one on every call, and the readers ask for the same few nouns again
 * and again. Kept with the dictionary, which lives as long as the process reads with it.
 */
const singulars = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();

/** The singular of a plural noun, by the common English rules. */
export function singular(word: string, words: Pick<QuantityWords, "irregularPlurals">): string {
  const w = straightApostrophes(word.toLowerCase());
  const irregular = words.irregularPlurals.get(w);
  if (irregular !== undefined) return irregular;
  let known = singulars.get(words.irregularPlurals);
  if (!known) singulars.set(words.irregularPlurals, (known = new Map()));
  let found = known.get(w);
  if (found === undefined) known.set(w, (found = pluralize.singular(w)));
  return found;
}

/** A word written as an English plural ("shells", "countries", "people"). */
export function looksPlural(word: string, words: Pick<QuantityWords, "irregularPlurals" | "stopWords">): boolean {
  const w = straightApostrophes(word.toLowerCase());
  if (words.irregularPlurals.has(w)) return true;
  if (w.length < 3 || words.stopWords.has(w) || w.endsWith("'s")) return false;
  if (/[^'su]s$/.test(w) || /(?:ies|ches|shes|sses|xes)$/.test(w) || /^[A-Z0-9-]+s$/.test(word)) return true;
  // Compounds of an irregular plural ("fishermen", "firemen", "grandchildren").
  return /(?:men|children)$/.test(w) && pluralize.singular(w) !== w;
}

export const isCapitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/** A word in -ly that is an adverb, not a noun or an adjective in -ly ("supply", "elderly"; data/quantity-words.yaml `ly_words`). */
export const isAdverb = (word: string, lex: QuantityLexicon) => /ly$/.test(word) && !lex.words.lyWords.has(word);

/**
 * Whether a word that looks plural is a verb with its object after it: "19 fouls proves it",
 * "one proposal asks Amazon's board", not "arms shipments to" nor "human rights groups".
 */
function verbBefore(tokens: Token[], word: { first: number; last: number }, lex: QuantityLexicon, one: boolean): boolean {
  const next = tokens[word.last + 1];
  if (isCapitalised(tokens[word.first])) return false; // "United Nations Security Council members"
  // A name after it makes a verb only after "one" (a verb in -s agrees with one): "the shells North Korea sent" is a noun's clause.
  return !!next && next.kind === "word" && (lex.words.objectOpeners.has(next.lower) || (one && isCapitalised(next)));
}

/** A run of tokens written together ("KN-23", "152mm", "short-range", "U.S.-made"). */
interface Compound {
  first: number;
  last: number;
  text: string;
  lower: string;
}

function compoundAt(tokens: Token[], k: number): Compound | undefined {
  const t = tokens[k];
  if (!t || t.kind === "punct") return undefined;
  let last = k;
  while (tokens[last + 1]?.glued) {
    const n = tokens[last + 1];
    if (n.kind !== "punct") last++;
    else if ((n.text === "-" || n.text === "/" || n.text === ".") && tokens[last + 2]?.glued && tokens[last + 2].kind !== "punct") last += 2;
    // A dotted initialism hyphened onto a word: "U.S.-made", "U.K.-built".
    else if (n.text === "." && tokens[last + 2]?.text === "-" && tokens[last + 2].glued && tokens[last + 3]?.glued && tokens[last + 3].kind === "word") last += 3;
    else break;
  }
  // A dotted initialism keeps its last full stop: "U.S." in "500 U.S. soldiers" is no plural "U.S".
  if (tokens[last + 1]?.text === "." && tokens[last + 1].glued && last > k && tokens.slice(k, last + 1).every((x, n) => (n % 2 === 0 ? /^\p{Lu}$/u.test(x.text) : x.text === "."))) last++;
  const text = tokens.slice(k, last + 1).map((x) => x.text).join("");
  return { first: k, last, text, lower: straightApostrophes(text.toLowerCase()) };
}

/**
 * The token after a compound, past a suspended hyphen's "- and" ("coal- and gas-fired plants",
 * "short- or long-range missiles"): the modifier shares the hyphened word after the link.
 */
function afterSuspended(tokens: Token[], last: number): number {
  const [dash, link, next] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  const suspended = dash?.glued && (dash.text === "-" || dash.text === "–") && (link?.lower === "and" || link?.lower === "or") && !link.glued && next?.kind === "word";
  return suspended ? last + 3 : last + 1;
}

/**
 * A closed-class word written in capitals among words that are not is an abbreviation, a name's
 * modifier: "US" in "1,000 US troops", "IT" in "300 IT workers" (not "FIVE US FIRMS").
 */
function isAbbreviation(tokens: Token[], c: Compound): boolean {
  const next = tokens[c.last + 1];
  return c.text.length > 1 && /^\p{Lu}+$/u.test(c.text) && !!next && next.kind === "word" && next.text !== next.text.toUpperCase();
}

/**
 * A number inside a model's name, among the modifiers of a counted noun: after a capitalised
 * word ("12 Leopard 2 tanks", "three Type 45 destroyers") or before one ("two new 737 Max jets").
 */
function modelNumber(tokens: Token[], c: Compound, run: Compound[], lex: QuantityLexicon): boolean {
  if (!/^\d{1,4}$/.test(c.text)) return false;
  const before = run[run.length - 1];
  const next = tokens[c.last + 1];
  const name = (t: Token | undefined) => isCapitalised(t) && !lex.words.months.has(t!.lower) && !lex.words.weekdays.has(t!.lower);
  return (!!before && name(tokens[before.last])) || (name(next) && next!.kind === "word");
}

/**
 * The token after a bracketed acronym that a name's words stand on both sides of, where token `j`
 * opens it: "six Haitian National Police (PNH) officers", "300 Rapid Support Forces (RSF) fighters".
 */
export function afterAcronym(tokens: Token[], j: number): number | undefined {
  const [open, acronym, close, next] = [tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]];
  if (open?.text !== "(" || close?.text !== ")" || next?.kind !== "word" || !/^\p{Lu}{2,}$/u.test(acronym?.text ?? "")) return undefined;
  return isCapitalised(tokens[j - 1]) ? j + 3 : undefined;
}

export interface NounPhrase {
  first: number;
  last: number;
  /** Head nouns, one per conjunct ("rockets", "shells"). */
  heads: string[];
  /** Lemmas of the heads, with the word before them for two-word entries ("fighter jet"). */
  lemmas: string[][];
}

/**
 * A noun phrase starting at token `k`: modifiers then a plural head ("artillery shells"),
 * or, where `mass` allows it, a noun without plural ("ammunition"); coordinated phrases are
 * joined ("rockets and artillery shells"). Stops at closed-class words and punctuation, so
 * "68 countries last year" ends at "countries".
 */
export function nounPhrase(tokens: Token[], k: number, lex: QuantityLexicon, mass = false, depth = 0, one = false): NounPhrase | undefined {
  const run: Compound[] = [];
  // Quotation marks inside or around the phrase are read through: 4,000 one-ton “bunker buster” bombs.
  const quote = (j: number) => lex.words.phraseQuotes.has(tokens[j]?.text ?? "");
  const compoundFrom = (j: number) => compoundAt(tokens, quote(j) ? j + 1 : (afterAcronym(tokens, j) ?? j));
  for (let c = compoundFrom(k); c && run.length < 10; c = compoundFrom(afterSuspended(tokens, c.last))) {
    // An adverb ends the phrase, unless it modifies a participle inside it: "50 domestically produced howitzers".
    const adverb = isAdverb(c.lower, lex) && !(run.length === 0 && lex.words.participle.test(tokens[c.last + 1]?.lower ?? "") && !!tokens[c.last + 2] && tokens[c.last + 2].kind !== "punct");
    // A superlative's "most" modifies the word after it: "40 of Russia's most advanced jets".
    const degree = lex.words.superlatives.has(c.text) && !!tokens[c.last + 1] && tokens[c.last + 1].kind === "word" && !lex.words.stopWords.has(tokens[c.last + 1].lower);
    if ((lex.words.stopWords.has(c.lower) && !isAbbreviation(tokens, c) && !degree) || adverb || (tokens[c.first].kind === "num" && c.first === c.last && !modelNumber(tokens, c, run, lex))) break;
    if (lex.words.months.has(c.lower) && isCapitalised(tokens[c.first])) break;
    run.push(c);
  }
  // A verb ends the phrase before it: "19 fouls proves it", "one proposal asks Amazon's board";
  // after one thing, a word the analysis layer tags a verb too: "one person dies in …".
  const taggedAfterOne = (c: Compound) => one && tokens[c.first].pos === "VERB" && c.first === c.last && !lex.categories.has(singular(c.lower, lex.words));
  const verb = run.findIndex((c, n) => n > 0 && looksPlural(c.text, lex.words) && (verbBefore(tokens, c, lex, one) || taggedAfterOne(c)));
  if (verb > 0) run.length = verb;
  if (run.length === 0) return undefined;
  const head = headIndex(run, tokens, lex, mass);
  if (head < 0) return undefined;
  const headWord = run[head];
  const lemma = [singular(headWord.lower, lex.words)];
  if (head > 0) lemma.unshift(`${run[head - 1].lower} ${singular(headWord.lower, lex.words)}`);
  // A quotation opened inside the phrase closes with it: several thousand "Vipers".
  const opened = tokens.slice(k, headWord.last + 1).filter((t) => lex.words.phraseQuotes.has(t.text)).length % 2 === 1;
  const last = opened && quote(headWord.last + 1) ? headWord.last + 1 : headWord.last;
  const phrase: NounPhrase = { first: opened && quote(k) && run[0].first === k + 1 ? k : run[0].first, last, heads: [headWord.text], lemmas: [lemma] };
  // Coordination: "rockets and artillery shells", but not "troops and 50 tanks" (a quantity of its own).
  const conj = tokens[phrase.last + 1];
  if (depth < 2 && conj && (conj.lower === "and" || conj.lower === "or" || conj.text === "&")) {
    const next = tokens[phrase.last + 2];
    // Nor "people and wounded dozens": a casualty word after "and" opens a clause of its own.
    // Nor "shells and raised concerns": a verb after "and" opens a clause of its own.
    // Nor "limes and half of all tomatoes": a share after "and" is an amount of its own.
    const share = next && lex.numbers.fractions.has(next.lower) && tokens[phrase.last + 3]?.lower === "of";
    if (next && next.kind === "word" && next.pos !== "VERB" && !share && !lex.words.casualtyWords.has(next.lower) && !lex.hedges.match(tokens, phrase.last + 2) && !parseNumberAt(tokens, phrase.last + 2, lex.numbers)) {
      const found = nounPhrase(tokens, phrase.last + 2, lex, mass, depth + 1, one);
      // "one assailant and forced others": "others" is a pronoun, no noun to join.
      const more = found && !found.heads.every((h) => lex.words.pronounHeads.has(h.toLowerCase())) && !verbWithInfinitive(tokens, found, lex) ? found : undefined;
      // Things of two known kinds are two amounts' worth, the number counting the first: "thousands of troops and weapons".
      const kinds = more && [knownCategory(phrase, lex), knownCategory(more, lex)];
      if (more && !(kinds![0] && kinds![1] && kinds![0] !== kinds![1])) return { first: phrase.first, last: more.last, heads: [...phrase.heads, ...more.heads], lemmas: [...phrase.lemmas, ...more.lemmas] };
    }
  }
  return phrase;
}

/** Which compound of a phrase's run is its head: the last of a run of plurals the dictionary allows, or one without a plural. */
function headIndex(run: Compound[], tokens: Token[], lex: QuantityLexicon, mass: boolean): number {
  let head = run.findIndex((c) => looksPlural(c.text, lex.words));
  // An acronym ending in a capital S is a name, whose plural a later noun may be: "12 IRIS-T SLS SAM launchers".
  const acronymS = (c: Compound) => /^\p{Lu}[\p{Lu}\d-]*S$/u.test(c.text);
  if (head >= 0 && acronymS(run[head])) {
    const later = run.findIndex((c, n) => n > head && looksPlural(c.text, lex.words) && !acronymS(c));
    if (later > 0) head = later;
  }
  // A plural may modify a further plural ("arms shipments"), but a verb may look plural too
  // ("troops comes"): extend only onto a noun the dictionary knows, or off one it does not.
  const known = (c: Compound) => lex.categories.has(singular(c.lower, lex.words)) || lex.massNouns.has(c.lower);
  // A duration or a measure ends the phrase: "the past five years shows" is no count of shows.
  const uncounted = (c: Compound) => lex.uncounted.has(singular(c.lower, lex.words));
  // The analysis layer's noun tag tells a plural head after a known one: "arms makers", "drones makers".
  const taggedNoun = (c: Compound) => tokens[c.first].pos === "NOUN" && c.first === c.last;
  // Not onto a word the layer tags a verb, unless the dictionary knows it: "the two neighbors grinds on".
  const taggedVerb = (c: Compound) => tokens[c.first].pos === "VERB" && c.first === c.last && !known(c);
  if (head >= 0) while (head + 1 < run.length && !uncounted(run[head]) && looksPlural(run[head + 1].text, lex.words) && !taggedVerb(run[head + 1]) && (known(run[head + 1]) || !known(run[head]) || taggedNoun(run[head + 1]))) head++;
  else head = headWithoutPlural(run, lex, mass);
  return head;
}

/**
 * A lone word no list sorts after "and", then "to" and a verb, is a verb of its own clause: "300
 * troops and plans to send more", "40 jets and wants to buy 20" ("tanks and arms to fight" joins).
 */
function verbWithInfinitive(tokens: Token[], np: NounPhrase, lex: QuantityLexicon): boolean {
  if (np.first !== np.last || knownCategory(np, lex) || tokens[np.last + 1]?.lower !== "to") return false;
  const verb = tokens[np.last + 2];
  return !!verb && verb.kind === "word" && /^\p{Ll}+$/u.test(verb.text) && !lex.words.stopWords.has(verb.lower);
}

/** With no plural in the run, its last noun the dictionary knows without one ("personnel", "aircraft", "ammunition"); -1 if none. */
function headWithoutPlural(run: Compound[], lex: QuantityLexicon, mass: boolean): number {
  for (let h = run.length - 1; h >= 0; h--) {
    const lemma = run[h].lower;
    const known = lex.massNouns.has(lemma) || (lex.categories.has(lemma) && (mass || !lex.massNouns.has(lemma)));
    if (known && (mass || !lex.massNouns.has(lemma) || lemma === "personnel")) return h;
  }
  return mass && run.length <= 3 ? run.length - 1 : -1;
}

export function categoryOf(phrase: NounPhrase, lex: QuantityLexicon): Category {
  if (modelMachine(phrase, lex)) return "munitions";
  return knownCategory(phrase, lex) ?? sortedByForm(phrase, lex) ?? "count";
}

/**
 * "18 MiG-29 fighters": a head of people after a model's name with a number names the machine;
 * "40 F-16s", "two KN-23s": a model's name, letters and a number hyphened, counted as the head.
 */
function modelMachine(phrase: NounPhrase, lex: QuantityLexicon): boolean {
  if (phrase.heads.some((h) => /^\p{Lu}\p{L}{0,3}-\d+\p{L}?s$/u.test(h))) return true;
  return phrase.lemmas.some((lemmas) => {
    const [model, head] = lemmas.length > 1 ? [lemmas[0].split(" ")[0], lemmas[lemmas.length - 1]] : ["", ""];
    return lex.words.modelMachineHeads.has(head) && /\p{L}/u.test(model) && /\d/.test(model);
  });
}

/**
 * The category of heads no list sorts, by their form: a generic head takes the noun's before it
 * ("mortar systems" are munitions), an ending makes people ("jihadists", "technicians",
 * capitalised "Palestinians", "Israelis").
 */
function sortedByForm(phrase: NounPhrase, lex: QuantityLexicon): Category | undefined {
  for (const [n, lemmas] of phrase.lemmas.entries()) {
    const head = lemmas[lemmas.length - 1];
    const before = lemmas.length > 1 ? lemmas[0].split(" ")[0] : "";
    // "weapons systems": the noun before may be plural as a modifier.
    const modifier = lex.categories.has(before) ? before : singular(before, lex.words);
    if (lex.genericHeads.has(head) && lex.categories.has(modifier)) return lex.categories.get(modifier);
    if (head.length >= 6 && lex.peopleEndings.some((e) => head.endsWith(e))) return "personnel";
    if (isDemonym(phrase.heads[n], head, lex)) return "personnel";
  }
  return undefined;
}

/** A capitalised head of people named by where they are from ("Palestinians", "Israelis", "Tutsis"), by its form. */
export function isDemonym(written: string, lemma: string, lex: QuantityLexicon): boolean {
  return /^\p{Lu}\p{Ll}/u.test(written) && lemma.length >= 5 && lex.demonymEndings.some((e) => lemma.endsWith(e));
}

/** The category the dictionary gives a phrase's heads, if it knows one. */
export function knownCategory(phrase: NounPhrase, lex: QuantityLexicon): Category | undefined {
  for (const lemmas of phrase.lemmas) for (const lemma of lemmas) {
    const found = lex.categories.get(lemma) ?? lex.categories.get(lemma.split(" ").pop()!);
    if (found) return found;
  }
  return undefined;
}

/** How a unit is written: lower case, except acronyms ("ICBMs") and models' names with a number ("F-16s"). */
function unitWord(word: string): string {
  return /\p{Lu}.*\p{Lu}/u.test(word) || /^\p{Lu}.*\d/u.test(word) ? word : word.toLowerCase();
}

/**
 * "100 killed", "100 were killed", "thousands were left homeless", "dozens feared dead": the
 * casualty word as the unit, after an auxiliary and a linking word (data/quantity-words.yaml).
 */
export function casualties(tokens: Token[], k: number, lex: QuantityLexicon): NounPhrase | undefined {
  let at = lex.words.casualtyAuxiliaries.has(tokens[k]?.lower ?? "") ? (tokens[k + 1]?.lower === "been" ? k + 2 : k + 1) : k;
  if (lex.words.casualtyLinks.has(tokens[at]?.lower ?? "")) at++;
  const t = tokens[at];
  if (!t || !lex.words.casualtyWords.has(t.lower)) return undefined;
  return { first: at, last: at, heads: [t.text], lemmas: [[t.lower]] };
}

/** "At least 500 died", "hundreds have fled": a verb only people do at `k`, perhaps after an auxiliary. */
export function peopleSubject(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const at = lex.words.casualtyAuxiliaries.has(tokens[k]?.lower ?? "") ? k + 1 : k;
  return lex.words.peopleSubjectVerbs.has(tokens[at]?.lower ?? "");
}

/**
 * "Russian and North Korean troops", "4.3 million digital and physical sales", "3,000 displaced
 * and homeless families": modifiers joined by "and" before the counted noun. A count after "and"
 * is a clause of its own ("100 killed and five soldiers wounded").
 */
export function coordinatedModifiers(tokens: Token[], k: number, lex: QuantityLexicon): NounPhrase | undefined {
  let j = k;
  const modifier = (t: Token | undefined) => t?.kind === "word" && (isCapitalised(t) || !lex.words.stopWords.has(t.lower));
  while (j < k + 4 && modifier(tokens[j])) j++;
  if (j === k || tokens[j]?.lower !== "and" || parseNumberAt(tokens, j + 1, lex.numbers)) return undefined;
  const rest = nounPhrase(tokens, j + 1, lex);
  // "one assailant and forced others": "others" is a pronoun, which no modifier shares.
  return rest && !rest.heads.every((h) => lex.words.pronounHeads.has(h.toLowerCase())) ? { ...rest, first: k } : undefined;
}

/** A singular uncounted head right after the number ("one year", "1 point"), which nounPhrase wants plural. */
export function uncountedHead(tokens: Token[], k: number, lex: QuantityLexicon): NounPhrase | undefined {
  const t = tokens[k];
  if (!t || t.kind !== "word" || !lex.uncounted.has(t.lower)) return undefined;
  return { first: k, last: k, heads: [t.text], lemmas: [[t.lower]] };
}

/**
 * Up to three words before a closed-class word or punctuation ("one solution", "one good wireless
 * speaker"), or up to five when they end in a noun the dictionary sorts ("one Houthi unmanned
 * aerial vehicle").
 */
export function singularPhrase(tokens: Token[], k: number, lex: QuantityLexicon): NounPhrase | undefined {
  let last = k - 1;
  while (last - k < 4 && tokens[last + 1]?.kind === "word" && !lex.words.stopWords.has(tokens[last + 1].lower) && !isAdverb(tokens[last + 1].lower, lex)) {
    // After the noun, a word that looks plural with an object after it is the verb: "one proposal asks Amazon".
    if (last >= k && looksPlural(tokens[last + 1].text, lex.words) && verbBefore(tokens, { first: last + 1, last: last + 1 }, lex, true)) break;
    last++;
  }
  if (last < k) return undefined;
  const pair = (j: number) => (j > k ? `${tokens[j - 1].lower} ${tokens[j].lower}` : "");
  // A generic head ends a long phrase too: "one Pantsir mobile air defense system".
  if (last - k > 2 && !lex.categories.has(tokens[last].lower) && !lex.categories.has(pair(last)) && !lex.genericHeads.has(tokens[last].lower)) last = k + 2;
  return { first: k, last, heads: [tokens[last].text], lemmas: [last > k ? [pair(last), tokens[last].lower] : [tokens[last].lower]] };
}

/** Unit, item and category of a counted noun phrase. */
export function counted(tokens: Token[], np: NounPhrase, lex: QuantityLexicon): Pick<Reading, "unit" | "item" | "category"> {
  // The head with the word before it first: "armoured personnel carriers" are vehicles, "aircraft carriers" carriers.
  const named = (n: number) => (np.lemmas[n] ?? []).map((l) => lex.unitNames.get(l)).find((u) => u !== undefined);
  const unit = (head: string, n: number) => named(n) ?? lex.unitNames.get(singular(head, lex.words)) ?? unitWord(head);
  return { unit: np.heads.map(unit).join(" and "), item: [np.first, np.last], category: categoryOf(np, lex) };
}

