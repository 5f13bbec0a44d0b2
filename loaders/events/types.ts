/**
 * The shapes the event coder passes between its steps: the row it writes, the parties it
 * finds in a sentence, the speakers it attributes speech to and the mentions of an act.
 */
import type { ActorKind } from "../actors.ts";
import type { PartOfSpeech } from "../analysis/index.ts";
import type { DateMention } from "../dates.ts";
import type { EventEntry } from "../event-dictionary.ts";
import type { PloverType } from "../plover.ts";
import { EVENT_STATUSES, EVENTS, type RowOf } from "../schema.ts";
import type { Sentence } from "../text.ts";
import type { EventWords } from "./words.ts";

export type EventStatus = (typeof EVENT_STATUSES)[number];

/** A row of the events table (its schema is in loaders/schema.ts). */
export type EventRow = RowOf<typeof EVENTS>;

export interface Party {
  /** Sentence-relative span. */
  start: number;
  end: number;
  codes: string[];
  names: string[];
  kinds: ActorKind[];
  /** A demonym or possessive ("North Korean", "Russia's"): it modifies a noun. */
  modifier: boolean;
  /** Joined by hyphens ("US-North Korea"). */
  hyphenated: boolean;
  /** A person's name inside the group, for speaker identity. */
  person: string;
  /** A pronoun or "the three allies", resolved from earlier text. */
  anaphor: boolean;
  /** A demonym naming people of a state ("Malian insurgents", "Chileans"): "they" may refer to it. */
  people?: boolean;
  /** A subject the gazetteer does not name, placed in the state ("Militias in Chad"). */
  placed?: boolean;
}

export type SpeakerLevel = "state" | "person" | "body" | "description";

export interface Attribution {
  /** Span of the speech verb, sentence-relative. */
  start: number;
  end: number;
  verb: string;
  /** The speaker's codes (empty when the article does not say whom the speaker speaks for). */
  codes: string[];
  key: string;
  level: SpeakerLevel;
  /** A media outlet, analyst or other speaker that speaks for no state. */
  stateless: boolean;
  /** The date said to be when it was said ("said Thursday", "Last week, X said"). */
  date?: DateMention;
}

export interface Mention {
  entry: EventEntry | undefined;
  rule: string;
  type: PloverType;
  mode: string;
  sentence: Sentence;
  /** Trigger span, sentence-relative. */
  ts: number;
  te: number;
  actor: string[];
  target: string[];
  pendingActor?: "reply";
  pendingTarget?: "accuser";
  fallbackTarget: string[];
  status: EventStatus;
  date?: DateMention;
  speakerKey: string;
  speakerLevel: SpeakerLevel;
  speech: boolean;
  symmetric: boolean;
  /** The act's direction is unknown ("arms transfers between Moscow and Pyongyang"). */
  undirected: boolean;
  location: string;
  /** The mention tells an act told before: a definite noun ("the strike") or a doer taken from that act (told-before.ts). */
  toldBefore?: boolean;
  /** Index of the sentence in the article, for "the occasion it continues". */
  index: number;
  /** The sentence is attributed to a speaker (a statement said it). */
  attributed: boolean;
  /** The subject's words when the gazetteer names no actor ("President Ana Ruiz"): an actor with no code. */
  genericActor?: string;
  /** Actor and target are two parties of one state (loaders/events/domestic.ts): the target may keep the actor's codes. */
  domestic?: boolean;
  /** For an act made in person (a visit), the person its actor names ("Russian Defense Minister Andrei Belousov"; merging.ts). */
  person?: string;
  /** The one person or body its actor names ("Gov. Ana Ruiz", "the Senate"), when it names one: two doers are two acts (merging.ts). */
  doer?: string;
  /** For an act of giving, the count its verb moves ("deliver 15 more tanks"; moved-count.ts). */
  moved?: number;
}

/** A word of the sentence as the roles read it: sentence offsets and part of speech. */
export interface ClauseWord {
  start: number;
  end: number;
  pos: PartOfSpeech;
  lower: string;
}

export interface RoleContext {
  /** The function words a clause is read with. */
  words: EventWords;
  /** The sentence's words, with their parts of speech (the analysis layer's). */
  tokens: readonly ClauseWord[];
  entry?: EventEntry;
  /** Mentions already read in the same sentence. */
  earlier: Mention[];
  quotes: Array<[number, number]>;
  /** Speech entries skip parties inside an earlier speech verb's reported clause. */
  speech: boolean;
  attributions: Attribution[];
  text: string;
  ts: number;
  te: number;
  parties: Party[];
  attribution: Attribution | undefined;
  /** The group after "between", once looked for (see findBetween). */
  between?: { party: Party | undefined };
}
