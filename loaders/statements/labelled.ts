/**
 * Speech labelled with its speaker and a colon, as headlines and transcripts write it:
 * "Pence: Flowers Won't Be at Debate", "WALLACE: Let's start with …". The label is a name
 * (or a body the gazetteer knows) that the article names again elsewhere; page labels
 * ("Photo:", "Source:", "Details:", data/statement-words.yaml `page_labels`) are not speakers.
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, type Draft, analysedPhrase, proseEnd, skipStrayQuote } from "./sentence.ts";

/** Kinds of actor that name a place as well as a state: as a label, a dateline or a topic. */
const PLACE_KINDS: ReadonlySet<string> = new Set(["state", "capital"]);

/** A label longer than this is a clause of its own ("The reason is simple: …"). */
const MAX_LABEL_WORDS = 5;

export function labelledSpeech(ctx: Ctx, lex: StatementLexicon, raw: string): Draft | undefined {
  const { text } = ctx;
  const start = skipStrayQuote(ctx, 0) === 1 || /^["“«]/.test(text) ? 1 : 0;
  const colon = text.indexOf(":", start);
  if (colon < 0 || colon - start > 60 || /\s/.test(text[colon - 1] ?? " ")) return undefined;
  // A transcript quotes each turn whole ('"PENCE: Well, …"'): a colon is quoted only inside another quotation.
  const turn = ctx.quotes.find((q) => q.open < start && q.close > colon);
  if (ctx.quoted[colon] && !turn) return undefined;
  const written = text.slice(start, colon);
  // A transcript writes its speakers in capitals ("PENCE"): read as a name, to be found in full elsewhere.
  const label = /\p{Ll}/u.test(written) ? written : written.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
  const words = label.split(/\s+/);
  if (words.length > MAX_LABEL_WORDS || !words.every((w) => /^\p{Lu}/u.test(w) || ctx.words.phraseFunctionWords.has(w))) return undefined;
  if (words.some((w) => ctx.words.pageLabels.has(w.toLowerCase()))) return undefined;
  const a = analysedPhrase(ctx.phrases, label, lex);
  if (a.kind !== "person" && a.kind !== "body" && a.kind !== "media") return undefined;
  // "BEIRUT: The ministry said …" is a dateline, "Sudan: Drone strikes leave …" a headline's topic: a place labels no speech.
  if (a.kind === "body" && a.body && PLACE_KINDS.has(a.body.actor.kind)) return undefined;
  if (a.kind === "person" && !a.person?.actor && !namedElsewhere(raw, ctx, label)) return undefined;
  let from = colon + 1;
  while (/\s/.test(text[from] ?? "")) from++;
  const end = turn ? Math.min(proseEnd(ctx), turn.innerEnd) : proseEnd(ctx);
  if (text.slice(from, end).split(/\s+/).length < 3) return undefined;
  const base = ctx.sentence.start;
  return {
    ctx,
    phrase: { text: label, start: base + start, end: base + colon },
    anchor: colon,
    ranges: [[from, end]],
    attribution: [[0, from]],
    stance: "other",
    negated: false,
    via: "",
    nominal: false,
  };
}

/**
 * Whether a labelled turn is printed inside a quotation mark the page leaves open to the paragraph's
 * end ('"WALLACE: Let's start with … . Two questions: …' with each paragraph opening a mark of its own):
 * the turn runs on over the paragraph's next sentences, all of them the speaker's own words.
 */
export function opensQuotedTurn(ctx: Ctx, draft: Draft): boolean {
  return draft.anchor > 0 && skipStrayQuote(ctx, 0) === 1 && !ctx.quotes.some((q) => q.open === 0);
}

/** Whether the article names `word` (whole words, any case but a capital first) outside this sentence. */
function namedElsewhere(raw: string, ctx: Ctx, word: string): boolean {
  if (word.length < 2) return false;
  const said = ctx.text.slice(ctx.text.indexOf(":") + 1);
  const lower = raw.toLowerCase();
  const w = word.toLowerCase();
  const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  for (let k = lower.indexOf(w); k >= 0; k = lower.indexOf(w, k + 1)) {
    if (k >= ctx.sentence.start && k < ctx.sentence.end) continue;
    // A deck that repeats the headline, label and words ("BE: We are ready …" twice), names no one.
    if (raw[k + w.length] === ":" && sameOpening(raw.slice(k + w.length + 1), said)) continue;
    // Written as a name, with a capital: "be" of "will be" names no "BE:" label.
    if (!isLetter(lower[k - 1]) && !isLetter(lower[k + w.length]) && /\p{Lu}/u.test(raw[k])) return true;
  }
  return false;
}

/** How many opening words a deck shares with its headline to repeat it. */
const REPEATED_WORDS = 4;

/** Whether two texts open with the same words ("We are ready to organise …"). */
function sameOpening(a: string, b: string): boolean {
  const first = (t: string) => t.trim().split(/\s+/).slice(0, REPEATED_WORDS).join(" ").toLowerCase();
  return first(a).split(" ").length === REPEATED_WORDS && first(a) === first(b);
}
