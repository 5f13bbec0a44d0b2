/**
 * The name a person is known by, given in apposition after the full name ("Luis Alberto Cano,
 * commonly known as Tito, …", "Ana Ruiz, called Nena, …"): a later "Tito said …" is that person.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import { literalAlternatives } from "../text.ts";

/** How far before the naming participle the full name is looked for. */
const NAME_REACH = 80;

/** The full name that ends a stretch of text: two to four capitalised words. */
const FULL_NAME_AT_END = /(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,3})$/u;

/** Each one-word name the article says a person is known by, with the person's full name. */
export function knownAsNames(raw: string, bodyStart: number, lex: StatementLexicon): Map<string, string> {
  const names = new Map<string, string>();
  const pattern = new RegExp(lex.knownAs.source, "gu");
  pattern.lastIndex = bodyStart;
  for (let m = pattern.exec(raw); m; m = pattern.exec(raw)) {
    const found = FULL_NAME_AT_END.exec(raw.slice(Math.max(bodyStart, m.index - NAME_REACH), m.index));
    // The name without the titles before it ("General Luis Cano"), and not the alias again ("Tito, known as Tito").
    const words = found ? found[1].split(" ") : [];
    while (words.length > 0 && lex.titleWords.has(words[0].toLowerCase())) words.shift();
    const alias = m[1];
    if (words.length >= 2 && !words.includes(alias) && !names.has(alias)) names.set(alias, words.join(" "));
  }
  return names;
}

/** ", (commonly) known as Tito,": the participles of data/speakers.yaml naming_participles, then "as" and one capitalised word. */
export function knownAsPattern(participles: string[]): RegExp {
  return new RegExp(`,\\s+(?:\\p{Ll}+ly\\s+)?(?:${literalAlternatives(participles)})\\s+as\\s+(\\p{Lu}[\\p{L}’'-]+)(?=\\s*[,.;)])`, "u");
}
