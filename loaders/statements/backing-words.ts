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
import type { Draft } from "./sentence.ts";

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

/** Object pronouns that name a party other than the subject, who would be "himself". */
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
/** How many words a party's noun phrase may take before its head ("the embattled former senator"). */
const HEAD_REACH = 4;

/** Whether the draft's words tell a party backed by a verb of standing by it. */
export function backsParty(draft: Draft, lex: StatementLexicon, wordsOf: WordsOf): boolean {
  const { ctx } = draft;
  if (/\?["”’]?\s*$/u.test(ctx.text)) return false;
  const base = ctx.sentence.start;
  const inside = (w: Word) => draft.ranges.some(([s, e]) => w.start - base >= s && w.end - base <= e);
  const words = wordsOf(ctx.sentence);
  const self = speakerNames(draft);
  for (let i = 0; i < words.length; i++) {
    const forms = lex.backingVerbs.forms.get(words[i].lower);
    if (!forms || !inside(words[i]) || lex.backingVerbs.negators.has(words[i - 1]?.lower ?? "")) continue;
    const form = forms.find((f) => f.every((w, k) => words[i + k]?.lower === w));
    if (form && partyAt(words, i + form.length, lex, self)) return true;
  }
  return false;
}

/** Whether the words from k name a party: "Vale", "him", "the senator", "her running mate"; not the speaker's own name. */
function partyAt(words: readonly Word[], k: number, lex: StatementLexicon, self: ReadonlySet<string>): boolean {
  const first = words[k];
  if (!first) return false;
  if (OBJECT_PRONOUNS.has(first.lower) && words[k + 1]?.pos !== "NOUN") return true;
  if (first.pos === "PROPN") return !self.has(first.lower);
  if (first.pos !== "DET" && !lex.judgementWords.clause.possessives.has(first.lower)) return false;
  for (let i = k + 1; i < words.length && i <= k + HEAD_REACH; i++) {
    const t = words[i];
    if (t.pos === "NOUN" && words[i + 1]?.pos !== "NOUN") return lex.speakerHeads.has(t.lemma);
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "ADV") return false;
  }
  return false;
}
