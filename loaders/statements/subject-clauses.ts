/**
 * What may stand between a speaker's phrase and its verb besides adverbs and dates: a restrictive
 * relative clause ("officials who spoke on condition of anonymity said") and a short parenthesis
 * ("the National Intelligence Service (NIS) said", "Rep. Ana Ruiz (D-N.M.), chair of …, said").
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx } from "./sentence.ts";

/** How many words a restrictive relative clause between a speaker and its verb may take. */
const MAX_RELATIVE_WORDS = 15;

/**
 * The "who" of a restrictive relative clause that ends right before the verb ("a diplomat who attended the
 * meeting said"), with a verb of its own after it and no comma, quotation or verb of saying inside; else -1.
 */
export function restrictiveRelativeBefore(ctx: Ctx, verbToken: number, lex: StatementLexicon): number {
  const { tokens } = ctx;
  for (let k = verbToken - 1; k > 0 && verbToken - k <= MAX_RELATIVE_WORDS; k--) {
    const t = tokens[k];
    // "an architect who said …": the relative word right before the verb is read as a subject is.
    if (k === verbToken - 1 && t.lower === "who") return -1;
    // A verb of saying inside ("officials who briefed reporters said") is an attribution of its own.
    // A word that only opens a longer form ("talked" of "talked about") is a verb of saying only with the rest of it.
    if (!t.word || ctx.quoted[t.start] || lex.verbs.get(t.lower)?.some((v) => v.words.every((w, j) => tokens[k + j]?.lower === w))) return -1;
    if (t.lower !== "who") continue;
    // The clause has a verb of its own before the speech verb ("who has repeatedly said" has none: "who" is its subject).
    const ownVerb = tokens.slice(k + 1, verbToken).some((w) => w.pos === "VERB");
    return tokens[k - 1].word && !ctx.quoted[tokens[k - 1].start] && ownVerb ? k : -1;
  }
  return -1;
}

/** How many words a relative clause with no relative word may take after its subject ("I spoke to"). */
const MAX_CONTACT_WORDS = 3;

/**
 * The subject pronoun of a relative clause with no relative word that ends right before the verb ("the
 * experts I interviewed said", "everyone we spoke to said"): a pronoun of data/statement-words.yaml
 * `contact_clause_subjects` after a noun or one of `contact_clause_heads`, then a verb and at most a
 * preposition; else -1.
 */
export function contactClauseBefore(ctx: Ctx, verbToken: number): number {
  const { tokens } = ctx;
  for (let k = verbToken - 2; k > 0 && verbToken - k <= MAX_CONTACT_WORDS; k--) {
    const t = tokens[k];
    if (!t.word || ctx.quoted[t.start]) return -1;
    if (!ctx.words.contactClauseSubjects.has(t.lower)) continue;
    const head = tokens[k - 1];
    const clause = tokens.slice(k + 1, verbToken);
    const verbOnly = clause[0]?.pos === "VERB" && clause.slice(1).every((w) => w.pos === "ADP" || w.pos === "PART");
    const headFits = head.word && (head.pos === "NOUN" || ctx.words.contactClauseHeads.has(head.lower));
    return verbOnly && headFits ? k : -1;
  }
  return -1;
}

/** The "(" of a short parenthesis whose ")" is token `close` ("(NIS)", "(D-Wis.)"), or -1. */
export function parenthesisOpen(ctx: Ctx, close: number): number {
  const { tokens } = ctx;
  let open = close - 1;
  while (open >= 0 && close - open <= 6 && tokens[open].text !== "(" && tokens[open].text !== ")") open--;
  return open >= 0 && tokens[open].text === "(" && close - open <= 6 ? open : -1;
}

/** How many words a body's name in quotation marks may take ("the group “Andean Watch,” which …"). */
const MAX_QUOTED_NAME_WORDS = 5;

/**
 * The token range of a body's name in quotation marks, its comma inside, before the token `close` (the
 * closing mark): 'the activist group “Andean Watch,” which posted …'. Each word capitalised, and a
 * body's head before the opening mark (a group, a channel, an organisation); else undefined.
 */
export function quotedNameBefore(ctx: Ctx, close: number, lex: StatementLexicon): [number, number] | undefined {
  const { tokens } = ctx;
  if (!/^[”"]$/.test(tokens[close]?.text ?? "") || tokens[close - 1]?.text !== ",") return undefined;
  for (let k = close - 2; k > 0 && close - k <= MAX_QUOTED_NAME_WORDS + 1; k--) {
    if (/^[“"]$/.test(tokens[k].text)) return k + 1 <= close - 2 && lex.bodyHeads.has(tokens[k - 1].lower) ? [k + 1, close - 2] : undefined;
    if (!/^\p{Lu}/u.test(tokens[k].text)) return undefined;
  }
  return undefined;
}
