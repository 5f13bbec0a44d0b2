/**
 * What a verb of giving moves says which act it tells: people sent are a deployment
 * (MOBILIZE), goods a transfer (AID). "Chad sent 2,000 soldiers and armoured vehicles to
 * Niger" tells both acts at one verb, and so does "accused Iran of supplying Peru with rifles
 * and instructors"; "Kenya sent police officers to Haiti" tells only the deployment. The act
 * the dictionary's entry did not make is told at the same trigger, with its parties, status
 * and date (`sending_lemmas`, `sent_people`, `sent_goods` in data/event-words.yaml).
 */
import type { Word } from "../analysis/index.ts";
import type { Mention } from "./types.ts";
import type { EventWordsFile } from "./words-schema.ts";
import type { EventWords } from "./words.ts";

export interface SentObjectWords {
  lemmas: ReadonlySet<string>;
  goods: ReadonlySet<string>;
  people: ReadonlySet<string>;
  ends: ReadonlySet<string>;
  /** Verbs of helping after "to": the goods were given for the side's use ("to support Russia's war"). */
  purposes: ReadonlySet<string>;
  /** The joiners as word sequences ("as well as" → as, well, as). */
  joiners: ReadonlyArray<readonly string[]>;
}

export function sentObjectWords(w: EventWordsFile): SentObjectWords {
  return {
    lemmas: new Set(w.sending_lemmas),
    goods: new Set(w.sent_goods),
    people: new Set(w.sent_people),
    ends: new Set(w.sent_object_ends),
    purposes: new Set(w.sent_purposes),
    joiners: w.sent_object_joiners.map((j) => j.split(/\s+/)),
  };
}

/** Most words the objects of a verb of giving are read over. */
const OBJECT_WORDS = 14;

/** The modes the acts get when told from what was moved. */
const ACTS = { people: { type: "MOBILIZE", mode: "troop deployment", rule: "sent-people" }, goods: { type: "AID", mode: "military", rule: "sent-goods" } } as const;

/**
 * The sentence's mentions with the acts their verbs of giving move: a transfer of people
 * only becomes a deployment, and an object of people and goods adds the act not yet told.
 * `words` are the sentence's words (sentence offsets).
 */
export function withSentObjects(words: EventWords, sentenceWords: readonly Word[], start: number, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (const [i, m] of mentions.entries()) {
    if ((m.type !== "AID" && m.type !== "MOBILIZE") || m.actor.length === 0 || !m.entry || m.entry.noun) continue;
    const at = sentenceWords.findIndex((w) => w.start - start === m.ts);
    if (at < 0 || sentenceWords[at].pos !== "VERB" || !words.sent.lemmas.has(sentenceWords[at].lemma)) continue;
    const moved = movedKinds(words.sent, sentenceWords, at + 1);
    if (m.type === "AID" && moved.people && !moved.goods) {
      out[i] = { ...m, ...ACTS.people };
      continue;
    }
    const other = m.type === "AID" ? "people" : "goods";
    // "delivered fuel to the Chilean troops" said of Chilean boats: a state's own forces resupplied, no aid besides.
    if (m.domestic) continue;
    if (!moved[other] || mentions.some((o) => o.type === ACTS[other].type && o.ts === m.ts)) continue;
    // "sent soldiers and armoured vehicles into Syria": a force's own equipment; goods are given "to" a side.
    if (other === "goods" && !givenToSide(words.sent, sentenceWords, moved.end) && !suppliedWith(sentenceWords, at)) continue;
    out.push({ ...m, ...ACTS[other] });
  }
  return out;
}

/** Whether the heads of the objects after words[from] (up to a preposition, a relative or punctuation) are people, goods or both. */
function movedKinds(sent: SentObjectWords, words: readonly Word[], from: number): { people: boolean; goods: boolean; end: number } {
  const found = { people: false, goods: false, end: -1 };
  const end = Math.min(words.length, from + OBJECT_WORDS);
  for (let i = from; i < end; i++) {
    const w = words[i];
    if (sent.ends.has(w.lower) || /^[.;:!?()"“”]$/.test(w.lower)) {
      found.end = i;
      break;
    }
    // A conjunct's head is its last word: the word before a joiner or a comma, or the last one read.
    const next = words[i + 1];
    const closes = !next || i + 1 >= end || next.lower === "," || sent.ends.has(next.lower) || /^[.;:!?()"“”]$/.test(next.lower) || sent.joiners.some((j) => joinerAt(words, i + 1, j));
    if (!closes) continue;
    if (sent.people.has(w.lower)) found.people = true;
    if (sent.goods.has(w.lower)) found.goods = true;
  }
  return found;
}

/** Whether the objects end in "to" before a side ("to Russia", "to the Sudanese army") or a verb of helping ("to support Russia's war"). */
function givenToSide(sent: SentObjectWords, words: readonly Word[], end: number): boolean {
  if (end < 0 || words[end].lower !== "to") return false;
  const next = words[end + 1]?.lower === "the" ? words[end + 2] : words[end + 1];
  return !!next && (next.pos === "PROPN" || (next.pos === "ADJ" && /^\p{Lu}/u.test(next.text)) || (next.pos === "VERB" && sent.purposes.has(next.lemma)));
}

/** "supplying Peru with rifles and instructors": a side named between the verb and "with" receives what follows. */
function suppliedWith(words: readonly Word[], verb: number): boolean {
  const gap = words.slice(verb + 1, verb + 6);
  const w = gap.findIndex((x) => x.lower === "with");
  return w > 0 && gap.slice(0, w).some((x) => x.pos === "PROPN" || /^\p{Lu}/u.test(x.text));
}

function joinerAt(words: readonly Word[], i: number, joiner: readonly string[]): boolean {
  return joiner.every((part, k) => words[i + k]?.lower === part);
}
