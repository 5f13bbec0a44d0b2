/**
 * A poll's sample is the pollster's count: "The Lima Daily/Radio Sur poll was conducted in May,
 * surveying a random sample of 1,001 adults. The registered voter sample is 834." Both samples are
 * Lima Daily/Radio Sur's. The poll is named in the amount's sentence or in one of the two before it
 * in the same paragraph (a methods note runs over a few sentences).
 */
import type { ArticleDoc } from "../document.ts";
import type { Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { WINDOW } from "./window.ts";

/** How many tokens before the amount its sample noun may stand: "a random sample of 1,001". */
const SAMPLE_REACH = 3;
/** How many sentences before the amount's the poll may be named. */
const SENTENCES_BACK = 2;

/** The owner of the poll whose sample the amount at token `first` sizes, else undefined. */
export function pollOwner(doc: ArticleDoc, index: number, tokens: Token[], first: number, lex: QuantityLexicon): string | undefined {
  const sample = tokens.slice(Math.max(0, first - SAMPLE_REACH), first).some((t) => lex.words.sampleNouns.has(t.lower));
  if (!sample) return undefined;
  const sentence = doc.sentences[index];
  for (let k = index; k >= Math.max(0, index - SENTENCES_BACK); k--) {
    const s = doc.sentences[k];
    if (s.paragraph !== sentence.paragraph) break;
    // Only the words before the amount in its own sentence: the poll is named first. A sentence may
    // be a whole page run together: only the stretch nearest the amount is read.
    const end = k === index ? tokens[first].start : s.end;
    const text = doc.article.raw.slice(Math.max(s.start, end - 2 * WINDOW), end);
    const owners = [...text.matchAll(lex.words.pollOwner)].map((m) => m[1].trim().replace(/^The\s+/, ""));
    const owner = owners.filter((o) => o !== "").pop();
    if (owner) return owner;
  }
  return undefined;
}
