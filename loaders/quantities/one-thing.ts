/**
 * One of something: rarely an amount ("one solution", "a ship"), a reference the table leaves
 * out, unless it goes on a list of counts or is a person told by what befell them.
 */
import { parseNumberAt, type Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { isAdverb, looksPlural } from "./noun-phrases.ts";

/**
 * Whether an amount of one is a reference: one of something, unhedged ("at least one launcher" is
 * an amount), no weapon, no sum of money nor a side of a vote, on no list of counts ("11 entities
 * and one individual") and no person told by what befell them.
 */
export function oneAsReference(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  // One weapon is an amount: "one drone hit a home", "shot down one of its drones".
  if (r.category === "munitions") return false;
  if (r.value > 1 || r.valueMax !== "" || r.unit === lex.words.tallyUnit || !lex.material.has(r.category) || r.category === "money" || r.bound !== "exact") return false;
  return !addsToCount(tokens, r.first, lex) && !(r.category === "personnel" && oneBefallen(tokens, r, lex));
}

/**
 * Whether one person is told by what befell them: a casualty predicate after ("one soldier was
 * killed", "one person has been slightly wounded"), a casualty word as the noun ("one killed"),
 * or a verb done to people before ("killing one civilian").
 */
function oneBefallen(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  return lex.words.casualtyWords.has(tokens[r.last]?.lower ?? "") || peopleObject(tokens, r.first, lex) || casualtyAfter(tokens, r.last + 1, lex);
}

/** Whether a casualty predicate follows: "one soldier was killed", "one person has been wounded", "was slightly injured", "one guard hurt". */
function casualtyAfter(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  let j = k;
  while (j < k + 2 && (lex.words.itemCopulas.has(tokens[j]?.lower ?? "") || lex.words.casualtyAuxiliaries.has(tokens[j]?.lower ?? "") || lex.words.itemPerfects.has(tokens[j]?.lower ?? ""))) j++;
  if (isAdverb(tokens[j]?.lower ?? "", lex)) j++;
  // With no auxiliary, as headlines write it: "one guard killed", "one medic badly hurt"; or a verb of dying: "one person dies", "one guard has died".
  return lex.words.casualtyWords.has(tokens[j]?.lower ?? "") || lex.words.deathVerbs.has(tokens[j]?.lower ?? "");
}

/**
 * Whether an amount goes on a list of counts: after "and" and a plural ("three individuals and one
 * entity"), or after "and" or a comma and a noun that a number counts ("two banks, one subsidiary
 * and …", "at least one radar system and one launcher").
 */
function addsToCount(tokens: Token[], first: number, lex: QuantityLexicon): boolean {
  const link = tokens[first - 1]?.lower;
  // An abbreviation in brackets after the list's noun is read past: "four cruise missiles (ASCM) and one drone".
  const close = tokens[first - 2]?.text === ")" ? first - 2 : -1;
  let open = -1;
  for (let n = close - 1; n > 0 && n >= close - 4 && open < 0; n--) if (tokens[n].text === "(") open = n;
  if (open > 0) return addsToCount([...tokens.slice(0, open), ...tokens.slice(close + 1)], open + 1, lex);
  const noun = tokens[first - 2];
  if (!noun || noun.kind !== "word" || (link !== "and" && link !== ",")) return false;
  if (link === "and" && looksPlural(noun.text, lex.words)) return true;
  if (link === "," && !looksPlural(noun.text, lex.words)) return false;
  for (let j = first - 3; j >= Math.max(0, first - 8); j--) {
    if (tokens[j].kind === "punct") return false;
    if (parseNumberAt(tokens, j, lex.numbers)) return true;
  }
  return false;
}

/** Whether the word before an amount is a verb whose object is always people ("killed", "arrested"; data/quantity-words.yaml). */
export function peopleObject(tokens: Token[], first: number, lex: QuantityLexicon): boolean {
  return lex.words.peopleObjectVerbs.has(tokens[first - 1]?.lower ?? "");
}
