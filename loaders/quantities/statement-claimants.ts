/**
 * Who claims an amount is who the statements say is speaking: the statements table resolves who
 * "he", "she" or "the minister" is (loaders/speakers), across sentences, and reads reported speech,
 * "according to", a paraphrase with its speaker after it and a quotation carried on, which a
 * number's own sentence cannot: "Ten people were killed, he said." → the person the article named
 * before; "Critics say it cost $40 million" → "Critics".
 *
 * The amount's own cue (attributed-to.ts) stays where no statement covers the amount, and where it
 * names a source the speaker relays: "Ruiz said the ministry reported 300 deaths", "…, Radio Lima
 * reported, citing intelligence sources" (the statements keep the speaker, not the one cited).
 */
import type { QuantityRow } from "./row.ts";
import type { QuantityWords } from "./word-lists.ts";

interface Quote {
  speaker: string;
  char_start: number;
  char_end: number;
}

/** The words of the lexicon a speaker is read with. */
export type ClaimantWords = Pick<QuantityWords, "claimantPronounOpeners" | "claimantAuthorLinks" | "claimantDescriptionLinks" | "nameConnectors" | "articles">;

const capitalised = (word: string | undefined) => !!word && /^\(?\p{Lu}/u.test(word);

/**
 * A speaker as the table writes a claimant: without "the" or the initials in brackets after a name
 * ("the National Electoral Board (NEB)"), a description's closing name where the description names
 * it ("the event organizer Friends of the Library", "a study … by the Lima Forum"). A pronoun left
 * unresolved or a possessive's thing ("their information") is none.
 */
export function speakerClaimant(speaker: string, words: ClaimantWords): string | undefined {
  const text = speaker.trim().replace(/^the\s+/i, "").replace(/\s*\((?:\p{Lu}[\p{L}.&-]*\s?)+\)$/u, "");
  const tokens = text.split(/\s+/);
  if (!text || words.claimantPronounOpeners.has(tokens[0].toLowerCase())) return undefined;
  if (capitalised(tokens[0])) return text;
  const s = closingNameStart(tokens, words);
  if (s === tokens.length) return text;
  let link = s - 1;
  while (link > 0 && words.articles.has(tokens[link])) link--;
  const name = tokens.slice(s).join(" ");
  if (words.claimantAuthorLinks.has(tokens[link])) return name;
  return link === s - 1 && !words.claimantDescriptionLinks.has(tokens[link]) ? name : text;
}

/** Where the capitalised name closing `tokens` starts, with the connectors inside it ("Friends of the Library"); their length if none. */
function closingNameStart(tokens: string[], words: ClaimantWords): number {
  let s = tokens.length;
  while (s > 0) {
    let k = s - 1;
    while (k > 0 && s < tokens.length && words.nameConnectors.has(tokens[k])) k--;
    if (!capitalised(tokens[k])) break;
    s = k;
  }
  return s;
}

/** Lower-case words of a claimant, without punctuation. */
const wordsOf = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, " ").split(/\s+/).filter(Boolean);

/** Whether two claimants name one speaker: one's words inside the other's ("Kirby", "Senator Dana Kirby", "NIS"), or one surname. */
function sameClaimant(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length === 0 || y.length === 0) return false;
  const inside = (p: string[], q: string[]) => ` ${q.join(" ")} `.includes(` ${p.join(" ")} `);
  return inside(x, y) || inside(y, x) || (x.at(-1) === y.at(-1) && x.at(-1)!.length > 2);
}

/**
 * A description of one speaker, ending in a common noun ("minister", "South Korean defense
 * minister"), which the statement's speaker names. A plural one ("intelligence sources", "US
 * officials") names others than the one who speaks: "Radio Lima reported …, citing intelligence
 * sources" is the sources' claim.
 */
function isDescription(text: string): boolean {
  const last = text.split(/\s+/).pop() ?? "";
  return last !== "" && !capitalised(last) && !/[^s]s$/.test(last);
}

export function claimantsFromStatements<Q extends Pick<QuantityRow, "attributed_to" | "char_start" | "char_end">>(quantities: Q[], quotes: readonly Quote[], words: ClaimantWords, raw?: string): Q[] {
  return quantities.map((q) => {
    const quote = quotes.find((s) => s.char_start <= q.char_start && q.char_end <= s.char_end) ?? (raw === undefined ? undefined : quotationGoingOn(q, quotes, raw));
    const speaker = quote && speakerClaimant(quote.speaker, words);
    if (!speaker) return q;
    const own = q.attributed_to;
    // (The speaker as the statements write it keeps a body's initials: "NIS" is "… Service (NIS)".)
    if (own === "" || sameClaimant(own, quote.speaker)) return { ...q, attributed_to: speaker };
    // Another source than the speaker, read by the amount's own cue inside what is said ("said the
    // ministry reported 300 deaths") or cited after it, is one the speaker relays.
    const nested = raw !== undefined && raw.slice(quote.char_start, q.char_start).includes(own);
    return isDescription(own) && !nested ? { ...q, attributed_to: speaker } : q;
  });
}

/**
 * An amount inside a quotation that the paragraph's last statement's speaker goes on with:
 * '"…," said Ruiz. "Last year we sold 300 tons."' (the second part of a quotation split by its
 * attribution), or 'Ruiz said … "We lost 40 jobs."' (a new quotation with no attribution of its
 * own). The paragraph is the line the amount stands in; the quotation must open a sentence: a
 * phrase the writer quotes inside a sentence of their own ('found "300 victims"') is not the speaker's.
 */
function quotationGoingOn(q: Pick<QuantityRow, "char_start">, quotes: readonly Quote[], raw: string): Quote | undefined {
  const lineStart = raw.lastIndexOf("\n", q.char_start - 1) + 1;
  let last: Quote | undefined;
  for (const s of quotes) if (s.char_start >= lineStart && s.char_end <= q.char_start && (!last || s.char_end > last.char_end)) last = s;
  if (!last) return undefined;
  const open = openMark(raw.slice(lineStart, q.char_start));
  return open >= 0 && SENTENCE_END_BEFORE.test(raw.slice(lineStart, lineStart + open)) ? last : undefined;
}

/** Before a quotation that opens a sentence: the line's start, or a sentence's end (with its closing mark). */
const SENTENCE_END_BEFORE = /(?:^|[.!?]["\u201d]?)\s*$/u;

/** The offset of the quotation mark the text leaves open (curly, or the last of an odd number of straight ones), else -1. */
function openMark(text: string): number {
  const opened: number[] = [];
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\u201c") opened.push(i);
    else if (c === "\u201d") opened.pop();
    else if (c === '"') straight = straight < 0 ? i : -1;
  }
  return opened.length > 0 ? opened[opened.length - 1] : straight;
}
