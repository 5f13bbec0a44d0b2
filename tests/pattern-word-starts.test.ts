import { describe, expect, it } from "vitest";
import { eventResources } from "../loaders/events/index.ts";
import { requiredWordStarts, WordStartIndex } from "../loaders/pattern-word-starts.ts";
import { sharedStatementLexicon } from "../loaders/statement-lexicon.ts";

const starts = (source: string) => requiredWordStarts(source, "gi")?.sort();

describe("the word beginnings a pattern needs", () => {
  it("spells out alternatives, optional endings and stems after a word boundary", () => {
    expect(starts("\\b(?:talks|negotiations|discussions)\\b")).toEqual(["discussions", "negotiations", "talks"]);
    expect(starts("\\bfail(?:s|ed|ing)? to (?:reach|agree|sign)\\b")).toEqual(["fail"]);
    expect(starts("\\b(?:resum|restor)\\w*\\s+(?:diplomatic )?ties\\b")).toEqual(["restor", "resum"]);
    // A word after a space or a hyphen begins a word even where the pattern gives no boundary.
    expect(starts("(?:will|would) not (?:accept|tolerate)")).toEqual(["accept", "tolerate"]);
    expect(starts("[\\w.]+-supplied\\b")).toEqual(["supplied"]);
    // So does a word after white space or other characters that are no word characters.
    expect(starts("(?:^|[,;]\\s*)(?<via>[^,;]{2,60}?)\\s+quoted\\s+\\w+")).toEqual(["quoted"]);
    expect(starts("\\bnot\\W+true\\b")).toEqual(["true"]);
    // "Not after a word character" is a boundary too.
    expect(starts("(?<![\\w-])(?:seiz|captur)(?:e|ed)")).toEqual(["capture", "captured", "seize", "seized"]);
  });

  it("reads through optional words and words not spelled out to the word that follows them", () => {
    expect(starts("\\ban\\s+(?:[\\w'’-]+\\s+)?(?:claim|charge)s?\\b")).toEqual(["charge", "claim"]);
    expect(starts("\\s+(?:(?:deeply|very)\\s+){0,2}(?:alarmed|concerned)\\b")).toEqual(["alarmed", "concerned"]);
    expect(starts("\\bis a (?:\\w+ )?threat to\\b")).toEqual(["threat"]);
    expect(starts(",\\s*which\\s+\\w+")).toEqual(["which"]);
    // Where the word before may end without a boundary, the word after begins no word: nothing is read.
    expect(starts("\\ban\\s+(?:\\w+)?(?:claim|charge)s?\\b")).toBeUndefined();
    expect(starts("\\w*(?:claim|charge)s?\\b")).toBeUndefined();
  });

  it("reads what a lookahead needs, but not what a negative one excludes", () => {
    expect(starts("\\b(?:will|would)\\s+\\w+\\b(?=[^.]{0,80}?\\s+unless\\b)")).toEqual(["unless"]);
    expect(starts("\\b(?:will|would)\\s+\\w+\\b(?=[^.]{0,80}?(?:if|unless)\\b)")).toEqual(["will", "would"]);
    expect(starts("\\b\\w+ed\\b(?=\\s+(?:[\\w-]+\\s+){0,3}?\\bsatellites?\\b)")).toEqual(["satellite"]);
    expect(starts("\\b(?:visit|trip)\\b(?! (?:the )?website)")).toEqual(["trip", "visit"]);
  });

  it("says nothing where a match needs no word of three letters", () => {
    expect(starts("\\b\\w+ly\\b")).toBeUndefined();
    expect(starts("\\b(?:on|at) \\d+")).toBeUndefined();
    expect(starts("\\b(?:talks|\\w+ion)\\b")).toBeUndefined();
    // A letter outside ASCII may match another case form: nothing is spelled out from it.
    expect(starts("\\bcharg[eé]\\b")).toEqual(["charg"]);
    expect(starts("[éè]t[éè]")).toBeUndefined();
    // Where white space may be missing, the word after it may not begin a word: "crack\\s*down" holds "crackdown".
    expect(starts("\\bcrack\\s*down\\b")).toEqual(["crack"]);
    expect(requiredWordStarts("\\b(?:talks|[\\q{ab}])\\b", "giv")).toBeUndefined();
  });
});

describe("an index of patterns by the word beginnings they need", () => {
  const index = new WordStartIndex<string>();
  index.add(/\b(?:held|holds) talks with\b/gi, "talks");
  index.add(/\bsanction(?:s|ed)\b/gi, "sanctions");
  index.add(/\b\w+ly\b/gi, "adverb");

  it("gives the patterns a sentence's words may match, and those it cannot tell always", () => {
    expect([...index.candidates("The ministers HELD TALKS with their neighbours.")].sort()).toEqual(["adverb", "talks"]);
    expect([...index.candidates("The council sanctioned two shipping firms.")].sort()).toEqual(["adverb", "sanctions"]);
    expect([...index.candidates("Nobody spoke.")]).toEqual(["adverb"]);
  });

  it("gives every pattern to a text with a character the u flag reads as an ASCII letter", () => {
    const unicode = WordStartIndex.of([/\bsanctioned\b/giu], (p) => p);
    expect(unicode.candidates("The board \u017Fanctioned them.").size).toBe(1);
    expect(unicode.candidates("The board fined them.").size).toBe(0);
  });

  it("never leaves out a phrase entry of the event dictionary that matches one of its examples", () => {
    const res = eventResources();
    const examples = res.entries.flatMap((e) => e.examples.flatMap((x) => [x.text, x.context ?? ""]));
    let matched = 0;
    for (const text of examples) {
      const candidates = res.phrasesByWord.candidates(text);
      for (const entry of res.phrases) {
        const pattern = entry.trigger.pattern!;
        pattern.lastIndex = 0;
        if (!pattern.test(text)) continue;
        matched++;
        expect(candidates.has(entry), `${entry.id} on "${text}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
    // Every phrase pattern of the dictionary needs some word: none is tried on every sentence.
    expect(res.phrases.filter((e) => !requiredWordStarts(e.trigger.pattern!.source, e.trigger.pattern!.flags)).map((e) => e.id)).toEqual([]);
  });

  it("never leaves out a speech frame that matches its example", () => {
    const lex = sharedStatementLexicon();
    for (const frame of lex.frames) {
      frame.pattern.lastIndex = 0;
      expect(frame.pattern.test(frame.example), frame.example).toBe(true);
      expect(lex.framesByWord.candidates(frame.example).has(frame), frame.example).toBe(true);
    }
    // Every frame needs some word: none is tried on every sentence.
    expect(lex.frames.filter((f) => !requiredWordStarts(f.pattern.source, f.pattern.flags)).map((f) => f.example)).toEqual([]);
  });

  it("never leaves out a stance cue that matches its example", () => {
    const lex = sharedStatementLexicon();
    for (const cue of lex.cues) {
      expect(cue.pattern.test(cue.example), cue.example).toBe(true);
      expect(lex.cuesByWord.candidates(cue.example).has(cue), cue.example).toBe(true);
    }
  });
});
