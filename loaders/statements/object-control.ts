/**
 * The verb whose subject says an infinitive of saying's words: a catenative verb ("Peru continues to
 * insist …"), or an object-control verb and its object ("Putin asked Kim to convey his thanks",
 * "called on the embassy to deliver a note"), whose object only passes the asker's words on.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, type Range, dateEndingAt, tokenAt } from "./sentence.ts";
import { verbsByLemma } from "./verb-lemmas.ts";

/** Parts of speech of the object between an object-control verb and "to" ("asked the Peruvian envoy to"). */
const OBJECT_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PUNCT"]);
/** How many words that object may take. */
const OBJECT_WORDS = 6;

/**
 * The token of an object-control verb before "to" at token `i` and the object between them ("asked Kim
 * to", "called on the embassy to", "urged him to"), or -1.
 */
function objectControlBefore(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  if (!ctx.words.infinitiveMarkers.has(tokens[i]?.lower ?? "")) return -1;
  for (let k = i - 1; k >= 0 && k >= i - 1 - OBJECT_WORDS; k--) {
    // "summoned the envoy on Monday to …": the time said with the verb stands between the object and "to".
    const date = k === i - 1 ? dateEndingAt(ctx, tokens[k].end) : undefined;
    if (date) k = tokenAt(ctx, date.start - ctx.sentence.start) - 1;
    if (date && tokens[k]?.pos === "ADP") k--;
    if (k < 0) return -1;
    const t = tokens[k];
    // "called on the embassy to …", "took to Twitter to …": a particle between the verb and its object.
    const verbAt = ctx.words.controlParticles.has(t.lower) && k > 0 ? k - 1 : k;
    const verb = tokens[verbAt];
    if (k < i - 1 && verb.pos === "VERB" && ctx.words.objectControlVerbs.has(verb.lemma)) return verbAt;
    if (!OBJECT_TAGS.has(t.pos) || ctx.quoted[t.start] || t.text === ",") return -1;
  }
  return -1;
}


/** The token of the verb whose subject speaks for the infinitive marker at token `i` ("continues to", "asked Kim to"), or -1. */
export function infinitiveController(ctx: Ctx, i: number, lex?: StatementLexicon): number {
  const { tokens } = ctx;
  if (ctx.words.infinitiveMarkers.has(tokens[i].lower) && tokens[i - 1]?.pos === "VERB" && ctx.words.catenativeVerbs.has(tokens[i - 1].lemma)) return i - 1;
  const control = objectControlBefore(ctx, i);
  return control >= 0 || !lex ? control : documentPurposeBefore(ctx, i, lex);
}

/** Words between the verb that puts a document out and the document's noun ("issued a brief written statement"). */
const DOCUMENT_WORDS = 4;

/**
 * The verb that put out a document before "to" at token `i` ("the ministry issued a statement to deny …",
 * "Lima released a note to protest …"): the document says what its issuer meant it to; the verb's subject
 * speaks, not the document. Else -1.
 */
function documentPurposeBefore(ctx: Ctx, i: number, lex: StatementLexicon): number {
  const { tokens } = ctx;
  const doc = tokens[i - 1];
  if (!ctx.words.infinitiveMarkers.has(tokens[i]?.lower ?? "") || !doc || doc.pos !== "NOUN" || !lex.speakerWords.documentHeads.has(doc.lower)) return -1;
  for (let k = i - 2; k >= 0 && k >= i - 2 - DOCUMENT_WORDS; k--) {
    const t = tokens[k];
    if (t.pos === "VERB" && !ctx.quoted[t.start]) return k;
    if (!["DET", "ADJ", "NOUN", "NUM"].includes(t.pos) || ctx.quoted[t.start]) return -1;
  }
  return -1;
}

/**
 * Whether the comma at token `k` stands inside a date: after a weekday before its month and day
 * ("on Friday, March 4 to"), or after a month's day before its year ("on March 4, 2022 to").
 */
function commaInDate(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  const at = (j: number) => tokens[j]?.lower ?? "";
  if (tokens[k]?.text !== ",") return false;
  const dayNumber = (j: number) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(at(j));
  if (ctx.words.days.has(at(k - 1)) && ctx.words.timeWords.has(at(k + 1)) && dayNumber(k + 2)) return true;
  return dayNumber(k - 1) && ctx.words.timeWords.has(at(k - 2)) && /^\d{4}$/.test(at(k + 1));
}

/** Words between a verb of asking and its infinitive: its object, and a time or place said with it ("asked Peru on Friday to"). */
const REQUEST_GAP = 10;

/**
 * Whether an object-control verb at token `v` asks its object to act ("the government asked Chile on
 * Friday to withdraw its troops", "asks them to leave"): a request its subject makes, as "urged Chile
 * to" is. An object is needed: "was asked to resign" is asked of the subject.
 */
export function asksObjectToAct(ctx: Ctx, v: number, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  if (!ctx.words.objectControlVerbs.has(tokens[v]?.lemma ?? "")) return false;
  let named = false;
  for (let k = v + 1; k < tokens.length && k <= v + 1 + REQUEST_GAP; k++) {
    const t = tokens[k];
    if (ctx.words.infinitiveMarkers.has(t.lower) && k > v + 1) {
      const next = tokens[k + 1]?.pos === "ADV" ? tokens[k + 2] : tokens[k + 1];
      // "asked Kim to convey his thanks": an infinitive of saying passes the asker's words on (subjects.ts).
      return named && next?.pos === "VERB" && !lex.verbs.has(next.lower) && !verbsByLemma(lex).has(next.lemma);
    }
    // "asked them not to sail": a request not to act.
    if (t.lower === "not" && ctx.words.infinitiveMarkers.has(tokens[k + 1]?.lower ?? "")) continue;
    // "asked Peru on Friday, March 4 to leave": a comma inside the date said with the request.
    if (commaInDate(ctx, k)) continue;
    if ((!OBJECT_TAGS.has(t.pos) && t.pos !== "ADP") || ctx.quoted[t.start] || t.text === ",") return false;
    if (k === v + 1 && t.pos === "ADP") return false;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") named = true;
  }
  return false;
}

/**
 * The object of an object-control verb and the times said with it, before the infinitive its content
 * starts with at `start` ("urged Chile on Friday to withdraw", "asked Peru on May 2, 2022 to leave"):
 * the time is the asking's, so its date dates the statement. Undefined when the content is no such object.
 */
export function objectBeforeInfinitive(ctx: Ctx, verb: number, start: number): Range | undefined {
  const { tokens } = ctx;
  const controls = (j: number) => ctx.words.objectControlVerbs.has(tokens[j]?.lemma ?? "") && tokens[j].pos === "VERB";
  // "called on the embassy on Friday to …": the particle after the verb.
  if (!controls(verb) && !(controls(verb - 1) && /^(?:on|upon)$/.test(tokens[verb]?.lower ?? ""))) return undefined;
  const first = tokenAt(ctx, start);
  for (let k = first; k < tokens.length && k <= first + REQUEST_GAP; k++) {
    const t = tokens[k];
    if (ctx.words.infinitiveMarkers.has(t.lower)) return k > first ? [start, t.start] : undefined;
    if (commaInDate(ctx, k) || t.lower === "not") continue;
    if ((!OBJECT_TAGS.has(t.pos) && t.pos !== "ADP") || ctx.quoted[t.start] || t.text === ",") return undefined;
  }
  return undefined;
}
