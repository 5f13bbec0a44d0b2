/**
 * Shapes of a name read from its words alone: a body's initials ("the NUG", "the F.B.I."), a person's given name
 * and surname before a link of belonging ("Tom Vale of the Harbour Trust").
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import { isCapitalised, words } from "./phrase.ts";

/**
 * Whether a phrase is one word of capitals (and digits), alone or after "the": an organisation's initials ("the NUG", "KFOR"),
 * also written with stops, as some papers write every set of initials ("the F.B.I.", "the N.A.A.C.P.").
 */
export function isAcronymName(ws: ReturnType<typeof words>, first: string): boolean {
  const name = first === "the" && ws.length === 2 ? ws[1].w : ws.length === 1 ? ws[0].w : "";
  return (/^\p{Lu}[\p{Lu}\p{N}]{1,6}$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name)) || DOTTED_INITIALS.test(name);
}

/** Initials with stops between them (the phrase's words leave the last stop out): "F.B.I", "N.A.A.C.P". */
const DOTTED_INITIALS = /^\p{Lu}(?:\.\p{Lu}){1,6}$/u;

/**
 * "Tom Vale of the Harbour Trust", "Ana Ruiz for the Ledger": two to four capitalised words and nothing else before
 * a link of belonging, none a body's head ("Royal Bank of …", "Port Authority of …"), are a person's given name and
 * surname. After "in" or "near" the words name a place's body as often ("San Martin Hospital in Arica").
 */
export function givenAndSurname(before: string, link: string, lex: StatementLexicon): boolean {
  const ws = words(before);
  return BELONGING_LINKS.has(link) && ws.length >= 2 && ws.length <= 4 && ws.every(({ w }) => isCapitalised(w) && !lex.bodyHeads.has(w.toLowerCase()) && !lex.roleWords.has(w.toLowerCase()));
}

const BELONGING_LINKS = new Set(["of", "for", "at"]);
