/**
 * Actors: the gazetteer of states, capitals, bodies, media and people (`data/actors.yaml`)
 * and a matcher that finds them in text. Matching walks a trie of alias tokens, so it is
 * linear in the text and always takes the longest alias ("North Korea's foreign ministry"
 * over "North Korea").
 */
import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, loadDictionary, memoiseDictionary } from "./dictionaries.ts";
import { InputError } from "./errors.ts";
import { straightApostrophes } from "./text.ts";
import { worldPlaces } from "./world-places.ts";
import { worldStates } from "./world-states.ts";
import { stateInstitutions } from "./state-institutions.ts";
import { loadGenderWords } from "./speakers/gender.ts";

export const ACTOR_KINDS = ["state", "capital", "government", "agency", "military", "media", "body", "person", "group", "place"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Kinds of actor that stand for a state itself: its name, its capital, its government ("Seoul", "the Thai government"). */
export const STATE_KINDS: ReadonlySet<string> = new Set<ActorKind>(["state", "capital", "government"]);

export interface Actor {
  name: string;
  code: string;
  kind: ActorKind;
  aliases: string[];
  demonyms: string[];
  role: string;
}

export interface ActorMention {
  actor: Actor;
  start: number;
  end: number;
  text: string;
  /** True when the mention is a demonym ("North Korean"), not a name. */
  demonym: boolean;
}

const actorSchema = z.array(
  z.object({
    name: z.string().min(1),
    code: z.string().regex(/^(?:[A-Z]{2,4})?$/, "must be an ISO 3166-1 alpha-3 code, UN, UNSC, NATO, EU, or empty"),
    kind: z.enum(ACTOR_KINDS),
    aliases: z.array(z.string().min(1)).min(1),
    demonyms: z.array(z.string().min(1)).optional(),
    role: z.string().optional(),
  }),
);

interface Token {
  text: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The same classes, tested at a position (sticky), for characters outside ASCII. */
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const SPACE_AT = /\s/y;

/**
 * The tokens the pattern /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu finds: runs of letters and
 * digits, and every other character but spaces on its own. Scanned by hand, with ASCII
 * classified without a pattern: the gazetteer tokenizes every sentence and article, and
 * the pattern's match objects cost more than the matching.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isLetterOrDigitAt(text, i, code)) {
      let j = i + codePointLength(text, i, code);
      while (j < n) {
        const next = text.charCodeAt(j);
        if (!isLetterOrDigitAt(text, j, next)) break;
        j += codePointLength(text, j, next);
      }
      tokens.push({ text: text.slice(i, j), start: i, end: j });
      i = j;
    } else if (isSpaceAt(text, i, code)) {
      i++;
    } else {
      const j = i + codePointLength(text, i, code);
      tokens.push({ text: text.slice(i, j), start: i, end: j });
      i = j;
    }
  }
  return tokens;
}

/**
 * Words as /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*\/gu finds them ("Kim", "Min-jun",
 * "U.S", "Korea’s"), and with `symbols` also every other character but spaces on its own
 * (the pattern's alternative |\S). Flat start and end offsets: [s0, e0, s1, e1, …].
 * Scanned by hand for the reason tokenize is.
 */
export function wordSpans(text: string, symbols: boolean): number[] {
  const spans: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isLetterOrDigitAt(text, i, code)) {
      let j = endOfRun(text, i);
      // A hyphen, period or apostrophe joins two runs into one word.
      while (j + 1 < n && isJoiner(text.charCodeAt(j)) && isLetterOrDigitAt(text, j + 1, text.charCodeAt(j + 1))) j = endOfRun(text, j + 1);
      spans.push(i, j);
      i = j;
    } else if (symbols && !isSpaceAt(text, i, code)) {
      const j = i + codePointLength(text, i, code);
      spans.push(i, j);
      i = j;
    } else {
      i += codePointLength(text, i, code);
    }
  }
  return spans;
}

/** The end of the run of letters and digits that starts at `i`. */
function endOfRun(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (!isLetterOrDigitAt(text, j, code)) break;
    j += codePointLength(text, j, code);
  }
  return j;
}

/** - . ' ’ */
const isJoiner = (code: number) => code === 45 || code === 46 || code === 39 || code === 0x2019;

/** Whether the code point at `i` (whose first code unit is `code`) is a letter or digit (\p{L} or \p{N}). */
export function isLetterOrDigitAt(text: string, i: number, code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  LETTER_OR_DIGIT_AT.lastIndex = i;
  return LETTER_OR_DIGIT_AT.test(text);
}

function isSpaceAt(text: string, i: number, code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  SPACE_AT.lastIndex = i;
  return SPACE_AT.test(text);
}

/** 2 for a surrogate pair (one code point), else 1, as a pattern with the u flag reads the text. */
export function codePointLength(text: string, i: number, code: number): number {
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}


/** Lower-case words of an alias match in any case; capitalised ones (and other tokens) exactly. */
const matchesAnyCase = (token: string) => /^\p{Ll}/u.test(token);

interface TrieNode {
  /** Next alias words written with a capital (or not a letter): they match exactly. */
  exact: Map<string, TrieNode>;
  /** Next alias words written in lower case, by that lower case: they match in any case. */
  anyCase: Map<string, TrieNode>;
  entry?: { actor: Actor; demonym: boolean };
}

const trieNode = (): TrieNode => ({ exact: new Map(), anyCase: new Map() });

/** Texts whose mentions are remembered (see Gazetteer.find), and the longest such text. */
const FIND_MEMO_ENTRIES = 20_000;
const FIND_MEMO_MAX_LENGTH = 20_000;

export class Gazetteer {
  readonly actors: Actor[];
  private readonly root: TrieNode = trieNode();
  private readonly byName = new Map<string, Actor>();
  /**
   * Mentions already found, by text, at offset 0. The extractors look up the same texts
   * again and again (each sentence by statements and events, each article twice, speaker
   * phrases once per statement), and matching is a good part of the extraction's time.
   * Bounded: it is emptied when full, so memory stays flat on any corpus.
   */
  private readonly memo = new Map<string, readonly ActorMention[]>();
  /**
   * For each ASCII code, 1 when a token starting with it may start an alias. A token that
   * starts with another ASCII character is skipped unread; one that starts outside ASCII
   * is always looked up (its key or lower case may begin with ASCII: ’ → ', K → k).
   */
  private readonly rootStarts = new Uint8Array(128);

  /**
   * Given names, lower case: a one-word name right after one is a surname ("Jim Jordan", "Chuck
   * Austin"), not the state or person the gazetteer knows by it.
   */
  private readonly givenNames: ReadonlySet<string>;

  constructor(actors: Actor[], file = "actors", givenNames: Iterable<string> = []) {
    this.actors = actors;
    this.givenNames = new Set(givenNames);
    for (const actor of actors) {
      this.byName.set(actor.name.toLowerCase(), actor);
      for (const alias of [actor.name, ...actor.aliases]) this.add(alias, actor, false, file);
      for (const demonym of actor.demonyms) this.add(demonym, actor, true, file);
    }
    // An exact key starts with the token's own first character; an any-case key with its lower case.
    for (const key of this.root.exact.keys()) if (key.charCodeAt(0) < 128) this.rootStarts[key.charCodeAt(0)] = 1;
    for (const key of this.root.anyCase.keys()) {
      const code = key.charCodeAt(0);
      if (code >= 97 && code <= 122) this.rootStarts[code] = this.rootStarts[code - 32] = 1;
      else if (code < 128) this.rootStarts[code] = 1;
    }
  }

  private add(alias: string, actor: Actor, demonym: boolean, file: string): void {
    let node = this.root;
    for (const token of tokenize(alias)) {
      const key = straightApostrophes(token.text);
      const children = matchesAnyCase(key) ? node.anyCase : node.exact;
      let child = children.get(key);
      if (!child) children.set(key, (child = trieNode()));
      node = child;
    }
    // The same alias for two actors would make matching depend on file order.
    if (node.entry && node.entry.actor !== actor && node.entry.actor.code !== actor.code && !demonym && !node.entry.demonym) {
      throw new InputError(file, 0, `alias "${alias}" names both ${node.entry.actor.name} and ${actor.name}`);
    }
    if (!node.entry || (!demonym && node.entry.demonym)) node.entry = { actor, demonym };
  }

  /** The actor a name stands for, by its name or any alias. */
  lookup(name: string): Actor | undefined {
    const direct = this.byName.get(name.toLowerCase());
    if (direct) return direct;
    const whole = this.find(name);
    return whole.length === 1 && whole[0].start === 0 && whole[0].end === name.trim().length ? whole[0].actor : undefined;
  }

  /** Every actor mention in a text, longest first, not overlapping; `offset` shifts the positions. */
  find(text: string, offset = 0): ActorMention[] {
    let found = this.memo.get(text);
    if (!found) {
      found = this.match(text);
      if (text.length <= FIND_MEMO_MAX_LENGTH) {
        if (this.memo.size >= FIND_MEMO_ENTRIES) this.memo.clear();
        this.memo.set(text, found);
      }
    }
    // Fresh objects: callers own what they get.
    return found.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
  }

  private match(text: string): ActorMention[] {
    const tokens = tokenize(text);
    // Each token's key forms once, not once per trie walk that reaches it, and only for
    // tokens a walk reaches.
    const keys: string[] = [];
    const lowers: string[] = [];
    const mentions: ActorMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      // Most words start no alias: skip them without walking the trie, most by their first character.
      const first = tokens[i].text.charCodeAt(0);
      if ((first < 128 && !this.rootStarts[first]) || (!this.root.exact.has(keyAt(tokens, keys, i)) && !this.root.anyCase.has(lowerAt(tokens, keys, lowers, i)))) {
        i++;
        continue;
      }
      // Walk the trie; a word may follow both its exact and its any-case branch ("The" in "The Kremlin").
      let best: { end: number; entry: NonNullable<TrieNode["entry"]> } | undefined;
      let frontier: TrieNode[] = [this.root];
      for (let j = i; j < tokens.length && frontier.length > 0; j++) {
        const next: TrieNode[] = [];
        for (const node of frontier) {
          const exact = node.exact.get(keyAt(tokens, keys, j));
          const anyCase = node.anyCase.get(lowerAt(tokens, keys, lowers, j));
          if (exact) next.push(exact);
          if (anyCase) next.push(anyCase);
        }
        for (const node of next) if (node.entry && (!best || best.end < j || (best.entry.demonym && !node.entry.demonym))) best = { end: j, entry: node.entry };
        frontier = next;
      }
      // A match must end at a word boundary: "US" is not the start of "USS"; nor may "the" and one name
      // run on into a longer name: "the North" is not "the North African country", "the South" not "the South China Sea".
      if (best && !LETTER_OR_DIGIT.test(text[tokens[best.end].end] ?? "") && !runsOnIntoName(tokens, i, best.end, text) && !(best.end === i && this.afterGivenName(tokens, i, text))) {
        const start = tokens[i].start;
        const end = tokens[best.end].end;
        mentions.push({ actor: best.entry.actor, demonym: best.entry.demonym, start, end, text: text.slice(start, end) });
        i = best.end + 1;
      } else {
        i++;
      }
    }
    return mentions;
  }

  /** Whether token `i` is a capitalised given name's surname: the given name one space before it ("Jim Jordan"). */
  private afterGivenName(tokens: Token[], i: number, text: string): boolean {
    const before = tokens[i - 1];
    return !!before && before.end + 1 === tokens[i].start && text[before.end] === " " && /^\p{Lu}\p{Ll}/u.test(before.text) && this.givenNames.has(before.text.toLowerCase());
  }
}

/** Whether a match of "the" and one capitalised word (tokens `i` to `end`) is followed, one space on, by another capitalised word. */
function runsOnIntoName(tokens: Token[], i: number, end: number, text: string): boolean {
  const next = tokens[end + 1];
  return end === i + 1 && tokens[i].text.toLowerCase() === "the" && !!next && next.start === tokens[end].end + 1 && text[tokens[end].end] === " " && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** The trie key of token `j` ("’" read as "'"), formed on first use. */
function keyAt(tokens: Token[], keys: string[], j: number): string {
  return (keys[j] ??= straightApostrophes(tokens[j].text));
}

/** The lower-case trie key of token `j`, formed on first use. */
function lowerAt(tokens: Token[], keys: string[], lowers: string[], j: number): string {
  return (lowers[j] ??= keyAt(tokens, keys, j).toLowerCase());
}

export function loadGazetteer(dir = DATA_DIR): Gazetteer {
  const file = join(dir, "actors.yaml");
  const entries = loadDictionary("actors.yaml", actorSchema, dir);
  const listed: Actor[] = entries.map((e) => ({ name: e.name, code: e.code, kind: e.kind, aliases: e.aliases, demonyms: e.demonyms ?? [], role: e.role ?? "" }));
  const withStates = [...listed, ...worldStates(listed, dir)];
  const states = [...withStates, ...stateInstitutions(withStates, dir)];
  return new Gazetteer([...states, ...worldPlaces(states, dir)], file, loadGenderWords(dir).firstNames.keys());
}

/** The gazetteer of `dir`, loaded once and shared by every extractor while actors.yaml is unchanged. */
export function sharedGazetteer(dir = DATA_DIR): Gazetteer {
  return memoiseDictionary("gazetteer", dir, ["actors.yaml", "world-states.yaml", "state-institutions.yaml", "world-places.yaml", "gender-words.yaml"], () => loadGazetteer(dir));
}

/** Codes of several actors joined with ";" in the order named, without repeats. */
export function joinCodes(codes: Iterable<string>): string {
  return [...new Set([...codes].filter(Boolean))].join(";");
}

/** The codes of a cell joined by joinCodes (or by hand, with spaces): "PRK;RUS" → ["PRK", "RUS"]. */
export function splitCodes(cell: string): string[] {
  return String(cell ?? "").split(";").map((c) => c.trim()).filter(Boolean);
}
