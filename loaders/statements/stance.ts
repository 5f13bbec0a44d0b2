import { joinCodes, splitCodes, STATE_KINDS, type ActorMention } from "../actors.ts";
import { findLast, type ResolvedSpeaker } from "../speakers.ts";
import { type Stance, type StatementLexicon } from "../statement-lexicon.ts";
import { type Built } from "./rows.ts";
import { readCue } from "./stance-cues.ts";
import { evaluates, judgesAnAct, opensWithOwnName, praises } from "./evaluations.ts";
import { judgesThirdParty, speakerNames, type WordsOf } from "./judged-parties.ts";
import { praisesThirdParty } from "./praised-parties.ts";
import { namingJudgement } from "./naming-judgements.ts";
import { backsParty } from "./backing-words.ts";
import { backsInOwnWords, dismissesClaim, warnsOfHarm } from "./stance-clauses.ts";
import { type Ctx, type Draft } from "./sentence.ts";
import { addresseeOf } from "./addressees.ts";
import { partyMembers } from "../speakers/party-members.ts";

export function decideStance(draft: Draft, content: string, lex: StatementLexicon, own: ReadonlySet<string> = new Set(), wordsOf?: WordsOf): Stance {
  if (draft.negated) return "other";
  // Only a verb that states no stance, or a warning, is read further by the content's cue words.
  if (draft.stance !== "other" && draft.stance !== "warn") return draft.stance;
  // "Ola Berg made a terrible mistake", said by Ola Berg, tells his own act as "I made" would.
  const self = speakerNames(draft);
  const cue = readCue(content, lex, opensWithOwnSide(draft, lex, own) || opensWithOwnName(content, self));
  const force = forceToCome(draft, content, lex, own);
  if (force && (!cue || cue === "accuse" || cue === "warn")) return draft.stance === "other" || force === "threaten" ? force : draft.stance;
  if (draft.stance === "other") {
    // "She called him a liar", "described the senator as dangerous": a party named with a word of judgement,
    // which a cue of warning or condemning read from the same words does not outweigh.
    const named = !cue || cue === "accuse" || cue === "warn" || cue === "condemn" ? wordsOf && namingJudgement(draft, lex, wordsOf) : undefined;
    if (named) return named;
    // "She was wrong to vote for the bill": the cue's words are the act judged, not the speaker's stance.
    if ((cue ?? "other") !== "other" && cue !== "accuse") return judgesAnAct(content, lex) ? "accuse" : cue!;
    if (ownSideGives(draft, own) || (!cue && warmTiesOfOwnSide(draft, content, lex, own))) return "support";
    // "The story was invented by her rivals": a claim said to be made up is denied.
    if (!cue && dismissesClaim(content, lex)) return "deny";
    // "Vale is a disgusting fraud", "this is a waste of time": a party judged with no verb of accusing;
    // "she was very effective", "a shot in the arm": praised with no verb of support.
    // "She lied to voters", "the governor's reckless conduct": a third party judged by a word of negative valence.
    const judged = cue ?? (evaluates(content, lex, self) || (!!wordsOf && judgesThirdParty(draft, lex, wordsOf)) ? "accuse" : praises(content, lex) || (!!wordsOf && praisesThirdParty(draft, lex, wordsOf)) ? "support" : "other");
    if (judged !== "other") return judged;
    // "She has my full support", "he backs the mayor": the speaker's backing in its own words; "Berg had defended Vale".
    if (backsInOwnWords(content, lex) || (!!wordsOf && backsParty(draft, lex, wordsOf))) return "support";
    // "The cuts would hurt the ports": a harm to come, told of no party judged, warns.
    return warnsOfHarm(content, lex) ? "warn" : "other";
  }
  // A warning that alleges what the other side does, with no condition, is an accusation.
 // A warning that promises punishment by the speaker's side is a threat.
  if (draft.stance === "warn" && cue === "threaten") return "threaten";
  if (draft.stance === "warn" && cue === "accuse" && !lex.words.conditional.test(content)) return "accuse";
  return draft.stance;
}

/**
 * Force said to be used ("will strike back", "would resume fighting"): by the speaker's own side it
 * threatens, by another it warns; undefined when the clause tells none.
 */
function forceToCome(draft: Draft, content: string, lex: StatementLexicon, own: ReadonlySet<string>): Stance | undefined {
  const words = lex.stanceWords;
  if (!words.forceToCome.test(content)) return undefined;
  const ownSide = words.firstPerson.test(content) || (words.selfOpening.test(content) && !words.notActingOpening.test(content)) || namesOwnSide(draft, own);
  return ownSide ? "threaten" : "warn";
}

/** Whether the reported clause opens with a party of the speaker's own side as its subject ("Israeli jets struck …", spoken for Israel). */
function opensWithOwnSide(draft: Draft, lex: StatementLexicon, own: ReadonlySet<string>): boolean {
  if (own.size === 0) return false;
  const [s, e] = draft.ranges[0];
  const base = draft.ctx.sentence.start;
  const first = draft.ctx.mentions.find((m) => m.start - base >= s && m.end - base <= e);
  return !!first && own.has(first.actor.code) && standsForSide(first) && first.start - base - s <= SUBJECT_OPENING && !lex.stanceWords.notActingAfter.test(draft.ctx.text.slice(first.end - base, e));
}

/**
 * Whether a mention stands for a side as a whole: not a named person ("Trump had attacked …", said by a rival of
 * the same state), nor a party's label before its member ("Democratic nominee Clinton was the one who …").
 */
function standsForSide(m: ActorMention): boolean {
  return m.actor.kind !== "person" && !(m.demonym && m.actor.kind === "body");
}

/** Whether the reported words name a party of the speaker's own side. */
function namesOwnSide(draft: Draft, own: ReadonlySet<string>): boolean {
  const base = draft.ctx.sentence.start;
  return draft.ranges.some(([s, e]) => draft.ctx.mentions.some((m) => m.start - base >= s && m.end - base <= e && own.has(m.actor.code)));
}

/**
 * Whether the clause names a warm relation ("our close ties", "a long-term alliance") and the speaker's
 * own side in it, by a first-person word or a mention of its own state: the speaker backs the partner.
 */
export function warmTiesOfOwnSide(draft: Draft, content: string, lex: StatementLexicon, own: ReadonlySet<string>): boolean {
  const words = lex.stanceWords;
  if (!words.warmRelation.test(content)) return false;
  return words.firstPerson.test(content) || namesOwnSide(draft, own);
}

/** Characters a clause's subject may stand after its start ("The US State Department …"). */
const SUBJECT_OPENING = 12;

/**
 * Whether the reported clause tells the speaker's own side giving: its first party, at its start,
 * is the speaker's, and a word of giving follows within a few words with no other party between
 * ("the United States agreed on Tuesday to sell …", spoken for the United States).
 */
export function ownSideGives(draft: Draft, own: ReadonlySet<string>): boolean {
  if (own.size === 0) return false;
  const { ctx } = draft;
  const [s, e] = draft.ranges[0];
  const base = ctx.sentence.start;
  const inside = ctx.mentions.filter((m) => m.start - base >= s && m.end - base <= e);
  const first = inside[0];
  if (!first || !own.has(first.actor.code) || first.start - base - s > SUBJECT_OPENING) return false;
  const after = ctx.text.slice(first.end - base, e);
  const giving = ctx.words.givingSoon.exec(after);
  if (!giving) return false;
  const to = first.end - base + giving[0].length;
  return !inside.some((m) => m !== first && m.start - base < to && !own.has(m.actor.code));
}

/**
 * Whom the statement is about: for a denial, the accusers named before it; else the
 * object of an object verb, or the parties the content names, less the speaker's own; else the
 * speaker's state (or, for a speaker of none, the article's) when its own parties are named.
 */
export function decideTarget(draft: Draft, speaker: ResolvedSpeaker, stance: Stance, lex: StatementLexicon, earlier: Built[], articleState?: string): string {
  const { ctx } = draft;
  const base = ctx.sentence.start;
  const own = new Set(splitCodes(speaker.country));
  if (stance === "deny") {
    const named = draft.ranges.flatMap(([s, e]) => codesIn(ctx, own, s, e));
    if (named.length) {
      // An explicit addressee ("calling on Washington") wins.
      return joinCodes(named);
    }
    const accusers = findLast(earlier, (b) => (b.row.stance === "accuse" || b.row.stance === "condemn") && b.row.speaker_country && b.row.speaker_country !== speaker.country);
    return accusers?.row.speaker_country ?? "";
  }
  if (draft.objectStart !== undefined) {
    const objectText = ctx.text.slice(draft.objectStart, draft.objectStart + 12);
    if (/^\s*them\b/.test(objectText)) {
      const before = ctx.text.slice(0, draft.objectStart);
      const pair = /(\S+(?: \S+)?) and (the )?(\S+(?: \S+)?)[^,]*,?\s*(?:and\s+)?(?:have\s+|has\s+)?\S+\s*$/.exec(before);
      const mentions = ctx.mentions.filter((m) => m.start - base < draft.objectStart! && !m.demonym && !own.has(m.actor.code));
      const last2 = mentions.slice(-2).map((m) => m.actor.code);
      if (pair && last2.length === 2) return joinCodes(last2);
    }
    const objectMention = ctx.mentions.find((m) => m.start - base >= draft.objectStart! && m.start - base <= draft.objectStart! + 2);
    if (objectMention && !own.has(objectMention.actor.code)) {
      // "accused Russia and North Korea of …" names both.
      const following = ctx.mentions.filter((m) => m.start - base > objectMention.start - base && /^\s+and\s+(?:the\s+)?$/.test(ctx.text.slice(objectMention.end - base, m.start - base)));
      return joinCodes([objectMention.actor.code, ...following.map((m) => m.actor.code)]);
    }
  }
  // "“You lied,” Berg told Lind": a charge made to "you" aims at the one spoken to.
  const addressee = stance === "accuse" || stance === "condemn" ? addresseeOf(draft, lex, speakerNames(draft)) : undefined;
  if (addressee?.code) return addressee.code;
  // The first two parties named: a claim about a transfer names both ends, rarely more.
  const named = joinCodes(draft.ranges.flatMap(([s, e]) => codesIn(ctx, own, s, e))).split(";").slice(0, 2).join(";");
  if (named) return named;
  // A speaker of no state (a pundit, a voter) speaks of the article's state's politics, though not of its places.
  return own.size === 0 && articleState ? ownStatePartiesIn(draft, new Set([articleState]), lex, false) : ownStatePartiesIn(draft, own, lex);
}

/**
 * The speaker's own state, when the words name no other party but name one of its own that is not
 * the state itself: a person, a party, an agency ("the FBI had failed", "Republicans are in a frenzy",
 * said by a rival at home). A politician's words about his own state's politics aim at that state;
 * its name, capital or government said by its own side ("the United States will help") aim at no one.
 */
function ownStatePartiesIn(draft: Draft, own: ReadonlySet<string>, lex: StatementLexicon, places = true): string {
  if (own.size === 0) return "";
  const { ctx } = draft;
  const base = ctx.sentence.start;
  const inside = (m: ActorMention) => draft.ranges.some(([s, e]) => m.start - base >= s && m.end - base <= e);
  // A place of the state ("Ohio", "Tulsa") said by its own side stands for its authorities; by an outsider, where something happens.
  const domestic = ctx.mentions.find((m) => own.has(m.actor.code) && !STATE_KINDS.has(m.actor.kind) && (places || m.actor.kind !== "place") && inside(m));
  if (domestic) return domestic.actor.code;
  return own.size === 1 && namesInstitution(draft, lex) ? [...own][0] : "";
}

/**
 * Whether the words said name a state's institution or office by its kind, or a party's members, with
 * no state ("the court's decision is wrong", "lawmakers failed us", "Democrats are gaming the system"):
 * said by a speaker of a state, with no other party named, they are that state's own.
 */
function namesInstitution(draft: Draft, lex: StatementLexicon): boolean {
  const { ctx } = draft;
  return draft.ranges.some(([s, e]) => {
    const said = ctx.text.slice(s, e);
    return lex.institutions.test(said) || partyMembers(said, lex.gazetteer).length > 0;
  });
}

/** Codes of the parties named in [s, e) of a sentence, less the speaker's own and places ("in Ukraine"). */
export function codesIn(ctx: Ctx, own: Set<string>, s: number, e: number): string[] {
  const base = ctx.sentence.start;
  return ctx.mentions
    .filter((m) => m.start - base >= s && m.end - base <= e)
    .filter((m) => !ctx.words.placeBefore.test(ctx.text.slice(Math.max(0, m.start - base - 9), m.start - base)))
    .map((m) => m.actor.code)
    .filter((c) => c && !own.has(c));
}
