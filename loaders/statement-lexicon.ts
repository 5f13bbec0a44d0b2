/**
 * The dictionaries the statements extractor reads: speech verbs and nouns with their
 * stance and syntax (data/speech-verbs.yaml), speaker words and titles (data/speakers.yaml)
 * and channels (data/channels.yaml). Kept as data so an editor can review and extend them.
 */
import { join } from "node:path";
import { z } from "zod";
import { STANCES } from "./schema.ts";
import { sharedGazetteer, type Gazetteer } from "./actors.ts";
import { compilePattern, DATA_DIR, loadDictionary, memoiseDictionary } from "./dictionaries.ts";
import { WordStartIndex } from "./pattern-word-starts.ts";
import { namingLead } from "./speakers/appositive.ts";
import { knownAsPattern } from "./speakers/known-as.ts";
import { loadSpeakerWords, type SpeakerWords } from "./speakers/words.ts";
import { loadStatementWords, STATEMENT_WORDS_FILE, type StatementWords } from "./statements/words.ts";
import { loadStanceWords, STANCE_WORDS_FILE, type StanceWords } from "./statements/stance-words.ts";
import { institutionPattern } from "./state-institutions.ts";
import { EVALUATION_WORDS_FILE, PRAISE_WORDS_FILE, loadEvaluations, loadPraise } from "./statements/evaluations.ts";
import { loadJudgementWords, type JudgementWords, type Valence } from "./statements/judged-parties.ts";
import { loadPraiseValence } from "./statements/praised-parties.ts";
import { loadNamingVerbs, type NamingVerbs } from "./statements/naming-judgements.ts";
import { loadBackingVerbs, type BackingVerbs } from "./statements/backing-words.ts";
import { loadStanceClauses, type StanceClauses } from "./statements/stance-clauses.ts";
import { NEGATED_QUALITIES_FILE, loadNegatedQualities } from "./statements/negated-qualities.ts";

export { STANCES };
export type Stance = (typeof STANCES)[number];

const stance = z.enum(STANCES);

const speechVerbsSchema = z.object({
  verbs: z.array(
    z.object({
      lemma: z.string().min(1),
      forms: z.array(z.string().min(1)).min(1),
      stance,
      syntax: z.enum(["that", "object"]),
      quoted: z.boolean().optional(),
      needs_that: z.boolean().optional(),
      after_object: z.array(z.enum(["as", "for", "to", "with"])).optional(),
      relays: z.boolean().optional(),
    }),
  ),
  nouns: z.object({
    source: z.array(z.string().min(1)),
    stance: z.record(z.string(), stance),
  }),
  frames: z.array(z.object({ pattern: z.string().min(1), example: z.string().min(1), expect: z.object({ speaker: z.string().min(1), via: z.string().min(1).optional(), stance: stance.optional() }) })),
  evidence: z.array(z.object({ lemma: z.string().min(1), forms: z.array(z.string().min(1).regex(/^\S+$/, "one word")).min(1) })),
  attributing_phrases: z.array(z.string().min(1)).min(1),
  continuing: z.array(z.string().min(1)),
  negation: z.string().min(1),
  cues: z.array(z.object({ stance, pattern: z.string().min(1), example: z.string().min(1) })),
});

const speakersSchema = z.object({
  role_words: z.array(z.string().min(1)),
  speaker_heads: z.array(z.string().min(1)),
  body_heads: z.array(z.string().min(1)),
  independent_heads: z.array(z.string().min(1)),
  leaning_heads: z.array(z.string().min(1)),
  anonymous: z.array(z.string().min(1)),
  title_words: z.array(z.string().min(1)),
  broad_body_heads: z.array(z.string().min(1)),
  naming_participles: z.array(z.string().min(1)),
  naming_nouns: z.array(z.string().min(1)),
  role_links: z.record(z.string(), z.array(z.string().min(1))),
  category_heads: z.record(z.string(), z.array(z.string().min(1).regex(/^[\p{L}-]+$/u, "one word, letters only"))),
  kind_heads: z.record(z.string(), z.array(z.string().min(1).regex(/^[\p{Ll}]+$/u, "a gazetteer kind, lower case"))),
  numbers: z.record(z.string(), z.number().int().positive()),
  media_heads: z.array(z.string().min(1)),
  outlet_nouns: z.array(z.string().min(1)),
  publication_heads: z.array(z.string().min(1)),
});

const channelsSchema = z.object({
  channels: z.array(
    z.object({
      pattern: z.string().min(1),
      media: z.boolean().optional(),
      example: z.string().min(1),
      expect: z.string(),
    }),
  ),
});

export interface SpeechVerb {
  lemma: string;
  form: string;
  /** The form's words, lower-case ("called on" → ["called", "on"]). */
  words: string[];
  stance: Stance;
  syntax: "that" | "object";
  /** Speech only when its clause holds a quotation ("called the veto \"a cynical move\""). */
  quoted: boolean;
  /** Speech only before "that" ("assessed that …"; "found 27 shipments" or "analysed debris and found it matches" tell acts). */
  needsThat: boolean;
  /** Speech only where one of these words follows its object ("cited the audit as the reason", "attacked Berg for her vote"); empty: always. */
  afterObject: string[];
  /** Passes words on: with another's words and their author as its object ("cited a report by …"), the author speaks alone. */
  relays: boolean;
}

export interface Channel {
  pattern: RegExp;
  media: boolean;
  example: string;
  expect: string;
}

/** A construction that names who spoke around the words spoken (data/speech-verbs.yaml's frames). */
export interface FramePattern {
  pattern: RegExp;
  example: string;
  expect: { speaker: string; via?: string; stance?: Stance };
}

/** A content's words that tell the speaker's stance (data/speech-verbs.yaml's cues). */
export interface StanceCue {
  stance: Stance;
  pattern: RegExp;
  /** The same pattern with the g flag, for every place it stands in a text. */
  everywhere: RegExp;
  example: string;
}

export interface StatementLexicon {
  /** Speech verbs by their first word, lower-case. */
  verbs: Map<string, SpeechVerb[]>;
  /** Verbs of evidence and estimate whose subject claims an amount ("data … shows", "analysts believe"), lower-case forms. */
  evidenceVerbs: Set<string>;
  /** Phrases after which the claimant of an amount stands ("according to"), lower-case. */
  attributingPhrases: string[];
  sourceNouns: Set<string>;
  stanceNouns: Map<string, Stance>;
  /** Speech frames ("TASS cited Peskov as saying", "condemned by the U.S."): patterns with the group `speaker`, and `via` or `verb`. */
  frames: FramePattern[];
  /** The frames by the word beginnings their patterns need (see loaders/pattern-word-starts.ts). */
  framesByWord: WordStartIndex<FramePattern>;
  negation: RegExp;
  cues: StanceCue[];
  /** The cues by the word beginnings their patterns need: a statement's words say which cues may stand in it. */
  cuesByWord: WordStartIndex<StanceCue>;
  roleWords: Set<string>;
  speakerHeads: Set<string>;
  independentHeads: Set<string>;
  /** Heads that hold no office, whom a party's adjective gives a leaning, not a state ("a Tory pollster"). */
  leaningHeads: Set<string>;
  bodyHeads: Set<string>;
  /** Heads of a description that takes up the last outlet quoted ("the newspaper"). */
  mediaHeads: Set<string>;
  /** Nouns that describe an outlet by its kind ("broadcaster", "media outlet"): such a description takes up the outlet so described. */
  outletNouns: Set<string>;
  /** Words a publication's capitalised name ends in ("The Riverside Gazette"). */
  publicationHeads: Set<string>;
  anonymous: Set<string>;
  titleWords: Set<string>;
  roleLinks: Map<string, string[]>;
  broadBodyHeads: Set<string>;
  /** "identified only by his surname", "named as": a participle naming the person an apposition gives. */
  namingLead: RegExp;
  /** ", commonly known as Tito,": the one-word name a person goes by after the full name (speakers/known-as.ts). */
  knownAs: RegExp;
  /** Generic heads ("the organization") and the words a body's name ends in that they take up ("Union", "League"). */
  categoryHeads: Map<string, string[]>;
  /** The gazetteer kinds of body a description's head takes up ("the news agency" → media, agency). */
  kindHeads: Map<string, string[]>;
  numbers: Map<string, number>;
  channels: Channel[];
  /** The function words an attribution is read with (data/statement-words.yaml). */
  words: StatementWords;
  /** The function words a speaker phrase is read with (data/speakers.yaml). */
  speakerWords: SpeakerWords;
  /** The words stance is read with beyond the verb (data/stance-words.yaml). */
  stanceWords: StanceWords;
  /** Negative evaluations of a party or its acts, as one global pattern (data/evaluation-words.yaml). */
  evaluations: RegExp;
  /** Praise of a party or its acts, as one global pattern (data/praise-words.yaml). */
  praise: RegExp;
  /** A quality a role asks said to be missing ("is not qualified", "has no plan"), one global pattern (data/negated-qualities.yaml). */
  negatedQualities: RegExp;
  /** Words of negative valence and the exceptions that judge no one (data/negative-valence.yaml, data/judgement-exceptions.yaml). */
  judgementWords: JudgementWords;
  /** Words of positive valence that praise a third party, null where switched off (data/positive-valence.yaml). */
  praiseValence: Valence | null;
  /** Verbs of naming a party with a word of judgement ("called her a liar"), data/naming-verbs.yaml. */
  namingVerbs: NamingVerbs;
  /** Verbs of standing by a party told in reported words ("had defended Vale"), data/backing-verbs.yaml. */
  backingVerbs: BackingVerbs;
  /** Clause shapes of a denial or a warning (data/stance-clauses.yaml). */
  stanceClauses: StanceClauses;
  /** Words for a state's institutions and offices that name no state ("the court", "lawmakers"), one pattern (data/state-institutions.yaml). */
  institutions: RegExp;
  gazetteer: Gazetteer;
}

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

/** The files the statement lexicon is read from. */
const STATEMENT_FILES = ["speech-verbs.yaml", "speakers.yaml", "gender-words.yaml", "channels.yaml", STATEMENT_WORDS_FILE, STANCE_WORDS_FILE, EVALUATION_WORDS_FILE, PRAISE_WORDS_FILE, NEGATED_QUALITIES_FILE, "actors.yaml", "state-institutions.yaml"];

/** The statement lexicon of `dir`, loaded once (with the shared gazetteer) while its files are unchanged. */
export function sharedStatementLexicon(dir = DATA_DIR): StatementLexicon {
  return memoiseDictionary("statements", dir, STATEMENT_FILES, () => loadStatementLexicon(dir, sharedGazetteer(dir)));
}

/** The speech verbs of data/speech-verbs.yaml, each form under its first word, longer forms first. */
function speechVerbsByFirstWord(entries: z.infer<typeof speechVerbsSchema>["verbs"], continuing: readonly string[]): Map<string, SpeechVerb[]> {
  const verbs = new Map<string, SpeechVerb[]>();
  const continued = new Set<string>();
  for (const entry of entries) {
    for (const form of [...entry.forms, ...continuingForms(entry, continuing, continued)]) {
      const words = form.toLowerCase().split(/\s+/);
      const list = verbs.get(words[0]) ?? [];
      list.push({ lemma: entry.lemma, form, words, stance: entry.stance, syntax: entry.syntax, quoted: entry.quoted ?? false, needsThat: entry.needs_that ?? false, afterObject: entry.after_object ?? [], relays: entry.relays ?? false });
      // Longer forms first, so "called on" wins over a bare "called".
      list.sort((a, b) => b.words.length - a.words.length);
      verbs.set(words[0], list);
    }
  }
  return verbs;
}

/**
 * "went on to explain that …", "going on to accuse the board of …": a verb that carries the talk on, then the base
 * form of a speech verb, frames the clause as the speech verb does. Made once per lemma, from its first entry with
 * a form of one word (not "called on" for "call"); a lemma spelt "-ise" also as "-ize" ("went on to criticize").
 */
function continuingForms(entry: z.infer<typeof speechVerbsSchema>["verbs"][number], continuing: readonly string[], done: Set<string>): string[] {
  // A verb that speaks only where a word follows its object ("attributed the delay to …") reads that word after its own form.
  if (done.has(entry.lemma) || !entry.forms.some((f) => !/\s/.test(f)) || entry.after_object?.length) return [];
  done.add(entry.lemma);
  const bases = entry.lemma.endsWith("ise") ? [entry.lemma, entry.lemma.replace(/ise$/, "ize")] : [entry.lemma];
  return continuing.flatMap((lead) => bases.map((base) => `${lead} ${base}`));
}

/**
 * Reads and checks the statement dictionaries from `dir`, with its actor gazetteer (the
 * shared one by default: it is immutable, and loading it again is most of the cost).
 */
export function loadStatementLexicon(dir = DATA_DIR, gazetteer: Gazetteer = sharedGazetteer(dir)): StatementLexicon {
  const speech = loadDictionary("speech-verbs.yaml", speechVerbsSchema, dir);
  const speakers = loadDictionary("speakers.yaml", speakersSchema, dir);
  const channels = loadDictionary("channels.yaml", channelsSchema, dir);
  const verbs = speechVerbsByFirstWord(speech.verbs, speech.continuing);
  const file = (name: string) => join(dir, name);
  const frames = speech.frames.map((f) => ({ pattern: compilePattern(file("speech-verbs.yaml"), f.pattern, "dgiu"), example: f.example, expect: f.expect }));
  const cues = speech.cues.map((c) => {
    const pattern = compilePattern(file("speech-verbs.yaml"), c.pattern, "i");
    return { stance: c.stance, pattern, everywhere: new RegExp(pattern.source, "gi"), example: c.example };
  });
  const speakerWords = loadSpeakerWords(dir);
  return {
    verbs,
    evidenceVerbs: lower(speech.evidence.flatMap((v) => v.forms)),
    attributingPhrases: speech.attributing_phrases.map((p) => p.toLowerCase()),
    sourceNouns: lower(speech.nouns.source),
    stanceNouns: new Map(Object.entries(speech.nouns.stance).map(([k, v]) => [k.toLowerCase(), v])),
    frames,
    framesByWord: WordStartIndex.of(frames, (f) => f.pattern),
    negation: compilePattern(file("speech-verbs.yaml"), speech.negation, "i"),
    cues,
    cuesByWord: WordStartIndex.of(cues, (c) => c.pattern),
    roleWords: lower(speakers.role_words),
    speakerHeads: lower(speakers.speaker_heads),
    independentHeads: lower(speakers.independent_heads),
    leaningHeads: lower(speakers.leaning_heads),
    bodyHeads: lower(speakers.body_heads),
    mediaHeads: lower(speakers.media_heads),
    outletNouns: lower(speakers.outlet_nouns),
    publicationHeads: lower(speakers.publication_heads),
    anonymous: lower(speakers.anonymous),
    titleWords: lower(speakers.title_words),
    categoryHeads: new Map(Object.entries(speakers.category_heads).map(([k, v]) => [k.toLowerCase(), v.map((x) => x.toLowerCase())])),
    kindHeads: new Map(Object.entries(speakers.kind_heads).map(([k, v]) => [k.toLowerCase(), v])),
    broadBodyHeads: lower(speakers.broad_body_heads),
    namingLead: namingLead(speakers.naming_participles, speakers.naming_nouns),
    knownAs: knownAsPattern(speakers.naming_participles),
    roleLinks: new Map(Object.entries(speakers.role_links).map(([k, v]) => [k.toLowerCase(), v.map((x) => x.toLowerCase())])),
    numbers: new Map(Object.entries(speakers.numbers).map(([k, v]) => [k.toLowerCase(), v])),
    channels: channels.channels.map((c) => ({
      pattern: compilePattern(file("channels.yaml"), c.pattern, "g"),
      media: c.media ?? false,
      example: c.example,
      expect: c.expect,
    })),
    words: loadStatementWords(dir, speakerWords),
    speakerWords,
    stanceWords: loadStanceWords(dir),
    evaluations: loadEvaluations(dir),
    praise: loadPraise(dir),
    negatedQualities: loadNegatedQualities(dir),
    judgementWords: loadJudgementWords(dir),
    praiseValence: loadPraiseValence(dir),
    namingVerbs: loadNamingVerbs(dir), backingVerbs: loadBackingVerbs(dir),
    stanceClauses: loadStanceClauses(dir),
    institutions: institutionPattern(dir),
    gazetteer,
  };
}

/** Moved to the attribution module; kept here for the importers that read it from the lexicon. */
export { attributingVerbs } from "./attribution.ts";
