/**
 * Standing by a party, told in reported words (data/backing-verbs.yaml): "Cole said Berg had defended Vale",
 * "“She stood by him when nobody else did,” Cole said", "threw her support behind the senator". With a party as
 * the verb's object (a name, "him", "her", "them", a noun that names a speaker) the words back it; with a thing
 * ("defended the budget", "stood by his remarks") they back no party. Not negated ("never defended him"), not
 * asked. Such a verb alone makes no statement: this reads only the stance of words already reported.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { Word } from "../analysis/index.ts";
import { speakerNames, type WordsOf } from "./judged-parties.ts";
import { partyObjectEnd } from "./party-objects.ts";
import type { Draft } from "./sentence.ts";
import { endsInQuestion } from "./told-as-done.ts";

export const BACKING_VERBS_FILE = "backing-verbs.yaml";

const word = z.string().min(1).regex(/^[\p{Ll}'’-]+$/u, "one lower-case word: letters, apostrophes and hyphens");
const schema = z.object({ forms: z.array(z.array(word).min(1)).min(1), negators: z.array(word) }).strict();

export interface BackingVerbs {
  /** Each form's words, by its first word. */
  readonly forms: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  readonly negators: ReadonlySet<string>;
}

export function loadBackingVerbs(dir = DATA_DIR): BackingVerbs {
  const d = loadDictionary(BACKING_VERBS_FILE, schema, dir);
  const forms = new Map<string, string[][]>();
  for (const f of d.forms) forms.set(f[0], [...(forms.get(f[0]) ?? []), f]);
  return { forms, negators: new Set(d.negators) };
}

/** Whether the draft's words tell a party backed by a verb of standing by it. */
export function backsParty(draft: Draft, lex: StatementLexicon, wordsOf: WordsOf): boolean {
  const { ctx } = draft;
  if (endsInQuestion(ctx.text)) return false;
  const base = ctx.sentence.start;
  const inside = (w: Word) => draft.ranges.some(([s, e]) => w.start - base >= s && w.end - base <= e);
  const words = wordsOf(ctx.sentence);
  const self = speakerNames(draft);
  for (let i = 0; i < words.length; i++) {
    const forms = lex.backingVerbs.forms.get(words[i].lower);
    if (!forms || !inside(words[i]) || lex.backingVerbs.negators.has(words[i - 1]?.lower ?? "")) continue;
    const form = forms.find((f) => f.every((w, k) => words[i + k]?.lower === w));
    // A party, not a thing it owns: "stood by his remarks" backs no one.
    if (form && partyObjectEnd(words, i + form.length, lex, self, false) >= 0) return true;
  }
  return false;
}
