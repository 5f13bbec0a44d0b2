import { type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { nextCut } from "./opening.ts";
import { type Ctx, type Draft, analysedPhrase, dateEndingAt, proseEnd, tokenAt, trimEnd } from "./sentence.ts";

/**
 * Statements named by nouns: "comments by the Pentagon last week that …", "data from C4ADS
 * that shows …", "a Financial Times report that …", "Guterres’ recent condemnation of …",
 * "its denials".
 */
export function nominalStatements(ctx: Ctx, lex: StatementLexicon, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const { tokens, text } = ctx;
  const end = proseEnd(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || ctx.quoted[t.start]) continue;
    if (lex.sourceNouns.has(t.lower)) {
      // NOUN by|from SPEAKER [date] that [shows] CLAUSE
      const by = tokens[i + 1];
      let speakerTok = i + 2;
      let phraseStart: number | undefined;
      let phraseEnd: number | undefined;
      let thatTok = -1;
      if (by && (by.lower === "by" || by.lower === "from")) {
        for (let j = speakerTok; j < Math.min(tokens.length, speakerTok + 12); j++) {
          if (tokens[j].lower === "that" || tokens[j].lower === "which") {
            thatTok = j;
            break;
          }
          if (tokens[j].text === "," || tokens[j].text === ".") break;
        }
        if (thatTok > speakerTok) {
          phraseStart = tokens[speakerTok].start;
          let e = thatTok - 1;
          const date = dateEndingAt(ctx, tokens[e].end);
          if (date) e = tokenAt(ctx, date.start - ctx.sentence.start) - 1;
          phraseEnd = tokens[e]?.end;
        }
      } else if (tokens[i + 1]?.lower === "that" && i > 0) {
        // "a Financial Times report that …": the outlet stands before the noun.
        const m = ctx.mentions.filter((x) => x.end - ctx.sentence.start <= t.start && x.end - ctx.sentence.start >= t.start - 1 && !x.demonym).pop();
        if (m) {
          phraseStart = m.start - ctx.sentence.start;
          phraseEnd = m.end - ctx.sentence.start;
          thatTok = i + 1;
        }
      }
      if (phraseStart === undefined || phraseEnd === undefined || thatTok < 0 || phraseEnd <= phraseStart) continue;
      let s = tokens[thatTok].end;
      // "data … that shows": the verb is the source's, not the content.
      const verb = /^\s+(\w+)/.exec(text.slice(s, s + 20));
      if (verb && ctx.words.sourceVerbs.has(verb[1])) s += verb[0].length;
      while (s < end && /\s/.test(text[s])) s++;
      const stop = trimEnd(text, nextCut(ctx, s, end, lex));
      if (stop - s < 10) continue;
      const phraseText = text.slice(phraseStart, phraseEnd);
      const a = analysedPhrase(ctx.phrases, phraseText, lex);
      if (a.kind !== "person" && a.kind !== "body" && a.kind !== "media") continue;
      const host = drafts.find((d) => d.ctx === ctx && d.attribution.some(([x, y]) => t.start >= x && t.start < y) && !d.ranges.some(([x, y]) => t.start >= x && t.start < y));
      out.push({
        ctx,
        phrase: { text: phraseText, start: phraseStart + ctx.sentence.start, end: phraseEnd + ctx.sentence.start },
        anchor: t.start,
        ranges: [[s, stop]],
        attribution: [[t.start, s]],
        stance: "other",
        negated: false,
        via: "",
        viaDraft: host,
        nominal: true,
      });
      continue;
    }
    const stance = lex.stanceNouns.get(t.lower);
    if (!stance) continue;
    // POSSESSOR['s] [adjective] NOUN [of …]
    let j = i - 1;
    if (tokens[j] && ctx.words.stanceNounModifiers.has(tokens[j].lower)) j--;
    const p = tokens[j];
    if (!p) continue;
    let possessor: SpeakerPhrase | undefined;
    let quoteStart = t.start;
    if (ctx.words.possessivePronouns.has(p.lower)) {
      // "despite its denials, North Korea …": the pronoun points at the subject after the comma.
      const afterComma = ctx.mentions.find((m) => m.start - ctx.sentence.start > t.end && !m.demonym && /^\s*,\s*$/.test(text.slice(t.end, m.start - ctx.sentence.start)));
      const before = ctx.mentions.filter((m) => m.end - ctx.sentence.start <= p.start && !m.demonym).pop();
      const m = afterComma ?? before;
      if (!m) continue;
      possessor = { text: m.text, start: m.start, end: m.end };
      quoteStart = p.start;
    } else {
      let nameEnd = p.end;
      let nameTok = j;
      if ((p.text === "’" || p.text === "'") && tokens[j - 1]) {
        nameTok = j - 1;
        nameEnd = tokens[j - 1].end;
      } else if (/['’]s$/.test(p.text)) nameEnd = p.end - 2;
      else continue;
      const m = ctx.mentions.find((x) => x.end - ctx.sentence.start === nameEnd && !x.demonym);
      if (!m || nameTok < 0) continue;
      possessor = { text: m.text, start: m.start, end: m.end };
    }
    let stop = t.end;
    if (tokens[i + 1]?.lower === "of") {
      stop = trimEnd(text, nextCutSimple(ctx, t.end, end));
    }
    out.push({
      ctx,
      phrase: possessor,
      anchor: t.start,
      ranges: [[quoteStart, stop]],
      attribution: [],
      stance,
      negated: false,
      via: "",
      nominal: true,
    });
  }
  return out;
}

/** The end of a noun's "of" phrase: the next comma, clause word or sentence end. */
export function nextCutSimple(ctx: Ctx, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (ctx.quoted[i]) continue;
    if (",;".includes(ctx.text[i])) return i;
  }
  return end;
}
