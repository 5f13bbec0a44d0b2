/**
 * Relative pronouns after a comma as speakers: "who", "many of whom", and "which" ("…, drew ire from Lima, which
 * slammed …", "the city council, which said …"). A "which" more often takes up a thing ("the Constitution, which
 * stipulates …"), so it speaks only for a body: one the gazetteer knows, one by its proper name, or one described
 * by its head noun.
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { properBodyName } from "../speakers/proper-heads.ts";
import { type Ctx, analysedPhrase, tokenAt } from "./sentence.ts";
import { type Subject } from "./subjects.ts";
import { phraseStartBefore } from "./phrase-words.ts";

/** How subjects.ts reads the subject before a token (passed in: it calls this module). */
type SubjectReader = (ctx: Ctx, verbToken: number, lex: StatementLexicon) => Subject | undefined;

/**
 * The subject a relative pronoun after a comma at token `i` takes up, undefined when it speaks for none, null
 * when there is no such pronoun. "…, by the rebels, who threatened more attacks": a "who" speaks for the noun
 * phrase it follows; "…, residents, many of whom say …": a part of a group speaks as the group; "…, drew ire
 * from Beijing, which slammed …": a "which" only after a body (whichBody), as it more often takes up
 * a thing ("the Constitution, which stipulates …").
 */
export function nonRestrictiveSubject(ctx: Ctx, i: number, lex: StatementLexicon, readSubjectBefore: SubjectReader): Subject | undefined | null {
  const { tokens } = ctx;
  if (tokens[i].lower === "who" && tokens[i - 1]?.text === "," && i >= 2) return namedBeforeApposition(readSubjectBefore(ctx, i - 1, lex), i - 1, ctx, lex, readSubjectBefore);
  if (tokens[i].lower === "whom" && tokens[i - 1]?.lower === "of" && tokens[i - 3]?.text === "," && i >= 4 && ctx.words.groupParts.has(tokens[i - 2].lower)) return readSubjectBefore(ctx, i - 3, lex) ?? personsBefore(ctx, i - 3, lex);
  if (tokens[i].lower === "which" && tokens[i - 1]?.text === "," && i >= 2) return namedBeforeApposition(readSubjectBefore(ctx, i - 1, lex), i - 1, ctx, lex, readSubjectBefore, (s) => whichBody(s, ctx, lex));
  // "they turned to the county police department which reported …": a restrictive "which" after a body's head
  // speaks for the body as the one after a comma does.
  if (tokens[i].lower === "which" && i >= 1 && tokens[i - 1].word && /^(?:NOUN|PROPN)$/.test(tokens[i - 1].pos) && !ctx.quoted[tokens[i - 1].start]) return objectWhichBody(readSubjectBefore(ctx, i, lex), ctx, lex);
  return null;
}

/** Words that open a noun phrase's prepositional tail, never the phrase itself ("with families of …"). */
const LEADING_LINKS: ReadonlySet<string> = new Set(["of", "and", "at", "for", "with", "to", "from", "among", "by"]);

/**
 * "…, families of the victims, many of whom say …", "…, angered local growers, who say …": "who" and "whom" take
 * up persons, so the common noun phrase before the comma speaks, whether or not its head is a speaker's word.
 */
function personsBefore(ctx: Ctx, comma: number, lex: StatementLexicon): Subject | undefined {
  const { tokens } = ctx;
  const end = comma - 1;
  const head = tokens[end];
  if (!head || head.pos !== "NOUN" || head.text !== head.lower || ctx.quoted[head.start]) return undefined;
  let start = phraseStartBefore(ctx, end, lex);
  while (start <= end && LEADING_LINKS.has(tokens[start].lower)) start++;
  if (start > end) return undefined;
  const [from, to] = [tokens[start].start, head.end];
  return { phrase: { text: ctx.text.slice(from, to), start: from + ctx.sentence.start, end: to + ctx.sentence.start }, coordinated: false };
}

/**
 * A body before a restrictive "which" that speaks: a noun phrase with no verb, the object of a preposition or a
 * verb ("turned to the police department which reported …"). A subject's relative ("The department which reported
 * the theft said …") leaves the speech to the main verb.
 */
function objectWhichBody(before: Subject | undefined, ctx: Ctx, lex: StatementLexicon): Subject | undefined {
  const phrase = before?.phrase;
  if (!phrase) return undefined;
  const [start, end] = [phrase.start - ctx.sentence.start, phrase.end - ctx.sentence.start];
  const first = tokenAt(ctx, start);
  const inside = ctx.tokens.slice(first, tokenAt(ctx, end));
  if (inside.some((t) => t.pos === "VERB" || t.pos === "AUX") || !/^(?:ADP|VERB)$/.test(ctx.tokens[first - 1]?.pos ?? "")) return undefined;
  return whichBody(before, ctx, lex);
}

/** The subject read before the comma of a relative "which", when it names a body; else undefined. */
function whichBody(before: Subject | undefined, ctx: Ctx, lex: StatementLexicon): Subject | undefined {
  const phrase = before?.phrase;
  if (!before || !phrase || phrase.apposition) return undefined;
  // "members of the city council, which said …": "which" takes up the nearest noun, the body after "of" a common
  // noun ("the Bank of Chile" is one name).
  const of = /^(?:.*\s)?\p{Ll}+\sof\s/su.exec(phrase.text)?.[0].length;
  const nearest = of ? { text: phrase.text.slice(of), start: phrase.start + of, end: phrase.end } : undefined;
  if (nearest && speaksAsBody(nearest.text, ctx, lex)) return { ...before, phrase: nearest };
  return speaksAsBody(phrase.text, ctx, lex) ? before : undefined;
}

/** Whether a phrase names a body: one the gazetteer knows, one by its proper name, or one by its head ("the city's police department"). */
function speaksAsBody(text: string, ctx: Ctx, lex: StatementLexicon): boolean {
  const a = analysedPhrase(ctx.phrases, text, lex);
  const bodyHead = a.kind === "description" && !a.plural && lex.bodyHeads.has(a.head);
  return ((a.kind === "body" || a.kind === "media") && !!a.body) || properBodyName(a, lex.bodyHeads) || bodyHead;
}

/** How many words a description between commas may take before a relative ("the world's two largest exporters"). */
const MAX_APPOSITION_WORDS = 10;

/** Tags of the words of such a description: a noun phrase, with its "of" phrases, and no verb. */
const APPOSITION_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART", "CCONJ", "ADV"]);

/**
 * "Ana Ruiz, the head of the union, who said …", "Peru and Chile, the two largest exporters, which vowed …": a
 * relative after a description set off by commas (the comma at `comma`) takes up the name or body before it; the
 * description is its role.
 */
function namedBeforeApposition(before: Subject | undefined, comma: number, ctx: Ctx, lex: StatementLexicon, readSubjectBefore: SubjectReader, speaks = (s: Subject | undefined) => s): Subject | undefined {
  if (before?.phrase && analysedPhrase(ctx.phrases, before.phrase.text, lex).kind !== "description") return speaks(before);
  const { tokens } = ctx;
  let k = comma - 1;
  while (k > 0 && comma - k <= MAX_APPOSITION_WORDS && tokens[k].text !== "," && (APPOSITION_TAGS.has(tokens[k].pos) || /^['’]s?$/.test(tokens[k].text)) && !ctx.quoted[tokens[k].start]) k--;
  if (k <= 0 || k === comma - 1 || tokens[k].text !== "," || tokens[k + 1].pos !== "DET") return speaks(before);
  const named = speaks(readSubjectBefore(ctx, k, lex))?.phrase;
  const kind = named && analysedPhrase(ctx.phrases, named.text, lex).kind;
  if (!named || (kind !== "person" && kind !== "body" && kind !== "media")) return speaks(before);
  const description = ctx.text.slice(tokens[k + 1].start, tokens[comma - 1].end);
  return { phrase: { ...named, apposition: description }, coordinated: false };
}
