/**
 * An article's words, kept compactly: one column per field (typed arrays of offsets, part
 * of speech and the ids of interned strings), not an object per word. wink-nlp reads each
 * sentence once per article; the extractors, which run over the article one after another,
 * get the words back from here. An object per word would hold several times the article's
 * size in memory (issue #19); a word here takes 21 bytes, and its text, lower case and lemma
 * are each kept once per article however often they recur.
 */
import { PARTS_OF_SPEECH, type PartOfSpeech, type Word } from "./words.ts";

const TAG_OF = new Map<PartOfSpeech, number>(PARTS_OF_SPEECH.map((tag, i) => [tag, i]));

/** A run of stored words: the first's place in the store and how many. */
export interface StoredWords {
  first: number;
  count: number;
}

export class WordStore {
  private capacity = 1024;
  private size = 0;
  private starts = new Int32Array(this.capacity);
  private ends = new Int32Array(this.capacity);
  private tags = new Uint8Array(this.capacity);
  private texts = new Uint32Array(this.capacity);
  private lowers = new Uint32Array(this.capacity);
  private lemmas = new Uint32Array(this.capacity);
  /** The article's distinct strings, and each one's id (its place in `strings`). */
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  /** Keeps these words (one sentence's, in order) and says where they are. */
  add(words: readonly Word[]): StoredWords {
    const first = this.size;
    this.reserve(first + words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const at = first + i;
      this.starts[at] = w.start;
      this.ends[at] = w.end;
      this.tags[at] = TAG_OF.get(w.pos)!;
      this.texts[at] = this.intern(w.text);
      this.lowers[at] = this.intern(w.lower);
      this.lemmas[at] = this.intern(w.lemma);
    }
    this.size += words.length;
    return { first, count: words.length };
  }

  /** The stored words as objects, equal to those given to `add`. */
  words({ first, count }: StoredWords): Word[] {
    const words: Word[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const at = first + i;
      const strings = this.strings;
      words[i] = { start: this.starts[at], end: this.ends[at], text: strings[this.texts[at]], lower: strings[this.lowers[at]], pos: PARTS_OF_SPEECH[this.tags[at]], lemma: strings[this.lemmas[at]] };
    }
    return words;
  }

  private intern(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  /** Grows the columns by half again until `needed` words fit. */
  private reserve(needed: number): void {
    if (needed <= this.capacity) return;
    while (this.capacity < needed) this.capacity = Math.ceil(this.capacity * 1.5);
    this.starts = grown(this.starts, new Int32Array(this.capacity));
    this.ends = grown(this.ends, new Int32Array(this.capacity));
    this.tags = grown(this.tags, new Uint8Array(this.capacity));
    this.texts = grown(this.texts, new Uint32Array(this.capacity));
    this.lowers = grown(this.lowers, new Uint32Array(this.capacity));
    this.lemmas = grown(this.lemmas, new Uint32Array(this.capacity));
  }
}

function grown<T extends Int32Array | Uint32Array | Uint8Array>(old: T, larger: T): T {
  larger.set(old);
  return larger;
}
