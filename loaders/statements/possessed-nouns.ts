/**
 * A noun of speech owned by a possessive is a noun, not a verb, whatever its form ("Trump's comments
 * came as …", "the senator's claims, which …", "Vell's Fifth Amendment claims", "his recent remarks"):
 * a finite verb never follows a possessive. The noun's own statement, where it has a that-clause
 * ("her claim that …"), is read by nominal.ts.
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx } from "./sentence.ts";

/** How many modifiers may stand between a possessive and its noun ("Vell's Fifth Amendment claims"). */
const MAX_MODIFIERS = 3;

/**
 * Whether token `i` follows a possessive ("'s", "his", "their") right after it, or is a form that is
 * also a noun of speech (data/speech-verbs.yaml nouns) past adjectives and capitalised modifiers.
 */
export function possessedSpeechNoun(ctx: Ctx, i: number, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  // "the mayor's repeated claims": any form right after a possessive modifies its noun; "her" is also an
  // object ("people close to her said"), so only a noun of speech counts after it.
  if (i > 0 && possessive(ctx, i - 1) && !lex.speakerWords.objectPronouns.has(tokens[i - 1].lower)) return true;
  if (!lex.sourceNouns.has(t.lower) && !lex.stanceNouns.has(t.lower)) return false;
  let k = i - 1;
  for (let n = 0; n < MAX_MODIFIERS && k >= 0 && (tokens[k].pos === "ADJ" || /^\p{Lu}/u.test(tokens[k].text)) && !possessive(ctx, k); n++) k--;
  return k >= 0 && possessive(ctx, k);
}

/** Whether token `k` is a possessive: a word with its clitic "'s" (tokens.ts keeps them one), a plural's bare apostrophe, a possessive pronoun. */
function possessive(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return POSSESSIVE_END.test(t.text) || (t.text === t.lower && ctx.words.possessivePronouns.has(t.lower));
}

/** A word closed by the possessive clitic ("Voss's", "Voss’s") or a plural's apostrophe ("the unions'"). */
const POSSESSIVE_END = /\p{L}['’]s$|s['’]$/u;
