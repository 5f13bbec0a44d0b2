/**
 * An amount inside a statement's quote is the speaker's claim. The statements table resolves who
 * "he", "she" or "the minister" is (loaders/speakers), which a number's own sentence cannot:
 * "Ten people were killed, he said." → the person the article named before; "the defence
 * minister said …" → "Shin Won-sik" where the article names him.
 *
 * The statement's speaker fills an amount's `attributed_to` when the amount's own reading found
 * none, or found only a description ("minister", "local official") where the statement names a
 * person. A speaker that is no name ("their information", "the treaty") is left out.
 */
import type { QuantityRow } from "./row.ts";

interface Quote {
  speaker: string;
  char_start: number;
  char_end: number;
}

const DETERMINER = /^(?:the|a|an)\s+/i;
// A body's initials in brackets after its name are a capitalised word of it ("National Intelligence Service (NIS)").
const capitalised = (word: string) => /^\(?\p{Lu}/u.test(word);

/** A speaker as a claimant: without its article, and only if it starts with a capital ("Ukrainian air force", not "their information"). */
function speakerClaimant(speaker: string): string | undefined {
  const text = speaker.trim().replace(DETERMINER, "");
  return text && capitalised(text) ? text : undefined;
}

/** A person's name: two words or more, all capitalised ("Shin Won-sik", "Serhiy Bolvinov"). */
function isName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.every(capitalised);
}

/**
 * A description of one speaker, ending in a common noun ("minister", "South Korean defense
 * minister"). A plural one ("intelligence sources", "US officials") names others than the one
 * who speaks: "Radio Lima reported …, citing intelligence sources" is the sources' claim.
 */
function isDescription(text: string): boolean {
  const last = text.split(/\s+/).pop() ?? "";
  return last !== "" && !capitalised(last) && !/[^s]s$/.test(last);
}

export function claimantsFromStatements<Q extends Pick<QuantityRow, "attributed_to" | "char_start" | "char_end">>(quantities: Q[], quotes: readonly Quote[], raw?: string): Q[] {
  return quantities.map((q) => {
    const quote = quotes.find((s) => s.char_start <= q.char_start && q.char_end <= s.char_end) ?? (raw === undefined || q.attributed_to !== "" ? undefined : quotationGoingOn(q, quotes, raw));
    const speaker = quote && speakerClaimant(quote.speaker);
    if (!speaker) return q;
    // "according to Gerasimov": the statement names him in full ("Valery Gerasimov").
    const surname = !/\s/.test(q.attributed_to) && isName(speaker) && speaker.endsWith(` ${q.attributed_to}`);
    if (q.attributed_to === "" || surname || (isDescription(q.attributed_to) && isName(speaker))) return { ...q, attributed_to: speaker };
    return q;
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
