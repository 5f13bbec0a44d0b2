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

export function claimantsFromStatements<Q extends Pick<QuantityRow, "attributed_to" | "char_start" | "char_end">>(quantities: Q[], quotes: readonly Quote[]): Q[] {
  return quantities.map((q) => {
    const quote = quotes.find((s) => s.char_start <= q.char_start && q.char_end <= s.char_end);
    const speaker = quote && speakerClaimant(quote.speaker);
    if (!speaker) return q;
    // "according to Gerasimov": the statement names him in full ("Valery Gerasimov").
    const surname = !/\s/.test(q.attributed_to) && isName(speaker) && speaker.endsWith(` ${q.attributed_to}`);
    if (q.attributed_to === "" || surname || (isDescription(q.attributed_to) && isName(speaker))) return { ...q, attributed_to: speaker };
    return q;
  });
}
