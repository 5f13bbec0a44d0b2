import { describe, expect, it } from "vitest";
import { WordStore } from "../../loaders/analysis/word-store.ts";
import { readWords } from "../../loaders/analysis/words.ts";
import { parseArticle } from "../../loaders/source-file.ts";
import { splitSentences } from "../../loaders/text.ts";

describe("the word store", () => {
  it("gives back each sentence's words as wink-nlp read them, across blocks, in any order", () => {
    const text = Array.from({ length: 400 }, (_, i) => `On day ${i + 1}, Seoul's envoy said NORTH Korea had shipped ${1000 + i} shells to Russia's army.`).join(" ");
    const sentences = splitSentences(parseArticle("long.txt", text));
    const store = new WordStore();
    const read = sentences.map((s) => readWords(s));
    const stored = read.map((words) => store.add(words));
    // 400 sentences of about 20 words fill several blocks (the first holds 1,024 words).
    expect(new Set(stored.map((s) => s.block)).size).toBeGreaterThan(2);
    for (const i of [399, 0, 200, 57]) expect(store.words(stored[i])).toEqual(read[i]);
    const korea = store.words(stored[3]).find((w) => w.text === "NORTH");
    expect(korea).toMatchObject({ lower: "north", end: korea!.start + 5 });
  });

  it("keeps an empty sentence", () => {
    const store = new WordStore();
    expect(store.words(store.add([]))).toEqual([]);
  });
});
