/**
 * A currency name several states share, read alone after a number ("50 billion pesos"), is the
 * currency of the state the sentence names, else of the first state the report names that
 * uses one: a report on Manila counts PHP, one on Santiago CLP (data/world-currencies.yaml).
 */
import type { ArticleDoc } from "../document.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** The code a shared currency name stands for in sentence `index` of the article; the unit as it is for any other unit. */
export function stateCurrency(unit: string, doc: ArticleDoc, index: number, lex: QuantityLexicon): string {
  const states = lex.stateCurrencies.byState.get(unit);
  if (!states) return unit;
  const codeIn = (i: number) => doc.reading.of(doc.sentences[i]).actors.map((m) => states.get(m.actor.code)).find((code) => code !== undefined);
  const here = codeIn(index);
  if (here) return here;
  for (let i = 0; i < doc.sentences.length; i++) {
    const code = i === index ? undefined : codeIn(i);
    if (code) return code;
  }
  // No state of that currency named: the name as news writes it ("pesos").
  return lex.stateCurrencies.plural.get(unit) ?? unit;
}
