/**
 * Attribution: who said, reported, claimed or denied what, read with the one speech-verb
 * dictionary (data/speech-verbs.yaml, loaded into the statement lexicon). Every table that
 * asks "who says so" asks here:
 *
 * - `speechVerbAt`: the speech verb (lemma, stance, syntax) whose words start at a word of a
 *   sentence ("said", "called on"): the statements' anchors;
 * - `attributingVerbs`: the forms that attribute a clause, for the events' pattern;
 * - `attributionCues`: the words after or before which a claimant stands, for the quantities'
 *   `attributed_to` (speech verbs and the verbs of evidence: "data … shows");
 * - `findChannels`, `channelName`: the channel the words came through ("in a statement",
 *   "told the New York Times", "according to KCNA").
 *
 * The speaker, their role and country are resolved in loaders/speakers.ts.
 */
import { stripDeterminer } from "./speakers.ts";
import type { SpeechVerb, Stance, StatementLexicon } from "./statement-lexicon.ts";
import { allMatches } from "./text.ts";

/** A word as the attribution reader needs it: its lower-case text. */
interface LowerWord {
  lower: string;
}

/** The speech verb whose words start at `words[i]` ("called on" before "called"), if any. */
export function speechVerbAt(words: readonly LowerWord[], i: number, lex: Pick<StatementLexicon, "verbs">): SpeechVerb | undefined {
  const candidates = lex.verbs.get(words[i].lower);
  return candidates?.find((v) => v.words.every((w, k) => words[i + k]?.lower === w));
}

/**
 * The speech verbs that attribute a clause to a speaker, for the tables that read who claims
 * what (events, quantities): `follows`, verbs whose reported content follows them ("said",
 * "told", "reported"); `beforeThat`, verbs that take an object but report neutrally, confirm
 * or warn when "that" follows ("confirmed that", "warned that"). Commitments and threats
 * ("pledged", "threatened") are acts, not attributions.
 */
export function attributingVerbs(lex: Pick<StatementLexicon, "verbs">): { follows: string[]; beforeThat: string[] } {
  const follows = new Set<string>();
  const beforeThat = new Set<string>();
  for (const verbs of lex.verbs.values()) {
    for (const v of verbs) {
      // A verb that speaks only with a word after its object ("cited X as …", "attacked X for …") attributes nothing by itself.
      if (v.quoted || v.afterObject.length > 0) continue;
      // "assessed that", "found that": these attribute only before "that" (needs_that in the dictionary).
      if (v.syntax === "that" && !v.needsThat) follows.add(v.form.toLowerCase());
      else if (v.needsThat) beforeThat.add(v.form.toLowerCase());
      else if (v.stance === "other" || v.stance === "confirm" || v.stance === "warn") beforeThat.add(v.form.toLowerCase());
    }
  }
  return { follows: [...follows], beforeThat: [...beforeThat] };
}

/** The stances of speech that judge an act: an accusation, a condemnation, a denial, a warning. */
const JUDGING_STANCES: ReadonlySet<Stance> = new Set(["accuse", "condemn", "deny", "warn"]);

/**
 * The speech verbs whose object is an act they judge ("accused X of supplying", "denied
 * sending", "condemned the launch") and the nouns of those stances ("its denials"), lower-case:
 * for the events, whose date after such a word is the judgement's, not the act's.
 */
export function judgingVerbs(lex: Pick<StatementLexicon, "verbs" | "stanceNouns">): Array<{ form: string; stance: Stance; verb: boolean }> {
  const out = new Map<string, { form: string; stance: Stance; verb: boolean }>();
  for (const verbs of lex.verbs.values()) {
    for (const v of verbs) if (!v.quoted && v.afterObject.length === 0 && v.syntax === "object" && JUDGING_STANCES.has(v.stance)) out.set(v.form.toLowerCase(), { form: v.form.toLowerCase(), stance: v.stance, verb: true });
  }
  for (const [noun, stance] of lex.stanceNouns) if (JUDGING_STANCES.has(stance) && !out.has(noun)) out.set(noun, { form: noun, stance, verb: false });
  return [...out.values()];
}

/**
 * The one-word cues of an amount's claimant (the quantities' `attributed_to`): the speech
 * verbs whose content follows them ("said", "told") and the verbs of evidence ("shows",
 * "estimated", "cited"), lower-case.
 */
export function attributionCues(lex: Pick<StatementLexicon, "verbs" | "evidenceVerbs">): Set<string> {
  const speech = attributingVerbs(lex).follows.filter((form) => !form.includes(" "));
  return new Set([...lex.evidenceVerbs, ...speech]);
}

/** A channel the words came through, with sentence offsets. */
export interface ChannelSpan {
  start: number;
  end: number;
  /** The channel as the table writes it ("a statement", "The New York Times"). */
  via: string;
  media: boolean;
  /** "according to X": X may be the speaker rather than a channel. */
  according: boolean;
}

/** The channels of a sentence, outside quotations (`quoted` marks their characters), in order. */
export function findChannels(text: string, quoted: Uint8Array, lex: Pick<StatementLexicon, "channels" | "gazetteer" | "titleWords">): ChannelSpan[] {
  const channels: ChannelSpan[] = [];
  for (const channel of lex.channels) {
    for (const m of allMatches(channel.pattern, text)) {
      const via = m.groups?.via;
      if (via === undefined || quoted[m.index]) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (channels.some((c) => start < c.end && end > c.start)) continue;
      // "told Russian Foreign Minister Sergey Lavrov": a person addressed is no channel.
      if (channel.media && isPersonAddressed(via, lex)) continue;
      channels.push({ start, end, via: channelName(via, channel.media, lex), media: channel.media, according: /^according/i.test(m[0]) });
    }
  }
  return channels.sort((a, b) => a.start - b.start);
}

/** Whether a channel's words name a person (a title or a known person), not an outlet or an occasion. */
export function isPersonAddressed(via: string, lex: Pick<StatementLexicon, "gazetteer" | "titleWords">): boolean {
  const found = lex.gazetteer.find(via);
  if (found.some((m) => m.actor.kind === "media")) return false;
  // "told Americans", "told African-Americans": a people named by its demonym is an audience, not an outlet.
  // A word compounded onto the demonym ("African-Americans") still names people.
  const word = stripDeterminer(via);
  if (!/\s/.test(word) && lex.gazetteer.find(word).some((m) => m.demonym && m.end === word.length && (m.start === 0 || word[m.start - 1] === "-"))) return true;
  return found.some((m) => m.actor.kind === "person") || via.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && lex.titleWords.has(w.toLowerCase()) && w.length > 3);
}

/** A channel as the table writes it: an outlet by its gazetteer name, others without their article. */
export function channelName(via: string, media: boolean, lex: Pick<StatementLexicon, "gazetteer">): string {
  const text = stripDeterminer(via);
  if (media) {
    const found = lex.gazetteer.find(text);
    const outlet = found.find((m) => m.actor.kind === "media");
    if (outlet && found.length === 1) return outlet.actor.name;
  }
  return text;
}
