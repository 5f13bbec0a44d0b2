/**
 * An article's words, kept compactly: one column per field (typed arrays of offsets, part
 * of speech and the ids of interned strings), not an object per word. wink-nlp reads each
 * sentence once per article; the extractors, which run over the article one after another,
 * get the words back from here. An object per word would hold several times the article's
 * size in memory (issue #19); a word here takes 13 bytes, and its text and lemma are each
 * kept once per article however often they recur (its lower case and end follow from its
 * text).
 */
import { PARTS_OF_SPEECH, type PartOfSpeech, type Word } from "./words.ts";

const TAG_OF = new Map<PartOfSpeech, number>(PARTS_OF_SPEECH.map((tag, i) => [tag, i]));

/**
 * Words per block of columns: the first block is small (most articles are), each next one
 * twice the last up to the largest. The store grows by blocks, never by copying what it
 * holds, so its peak is what it keeps; a sentence's words lie in one block.
 */
const FIRST_BLOCK = 1 << 10;
const LARGEST_BLOCK = 1 << 16;

/** A block of stored words, a column per field. */
class Block {
  readonly starts: Int32Array;
  readonly tags: Uint8Array;
  readonly texts: Uint32Array;
  readonly lemmas: Uint32Array;
  size = 0;

  constructor(readonly capacity: number) {
    this.starts = new Int32Array(capacity);
    this.tags = new Uint8Array(capacity);
    this.texts = new Uint32Array(capacity);
    this.lemmas = new Uint32Array(capacity);
  }
}

/** A run of stored words: its block, the first's place in it and how many. */
export interface StoredWords {
  block: number;
  first: number;
  count: number;
}

export class WordStore {
  private readonly blocks: Block[] = [];
  /** The article's distinct strings, each one's id (its place in `strings`) and the id of its lower case. */
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly lowerIds: number[] = [];

  /** Keeps these words (one sentence's, in order) and says where they are. */
  add(words: readonly Word[]): StoredWords {
    const block = this.blockWithRoom(words.length);
    const first = block.size;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      block.starts[first + i] = w.start;
      block.tags[first + i] = TAG_OF.get(w.pos)!;
      block.texts[first + i] = this.intern(w.text);
      block.lemmas[first + i] = this.intern(w.lemma);
    }
    block.size += words.length;
    return { block: this.blocks.length - 1, first, count: words.length };
  }

  /** The stored words as objects, equal to those given to `add`. */
  words({ block, first, count }: StoredWords): Word[] {
    const { starts, tags, texts, lemmas } = this.blocks[block];
    const strings = this.strings;
    const words: Word[] = new Array(count);
    for (let i = first; i < first + count; i++) {
      const text = strings[texts[i]];
      words[i - first] = { start: starts[i], end: starts[i] + text.length, text, lower: strings[this.lowerIds[texts[i]]], pos: PARTS_OF_SPEECH[tags[i]], lemma: strings[lemmas[i]] };
    }
    return words;
  }

  /** The id of a string, and of its lower case: each distinct string is kept once. */
  private intern(text: string): number {
    let id = this.ids.get(text);
    if (id !== undefined) return id;
    id = this.strings.length;
    this.strings.push(text);
    this.ids.set(text, id);
    const lower = text.toLowerCase();
    this.lowerIds[id] = lower === text ? id : this.intern(lower);
    return id;
  }

  /** The last block, or a new one when `count` words do not fit in it. */
  private blockWithRoom(count: number): Block {
    const last = this.blocks[this.blocks.length - 1];
    if (last && last.size + count <= last.capacity) return last;
    const block = new Block(Math.max(count, Math.min(LARGEST_BLOCK, FIRST_BLOCK << this.blocks.length)));
    this.blocks.push(block);
    return block;
  }
}
