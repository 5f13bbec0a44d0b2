/**
 * A party's adjective before someone who holds no office ("a longtime Labour pollster", "one Tory
 * source in the room", "Republican voters") tells that person's leaning, not a state they speak
 * for: a party's name places its officers and candidates, not every sympathiser (data/speakers.yaml
 * `leaning_heads` and `independent_heads`). A state's own adjective still places them ("a Russian
 * analyst").
 */
import { STATE_KINDS } from "../actors.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { phraseHead } from "./words.ts";

/** Whether `text` is placed by nothing but a party's adjective, before a head that holds no office. */
export function partyLeaningOnly(text: string, lex: StatementLexicon): boolean {
  const head = phraseHead(text, lex.speakerWords.headLinks).replace(/[.,;:]+$/, "");
  if (!lex.leaningHeads.has(head) && !lex.independentHeads.has(head)) return false;
  const found = lex.gazetteer.find(text);
  return found.length > 0 && found.every((m) => m.demonym && !STATE_KINDS.has(m.actor.kind) && m.actor.kind !== "place");
}
