/**
 * PolNeAR (Newell, Margolin and Ruths, LREC 2018): whole news articles with every
 * attribution annotated in brat standoff (source, cue, content spans). Each article is run
 * through the statements extractor; a statement matches a gold attribution of speech when
 * its offsets overlap the gold content (one-to-one, largest overlap first). Statements that
 * overlap only an attribution of thought or belief are out of the scored set and ignored.
 * The speaker is right when it names the gold source, or, where the gold source is a
 * pronoun (a relative "who" or "many of whom" or, for a body, "which" too) or a definite description ("the senator", "The Republican nominee": the annotators
 * mark the words written, our table names the person as fully as the article does), when it
 * names someone mentioned just before it. A source written with its apposition ("Rendell, a Clinton
 * surrogate,", "Kall -- co-editor of … --") is the name before the comma or the dash.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { InputError } from "../errors.ts";
import { sameSpeaker } from "../evaluate.ts";
import { matchOneToOne, type Candidate } from "../matching.ts";
import { escapeRegExp } from "../text.ts";
import type { Dictionaries } from "../tables.ts";
import { extractTexts, prf, readText, rowsByArticle, textId, type Prf } from "./common.ts";
import type { BenchmarkConfig } from "./config.ts";

type Span = [number, number];

/** One attribution of a brat file: spans are UTF-16 offsets into the article text. */
export interface Attribution {
  source?: { spans: Span[]; text: string };
  cue?: { spans: Span[]; text: string };
  content: Span[];
}

export interface PolnearArticle {
  name: string;
  text: string;
  attributions: Attribution[];
}

export interface PredictedStatement {
  char_start: number;
  char_end: number;
  speaker: string;
  kind: string;
  stance: string;
}
export type PolnearPredictions = Array<{ article: string; statements: PredictedStatement[] }>;

export const polnearPredictionsSchema = z.array(
  z.object({
    article: z.string(),
    statements: z.array(z.object({ char_start: z.number().int(), char_end: z.number().int(), speaker: z.string(), kind: z.string(), stance: z.string() })),
  }),
);

export interface PolnearScore {
  articles: number;
  /** Attributions of speech and writing (scored), of all annotated. */
  speech: number;
  annotated: number;
  statements: Prf;
  speakerAccuracy: number;
  /** Matched statements whose gold attribution names a source. */
  speakersJudged: number;
}

/** brat counts characters as code points; JavaScript strings count UTF-16 units. */
function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return (offset) => offset;
  const units: number[] = [];
  let unit = 0;
  for (const ch of text) {
    units.push(unit);
    unit += ch.length;
  }
  units.push(unit);
  return (offset) => units[offset] ?? unit;
}

/** Parses one brat `.ann` file into attributions; a malformed line names file and line. */
export function parseBrat(file: string, ann: string, text: string): Attribution[] {
  const toUnits = codePointOffsets(text);
  const spans = new Map<string, { type: string; spans: Span[]; text: string }>();
  const events: Array<{ line: number; roles: Array<[string, string]> }> = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith("#") || /^[RAN*]/.test(line)) return;
    const [id, body] = line.split("\t");
    if (id.startsWith("T")) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body ?? "");
      if (!m) throw new InputError(file, i + 1, `a text-bound line must read "T<n>\\t<type> <start> <end>\\t<text>"`);
      const parts = m[2].split(";").map((p) => p.split(" ").map(Number).map(toUnits) as Span);
      if (parts.some(([s, e]) => !(s <= e && e <= text.length))) throw new InputError(file, i + 1, `span ${m[2]} lies outside the text (${text.length} characters)`);
      spans.set(id, { type: m[1], spans: parts, text: parts.map(([s, e]) => text.slice(s, e)).join(" ") });
    } else if (id.startsWith("E")) {
      const roles = (body ?? "").trim().split(/\s+/).map((r) => r.split(":") as [string, string]);
      if (roles.some((r) => r.length !== 2)) throw new InputError(file, i + 1, `an event line must read "E<n>\\tRole:T<n> Role:T<n> …"`);
      events.push({ line: i + 1, roles });
    } else {
      throw new InputError(file, i + 1, `unknown annotation line "${id}"`);
    }
  });
  return events.flatMap(({ line, roles }) => {
    const get = (role: RegExp) => roles.filter(([r]) => role.test(r)).map(([, t]) => {
      const span = spans.get(t);
      if (!span) throw new InputError(file, line, `the event names ${t}, which the file does not define`);
      return span;
    });
    const content = get(/^Content\d*$/).flatMap((s) => s.spans);
    if (content.length === 0) return [];
    const [source] = get(/^Source\d*$/);
    const [cue] = get(/^Cue\d*$/);
    return [{ source, cue, content }];
  });
}

/** Reads a PolNeAR folder: `text/NAME.txt` and `attributions/NAME_xxxx.ann` (the first annotator's file). */
export function readPolnear(dir: string): PolnearArticle[] {
  const textDir = join(dir, "text");
  const annDir = join(dir, "attributions");
  for (const needed of [textDir, annDir]) if (!existsSync(needed)) throw new InputError(needed, 0, "not found: a PolNeAR folder holds text/ and attributions/");
  const annotations = readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort();
  const texts = readdirSync(textDir).filter((f) => f.endsWith(".txt")).sort();
  if (texts.length === 0) throw new InputError(textDir, 0, "holds no .txt article");
  return texts.map((f) => {
    const name = basename(f, ".txt");
    const annFile = annotations.find((a) => a.startsWith(`${name}_`) || a === `${name}.ann`);
    if (!annFile) throw new InputError(join(textDir, f), 0, `no annotation file ${name}_xxxx.ann in ${annDir}`);
    const text = readText(join(textDir, f));
    return { name, text, attributions: parseBrat(join(annDir, annFile), readText(join(annDir, annFile)), text) };
  });
}

/** Whether an attribution's cue is an act of speech or writing (the list in data/benchmarks.yaml). */
export function isSpeech(attribution: Attribution, cues: ReadonlySet<string>): boolean {
  const cue = attribution.cue?.text.toLowerCase() ?? "";
  const words = cue.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return cue.trim() !== "";
  return words.some((w) => cues.has(w));
}

export function predictPolnear(articles: PolnearArticle[], dictionaries?: Dictionaries): PolnearPredictions {
  const ids = articles.map((_, i) => textId("pn", i));
  const byText = rowsByArticle(extractTexts(articles.map((a, i) => ({ id: ids[i], text: a.text })), dictionaries).statements);
  return articles.map((a, i) => ({
    article: a.name,
    statements: (byText.get(ids[i]) ?? []).map((s) => ({ char_start: s.char_start, char_end: s.char_end, speaker: s.speaker, kind: s.kind, stance: s.stance })),
  }));
}

const overlap = (spans: Span[], s: number, e: number) => spans.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
/** A pronoun, also a relative naming a part of a group ("many of whom", "some of which"). */
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|who|which|\p{L}+ of (?:whom|which))$/iu;
/** A definite description with no name of its own: "the senator", "The former first lady and U.S. senator". */
const DESCRIPTION = /^[Tt]he\s(?:.*\s)?\p{Ll}[\p{Ll}-]*$/u;

/** Whether a predicted speaker is the gold source (see the module comment). */
export function speakerMatches(text: string, source: NonNullable<Attribution["source"]>, speaker: string): boolean {
  if (sameSpeaker(source.text, speaker)) return true;
  // "Rendell, a Clinton surrogate,", "Mr. Barrett, the lawyer for the agency", "Kall -- co-editor of
  // the journal --": the annotators mark the apposition, between commas or dashes, with the name.
  const named = source.text.split(/,|\s(?:--|—|–)\s/)[0].trim();
  if (named !== source.text.trim() && named && sameSpeaker(named, speaker)) return true;
  const words = source.text.trim();
  if (!(PRONOUN.test(words) || DESCRIPTION.test(words)) || !speaker.trim()) return false;
  const before = text.slice(Math.max(0, source.spans[0][0] - 600), source.spans[0][0]);
  const last = speaker.trim().split(/\s+/).pop()!;
  return last.length > 1 && new RegExp(`\\b${escapeRegExp(last)}\\b`).test(before);
}

export function scorePolnear(articles: PolnearArticle[], predictions: PolnearPredictions, config: BenchmarkConfig["polnear"]): PolnearScore {
  const cues = new Set(config.speech_cues.map((c) => c.toLowerCase()));
  let matched = 0;
  let predicted = 0;
  let speech = 0;
  let annotated = 0;
  let judged = 0;
  let rightSpeaker = 0;
  articles.forEach((article, i) => {
    const statements = predictions[i]?.statements ?? [];
    const scored = article.attributions.filter((a) => isSpeech(a, cues));
    const others = article.attributions.filter((a) => !isSpeech(a, cues));
    speech += scored.length;
    annotated += article.attributions.length;
    const pairs: Array<Candidate<number>> = [];
    statements.forEach((s, p) => scored.forEach((a, g) => {
      const score = overlap(a.content, s.char_start, s.char_end);
      if (score > 0) pairs.push({ g, p, score });
    }));
    const chosen = matchOneToOne(pairs);
    const predTaken = new Set([...chosen.values()].map((c) => c.p));
    for (const { g, p } of chosen.values()) {
      const source = scored[g].source;
      if (source) {
        judged++;
        if (speakerMatches(article.text, source, statements[p].speaker)) rightSpeaker++;
      }
    }
    // A statement on an attribution of thought is outside the scored set: neither right nor wrong.
    statements.forEach((s, p) => {
      if (predTaken.has(p)) return;
      const onPairedSpeech = scored.some((a) => overlap(a.content, s.char_start, s.char_end) > 0);
      if (!onPairedSpeech && others.some((a) => overlap(a.content, s.char_start, s.char_end) > 0)) return;
      predicted++;
    });
    predicted += predTaken.size;
    matched += chosen.size;
  });
  return {
    articles: articles.length,
    speech,
    annotated,
    statements: prf(matched, predicted, speech),
    speakerAccuracy: judged ? rightSpeaker / judged : 0,
    speakersJudged: judged,
  };
}
