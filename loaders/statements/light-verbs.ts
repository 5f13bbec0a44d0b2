/**
 * A light verb with a noun of words said as its object speaks as the whole phrase: "extended his
 * deep gratitude to Lima", "renewed their calls for talks", "raised the possibility of a deal",
 * "claimed responsibility for the attack", "laid out proposals to …". The verb alone tells nothing
 * ("extended the runway", "raised taxes"); the noun makes the phrase an act of speech, whatever
 * determiner, possessive, number, adjectives or adverbs stand between (data/statement-words.yaml
 * light_verbs, said_nouns).
 */
import type { SpeechVerb, StatementLexicon } from "../statement-lexicon.ts";
import type { Token } from "./tokens.ts";

/** How many words may stand between the light verb and its noun ("offered its most sincere condolences"). */
const MAX_MODIFIERS = 4;

/** Parts of speech of the words that may stand between the verb and its noun. */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(["DET", "PRON", "ADJ", "ADV", "NUM"]);

/** A particle that may follow the verb before its object ("laid out proposals"). */
const PARTICLES: ReadonlySet<string> = new Set(["out", "up"]);

/**
 * The speech verb the light-verb phrase at token `i` makes ("extended his deep gratitude": its words
 * up to the noun), or undefined. The noun's stance, when the dictionary gives one, is the phrase's.
 */
export function lightVerbPhraseAt(tokens: readonly Token[], i: number, lex: StatementLexicon): SpeechVerb | undefined {
  const verb = tokens[i];
  const { lightVerbs, complaintVerbs, complaintNouns } = lex.words;
  // "presented a protest", "filed a complaint": some verbs speak only with a noun of complaint.
  const complaining = complaintVerbs.has(verb.lemma);
  if (verb.pos !== "VERB" || !(lightVerbs.has(verb.lemma) || complaining)) return undefined;
  const saidNouns = complaining ? complaintNouns : lex.words.saidNouns;
  let k = i + 1;
  if (PARTICLES.has(tokens[k]?.lower ?? "")) k++;
  for (let n = 0; n <= MAX_MODIFIERS && k < tokens.length; n++, k++) {
    const t = tokens[k];
    // "renewed their calls": after a modifier the tagger's verb reading of the noun is no verb.
    if (saidNouns.has(t.lower) && (t.pos !== "VERB" || k > i + 1)) {
      const words = tokens.slice(i, k + 1).map((w) => w.lower);
      return { lemma: `${verb.lemma} ${t.lower}`, form: words.join(" "), words, stance: lex.stanceNouns.get(t.lower) ?? "other", syntax: "object", quoted: false, needsThat: false, afterObject: [], relays: false };
    }
    // "a strongly-worded protest": a hyphen joins the words of one modifier.
    if (t.text === "-" && tokens[k - 1]?.word && tokens[k + 1]?.word) continue;
    if (!t.word || !MODIFIER_TAGS.has(t.pos)) return undefined;
  }
  return undefined;
}
