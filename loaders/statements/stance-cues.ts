/**
 * The stance cue of a reported clause (data/speech-verbs.yaml `cues`), read with the clause's
 * construction: an act told as possible, planned, wished or not done ("could send troops", "has
 * not supplied shells", "is expected to sell jets") accuses no one, and neither does an act the
 * speaker tells of itself ("it had launched drones at the base"), nor one asked ("did they send troops?");
 * the words are data/stance-words.yaml. Whether an act is told as done is told-as-done.ts's to decide.
 */
import { type Stance, type StatementLexicon } from "../statement-lexicon.ts";
import { allMatches } from "../text.ts";
import { toldAsDone } from "./told-as-done.ts";

/** The stance of the first cue the clause bears, an accusing cue only where it tells another's act as done. */
export function readCue(content: string, lex: StatementLexicon, ownSubject = false): Stance | undefined {
  const words = lex.stanceWords;
  // The act the speaker tells first of itself or its side: "it had launched drones at the base",
  // "Nordland's jets struck the depot" spoken for Nordland (`ownSubject`).
  const ownOpening = ownSubject || (words.selfOpening.test(content) && !words.notActingOpening.test(content));
  const ownReach = ownOpening ? words.selfReach : -1;
  // A transfer the speaker's side says it did not make denies the charge: "we have not supplied any arms".
  if ((ownOpening || words.ownStateOpening.test(content)) && words.deniedAct.test(content.slice(0, 2 * words.selfReach))) return "deny";
  // Only the cues whose words the content holds can stand in it (pattern-word-starts.ts).
  const mayStand = lex.cuesByWord.candidates(content);
  const warNews = toldAsWarNews(content, lex);
  for (const cue of lex.cues) {
    if (!mayStand.has(cue)) continue;
    if (cue.stance !== "accuse") {
      if (cue.pattern.test(content)) return cue.stance;
      continue;
    }
    if (!warNews && accusesAt(content, cue.everywhere, ownReach, lex)) return "accuse";
  }
  if (warNews) return undefined;
  // Last, a word of wrongdoing told of another as done: "their deployment violates the treaty".
  return accusesAt(content, words.wrongdoing, ownReach, lex) ? "accuse" : undefined;
}

/**
 * Whether the clause's harm falls only on fighters ("300 of their soldiers were killed", "the raid killed
 * four insurgents"), or it tells a test launch: war news, held against no one; harm to civilians still accuses.
 */
export function toldAsWarNews(content: string, lex: StatementLexicon): boolean {
  const w = lex.stanceWords;
  return (w.combatantLosses.test(content) && !w.nonCombatant.test(content)) || testLaunch(content, lex);
}

/** A launch told by its course into the sea or its range, hitting nothing ("fired two missiles toward the sea"): a test. */
function testLaunch(content: string, lex: StatementLexicon): boolean {
  const w = lex.stanceWords;
  return w.launch.test(content) && w.seaCourse.test(content) && !w.strike.test(content);
}

/** Whether a match of the global `pattern` tells an act as done, past the speaker's own act. */
function accusesAt(content: string, pattern: RegExp, ownReach: number, lex: StatementLexicon): boolean {
  // allMatches, not matchAll: matchAll copies the pattern (hundreds of words) on every call, once per row.
  for (const m of allMatches(pattern, content)) if (m.index > ownReach && toldAsDone(content, m.index, lex)) return true;
  return false;
}
