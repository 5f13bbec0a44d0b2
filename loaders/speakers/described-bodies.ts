/**
 * Bodies described by their kind, not named: "the media outlet", "the Iran-backed movement".
 *
 * "The media outlet added …" after "Chilean broadcaster Canal Sur reported …": a definite description of an outlet by
 * its kind (data/speakers.yaml outlet_nouns) takes up an earlier speaker that is an outlet, or that the article
 * described as one: its title's head ("the Chilean daily El Sol"), its description's head ("a Lima radio station"),
 * or the noun right before its name ("broadcaster Canal Sur").
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { ArticlePeople } from "./article-people.ts";
import type { Analysed, ResolvedSpeaker } from "./phrase.ts";
import { namesItself } from "./proper-heads.ts";
import { phraseHead } from "./words.ts";

export function takesUpOutlet(a: Analysed, earlier: ResolvedSpeaker, lex: StatementLexicon): boolean {
  const nouns = lex.outletNouns;
  if (!a.definite || a.plural || !nouns.has(a.head) || a.mentions.some((m) => !m.demonym) || earlier.plural) return false;
  // "the Russian media" after KCNA: a state the description names must be the earlier outlet's.
  const code = earlier.actor?.code || earlier.country;
  if (earlier.kind === "pronoun" || a.mentions.some((m) => m.actor.code !== code)) return false;
  if (earlier.kind === "media") return true;
  // "a Chilean TV host": a person described by an outlet's word is no outlet; the word must head the title or the phrase.
  if (nouns.has(lastWord(earlier.role))) return true;
  const head = phraseHead(earlier.description, lex.speakerWords.headLinks);
  if (earlier.kind !== "person" && nouns.has(head)) return true;
  return earlier.description.split(/\s+/).some((w, i, ws) => nouns.has(w.toLowerCase()) && /^\p{Lu}/u.test(ws[i + 1] ?? "") && !lex.titleWords.has((ws[i + 1] ?? "").toLowerCase()));
}

/** Kinds of body a description may take up from a mention alone: not a state's government or forces, which the report's state speaks for. */
const MENTIONED_KINDS = new Set(["group", "body", "media", "agency"]);
/** How far before the description a body named but not heard may be the one it takes up (about two sentences). */
const MENTION_REACH = 400;

/**
 * "Israel said it struck Hezbollah fighters, while the Iran-backed movement said …": a description of a kind of body
 * with no speaker of that kind before it takes up the body of that kind named just before.
 */
export function namedOfKind(a: Analysed, at: number, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  const kinds = lex.kindHeads.get(a.head);
  const own = a.mentions.filter((m) => !m.demonym && !/^-\p{Ll}/u.test(a.text.slice(m.end, m.end + 2)));
  if (!kinds || a.plural || own.length > 0 || !kinds.every((k) => MENTIONED_KINDS.has(k)) || namesItself(a)) return undefined;
  const actor = people.lastOfKind(kinds, at - MENTION_REACH, at);
  if (!actor) return undefined;
  return { speaker: people.fullest(actor), role: "", country: actor.code, kind: actor.kind === "media" ? "media" : "body", plural: false, parties: 1, actor, description: a.text, anonymous: false };
}

const lastWord = (text: string) => text.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
