/**
 * Who issued a document the article quotes: "The report says …", "the readout said …" speak
 * for the body that wrote them. The article names it as the document's agent earlier ("the
 * new report by a UN panel of experts on Sudan"), or as a modifier ("a UK Foreign Office
 * statement"); failing both, the last body or outlet that spoke before is the issuer.
 */
import { escapeRegExp } from "../text.ts";
import { isCapitalised, words, type Analysed } from "./phrase.ts";

export interface IssuerWords {
  /** Nouns that name a document ("report", "readout", "statement"). */
  documentHeads: Set<string>;
  /** Prepositions that introduce a document's agent ("by", "from"). */
  issuerLinks: Set<string>;
  /** Verbs whose subject issued the document they take ("published a report"), as one alternation. */
  issuingVerbs: string;
  /** Pronouns that take up a body or a group ("it", "they"): no name of an issuer. */
  impersonalPronouns: Set<string>;
  pluralPronouns: Set<string>;
  /** Connectors inside an agent's noun phrase ("panel of experts on Sudan"). */
  functionWords: Set<string>;
  determiners: Set<string>;
  /** Common nouns an agent's phrase may hold ("panel", "experts", "team"). */
  roleWords: Set<string>;
}

/** Whether a phrase is a document ("the report", "a UK Foreign Office statement"). */
export const isDocument = (a: Analysed, w: Pick<IssuerWords, "documentHeads">) => a.kind === "description" && (w.documentHeads.has(a.head) || w.documentHeads.has(a.head.replace(/s$/, "")));

/**
 * "an assessment by the Norland Coast Guard", "the latest report from Harbour Watch": a document
 * named with its agent, as a speaker phrase; the agent's words and where they start, else undefined.
 */
export function documentAgent(text: string, w: Pick<IssuerWords, "documentHeads" | "issuerLinks" | "determiners" | "issuingVerbs">): { text: string; at: number } | undefined {
  const ws = words(text);
  let k = 0;
  if (ws[k] && w.determiners.has(ws[k].w.toLowerCase())) k++;
  // Up to two lower-case modifiers ("new", "latest intelligence") before the document noun.
  let head = -1;
  for (let j = k; j < Math.min(ws.length - 2, k + 3) && head < 0; j++) {
    const lw = ws[j].w.toLowerCase();
    if (w.documentHeads.has(lw) || w.documentHeads.has(lw.replace(/s$/, ""))) head = j;
    // "Recent reports from …" opening a sentence: its first word is capitalised as any first word is.
    else if (isCapitalised(ws[j].w) && j > 0) break;
  }
  if (head < 0) return undefined;
  // "a report published by X", "a statement issued by X": the issuing participle before the link.
  const link = issuedBy(ws, head + 1, w) ? head + 2 : head + 1;
  if (!ws[link + 1] || !w.issuerLinks.has(ws[link].w.toLowerCase())) return undefined;
  const at = ws[link + 1].start;
  // "by the Kremlin on social media", "by Kyodo news agency on Friday": the agent ends before a place or a time.
  const tail = AGENT_TAIL.exec(text.slice(at));
  return { text: text.slice(at, tail ? at + tail.index : text.length).trim(), at };
}

/** Whether the word at `k` is an issuing participle ("published", "issued") followed by a link ("by"). */
function issuedBy(ws: ReturnType<typeof words>, k: number, w: Pick<IssuerWords, "issuerLinks" | "issuingVerbs">): boolean {
  if (!ws[k + 1] || !w.issuerLinks.has(ws[k + 1].w.toLowerCase())) return false;
  let whole = issuingWords.get(w.issuingVerbs);
  if (!whole) issuingWords.set(w.issuingVerbs, (whole = new RegExp(`^(?:${w.issuingVerbs})$`, "i")));
  return whole.test(ws[k].w);
}

/** The issuing verbs as one whole word, made once per alternation. */
const issuingWords = new Map<string, RegExp>();

/** Where an agent's noun phrase gives way to a prepositional phrase of place, time or channel. */
const AGENT_TAIL = /\s+(?:on|in|at|over|via|after|before|during|late|early|last|this)\s/;

/** "a UK Foreign Office statement", "the new UN report" → "UK Foreign Office", "UN": the proper words just before the document noun. */
export function modifierIssuer(a: Analysed, w: Pick<IssuerWords, "determiners">): string {
  const ws = words(a.text).map((x) => x.w).slice(0, -1);
  let k = ws.length;
  while (k > 0 && isCapitalised(ws[k - 1]) && !w.determiners.has(ws[k - 1].toLowerCase())) k--;
  return ws.slice(k).join(" ");
}

/**
 * "the Stockholm institute's latest analysis of arms sales", "Beyond Parallel’s report" → the
 * possessor: capitalised words ending in a possessive, with only lower-case modifiers between
 * them and the document noun.
 */
export function possessiveIssuer(a: Analysed, w: Pick<IssuerWords, "determiners">): string {
  const ws = words(a.text);
  // "Institute's" is one word; "News’" ends before its mark.
  const possessive = (k: number) => /['’]s$/.test(ws[k].w) || /^['’](?!\p{L})/u.test(a.text.slice(ws[k].end));
  const head = ws.findIndex((x) => x.w.toLowerCase() === a.head);
  let k = head - 1;
  while (k >= 0 && !isCapitalised(ws[k].w) && !possessive(k)) k--;
  if (k < 0 || !possessive(k) || !isCapitalised(ws[k].w)) return "";
  let s = k;
  while (s > 0 && isCapitalised(ws[s - 1].w) && !w.determiners.has(ws[s - 1].w.toLowerCase())) s--;
  return a.text.slice(ws[s].start, ws[k].end).replace(/['’]s$/, "");
}

/** The last agent named for a document of this head before `before` ("report by X", "statement from X"). */
export function namedIssuer(raw: string, from: number, before: number, head: string, w: IssuerWords): string {
  let found = "";
  for (const m of raw.slice(from, before).matchAll(issuerPattern(head, w))) {
    const phrase = agentPhrase(raw.slice(from + m.index! + m[0].length, before), w);
    if (phrase) found = phrase;
  }
  return found;
}

/** The words that name a document's agent after a document noun of this head ("report by ", "statements from "). */
export function issuerPattern(head: string, w: IssuerWords): RegExp {
  const singular = head.replace(/s$/, "");
  const links = [...w.issuerLinks].map(escapeRegExp).join("|");
  return new RegExp(`\\b${escapeRegExp(singular)}s?\\s+(?:${links})\\s+`, "giu");
}

/** The agent's noun phrase at the start of `text`: capitalised words, role nouns and their connectors. */
export function agentPhrase(text: string, w: IssuerWords): string {
  const ws = words(text.split(/[,;:.!?()"“”]/)[0] ?? "");
  const kept: string[] = [];
  for (const { w: word } of ws) {
    const lower = word.toLowerCase();
    if (kept.length === 0 && w.determiners.has(lower)) continue;
    if (isCapitalised(word) || w.roleWords.has(lower) || (kept.length > 0 && w.functionWords.has(lower))) kept.push(word);
    else break;
  }
  while (kept.length && w.functionWords.has(kept[kept.length - 1].toLowerCase())) kept.pop();
  return kept.some(isCapitalised) ? kept.join(" ") : "";
}

/** A verb of issuing and the document of this head it takes: "published a report", "has issued its first joint statement". */
export function publishingPattern(head: string, w: Pick<IssuerWords, "issuingVerbs">): RegExp {
  const singular = escapeRegExp(head.replace(/s$/, ""));
  return new RegExp(`(?<![\\p{L}])(?:(?:has|have|had)\\s+)?(?:${w.issuingVerbs})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?${singular}s?(?![\\p{L}])`, "giu");
}

/**
 * The subject of a verb of issuing, read back from the verb in `text` (what stands before it): the
 * capitalised words of a name with its role nouns and connectors ("the Harbour Watch group"), the
 * determiner left out; "" when no name stands there ("It published a report").
 */
export function publisherBefore(text: string, w: IssuerWords): string {
  const clause = text.slice(Math.max(0, text.search(/[;:!?()"“”]\s*[^;:!?()"“”]*$/) + 1));
  const ws = words(clause.replace(/[,.]\s*$/, ""));
  let k = ws.length;
  while (k > 0) {
    const word = ws[k - 1].w;
    const lower = word.toLowerCase();
    if (/[,.]$/.test(clause.slice(ws[k - 1].end, ws[k - 1].end + 1)) && k < ws.length) break;
    if (isCapitalised(word) || w.roleWords.has(lower) || (k < ws.length && w.functionWords.has(lower))) k--;
    else break;
  }
  // The name is the verb's subject only when it opens its clause, after a determiner at most ("the
  // Harbour Watch group published"), not the object of a preposition ("a team monitoring sanctions on
  // Norland has issued").
  // No name stands before the verb ("a letter that read, …").
  if (k >= ws.length) return "";
  const opener = ws[k - 1];
  if (opener && !w.determiners.has(opener.w.toLowerCase()) && !/[,.]\s*$/.test(clause.slice(opener.end, ws[k].start))) return "";
  while (k < ws.length && (w.determiners.has(ws[k].w.toLowerCase()) || w.functionWords.has(ws[k].w.toLowerCase()))) k++;
  const kept = ws.slice(k);
  const pronoun = kept.length === 1 && (w.impersonalPronouns.has(kept[0].w.toLowerCase()) || w.pluralPronouns.has(kept[0].w.toLowerCase()));
  return !pronoun && kept.some((x) => isCapitalised(x.w)) ? clause.slice(kept[0].start, kept[kept.length - 1].end) : "";
}
