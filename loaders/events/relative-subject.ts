/**
 * A relative clause's subject: in "a provocation that threatens global security" or "none of
 * the countries that provide aid to Ukraine" the act's subject is the noun the relative
 * pronoun stands for; when that noun's phrase names no party, no party named earlier in the
 * sentence is the subject (a party inside the phrase, "the North Korean troops that fought",
 * still is, and so does the subject of a copula whose predicate the noun is: "Peru is the
 * only country that sold jets"). An attack is read as before: "airstrikes that killed civilians", "a missile
 * that hit the port" name the instrument, whose maker stands elsewhere in the sentence.
 */
import type { ClauseWord, Party, RoleContext } from "./types.ts";

/** Parts of speech that may stand between a relative pronoun and its verb ("that has long supplied"). */
const VERB_GAP: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"]);
/** Parts of speech of a noun phrase before its head noun ("the only country"). */
const PHRASE_WORDS: ReadonlySet<string> = new Set(["DET", "ADJ", "ADV", "NUM", "NOUN", "PROPN"]);

/** Whether the trigger's subject is a relative pronoun whose antecedent is a common noun phrase naming no party. */
export function relativeOfThing(ctx: RoleContext, coded: readonly Party[]): boolean {
  if (ctx.entry?.type === "ASSAULT") return false;
  const before = ctx.tokens.filter((w) => w.end <= ctx.ts);
  let i = before.length - 1;
  while (i >= 0 && VERB_GAP.has(before[i].pos)) i--;
  if (i < 1 || !ctx.words.relativeBefore.test(`${before[i].lower} `)) return false;
  // "a \"provocation\" that threatens": a closing quotation mark may end the phrase.
  const last = /^["”’']$/.test(before[i - 1].lower) ? i - 2 : i - 1;
  const head = before[last];
  if (!head || head.pos !== "NOUN") return false;
  const phraseStart = phraseOpening(before, last);
  // "Peru is the only country that sold jets": a predicate's noun is the copula's subject.
  if (ctx.words.copulaBefore.test(ctx.text.slice(Math.max(0, phraseStart - 20), phraseStart))) return false;
  return !coded.some((p) => p.end > phraseStart && p.start < head.end);
}

/** Where the noun phrase ending at before[last] opens. */
function phraseOpening(before: readonly ClauseWord[], last: number): number {
  let j = last;
  while (j > 0 && PHRASE_WORDS.has(before[j - 1].pos)) j--;
  return before[j].start;
}

/** "Peru, which was attacked by …": the party a passive verb's subject relative stands for, what the act was done to. */
export function passiveAntecedent(ctx: RoleContext, actor: Party | undefined): Party | undefined {
  return ctx.parties.find((p) => p.codes.length > 0 && p !== actor && !p.anaphor && !p.modifier && p.end <= ctx.ts && ctx.words.relativePassiveGap.test(ctx.text.slice(p.end, ctx.ts)));
}

/** Parts of speech a name's run may hold besides proper nouns ("Sen. Ana Ruiz", "Ruiz Jr."). */
const NAME_WORDS: ReadonlySet<string> = new Set(["PROPN", "PUNCT"]);

/**
 * "Senator Ana Ruiz, who refused to endorse …", "the vote is risky for Ruiz, who pointedly
 * rejected …": a subject relative after a comma stands for the name right before the comma,
 * wherever that name stands in the sentence (after a preposition too). The name's words are the
 * doer's when the gazetteer codes none of them (a coded one is the clause's party: subject.ts);
 * a common noun there ("the plan, which …") is left unread, and so are deeds told so, a person's
 * background (relative_name_types: the stances a person takes).
 */
export function relativeAntecedentName(ctx: RoleContext, comma: number): string | undefined {
  const { text, tokens, ts } = ctx;
  if (!ctx.entry || !ctx.words.relativeNameTypes.has(ctx.entry.type)) return undefined;
  const before = tokens.filter((w) => w.end <= comma);
  let i = before.length - 1;
  if (i < 0 || before[i].pos !== "PROPN" || !ctx.words.relativeSubjectGap.test(text.slice(before[i].end, ts))) return undefined;
  const end = before[i].end;
  while (i > 0 && NAME_WORDS.has(before[i - 1].pos) && (before[i - 1].pos === "PROPN" || before[i - 1].lower === ".")) i--;
  const start = before[i].start;
  if (ctx.parties.some((p) => p.codes.length > 0 && p.start < end && p.end > start)) return undefined;
  return text.slice(start, end);
}
