/**
 * Prepositions inside a speaker's noun phrase, read backwards from its verb: a role linked to what it serves
 * ("an envoy to the UN", "an official in Lima"), a document linked to who issued it ("a communique from the ministry").
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx } from "./sentence.ts";

/** Whether the token at `at` links a document to who issued it ("a communique from the ministry", "a statement by Lima"). */
export function issuerLink(ctx: Ctx, at: number, lex: StatementLexicon): boolean {
  const t = ctx.tokens[at];
  const document = ctx.tokens[at - 1]?.lower.replace(/s$/, "") ?? "";
  return !!t && lex.speakerWords.issuerLinks.has(t.lower) && lex.speakerWords.documentHeads.has(document);
}

/**
 * Whether the token at `at` links a role to what it serves ("envoy to the United Nations"): a role link
 * after a role word in lower case (a capitalised title before a name is read with the name: "Deputy Envoy
 * to the United Nations Maren Okafor").
 */
export function roleLink(ctx: Ctx, at: number, lex: StatementLexicon): boolean {
  const role = ctx.tokens[at - 1];
  // A role word opening the sentence is capitalised as any first word is ("Officials in Kyiv said").
  const lowerCase = !!role && (role.text === role.lower || at - 1 === 0);
  const link = ctx.tokens[at]?.lower ?? "";
  // "an envoy to the UN"; "an official in Norland", "a source with the General Staff" (not "voters in swing states").
  const serves = ctx.words.rolePrepositions.has(link) && lex.roleWords.has(role?.lower ?? "");
  const placed = lex.speakerWords.unnamedLinks.has(link) && lex.speakerWords.unnamedHeads.has(role?.lower ?? "");
  // "the North Korean delegation in Geneva", "the embassy in Lima": any speaker's head placed by a name,
  // also after "the" ("the health ministry in the Andean enclave"; not "in the meantime").
  const placeAt = ctx.tokens[at + 1]?.lower === "the" ? at + 2 : at + 1;
  const named = /^\p{Lu}/u.test(ctx.tokens[placeAt]?.text ?? "");
  const located = named && lex.speakerWords.unnamedLinks.has(link) && lex.speakerHeads.has(role?.lower ?? "");
  return lowerCase && (serves || placed || located);
}
