/**
 * Whether a definite description takes up an earlier speaker ("the network", "the three allies",
 * "the Chilean diplomat" after "a Chilean envoy"): by its head, its kind, its state or its modifiers.
 */
import { STATE_KINDS } from "../actors.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { escapeRegExp } from "../text.ts";
import { takesUpOutlet } from "./described-bodies.ts";
import { namesItself } from "./proper-heads.ts";
import { type Analysed, type ResolvedSpeaker, isCapitalised, words } from "./phrase.ts";
import { phraseHead } from "./words.ts";

/** Whether a definite description ("the network", "the three allies", "the statement") takes up an earlier speaker. */
export function takesUp(a: Analysed, earlier: ResolvedSpeaker, via: string, lex: StatementLexicon): boolean {
  if (a.head === "statement" || a.head === "statements") return /\bstatement\b/i.test(via);
  // "the foreign ministry said" after "foreign ministry spokesman Ana Ruiz said": a body is not the person who speaks for it
  // (a name after a body's title is the body: "the agency" after "communications agency Traficom").
  if (earlier.kind === "person" && lex.bodyHeads.has(a.head) && !lex.speakerWords.leaderHeads.has(a.head) && !lex.bodyHeads.has(lastWord(earlier.role))) return false;
  if (lex.mediaHeads.has(a.head) && earlier.kind === "media" && a.mentions.length === 0) return true;
  if (takesUpOutlet(a, earlier, lex)) return true;
  if (ofKind(a, earlier, lex)) return true;
  if (bodyOfNamedMember(a, earlier, lex)) return true;
  if (leaderOfNamed(a, earlier, lex)) return true;
  if (a.number !== undefined && a.plural) return earlier.parties === a.number;
  // "The countries stressed …" after "Mali, Niger and Chad said …": a plural of states takes up the several who spoke together.
  if (a.plural && a.mentions.length === 0 && lex.speakerWords.stateHeads.has(a.head)) return earlier.parties >= 2 && earlier.kind === "body";
  const own = a.text.toLowerCase().replace(/^the\s+/, "");
  const theirs = `${earlier.description} ${earlier.role}`.toLowerCase();
  // Not as a possessor: "the Chilean navy" is not "the Chilean navy's Pacific Command and Peru's trade agency".
  if (holdsNotAsPossessor(theirs, own)) return true;
  if (sameDescribed(own, a, earlier, lex)) return true;
  if (unnamedAgain(own, a, earlier, lex)) return true;
  if (describedByState(own, a, earlier, lex)) return true;
  // "the army" after "the Norland military": a bare body head takes up the body named by a word linked to it.
  const bare = /^\S+$/.test(own) && lex.bodyHeads.has(a.head) && isBody(earlier, lex);
  if (bare && (lex.roleLinks.get(a.head) ?? []).some((l) => new RegExp(`\\b${escapeRegExp(l)}\\b`).test(theirs))) return true;
  // "The NSC official" takes up "a National Security Council official": same head, same body.
  // A head that is their possessor is no same head ("the U.S. military" is not "the U.S. military's Central Command").
  const sameHead = new RegExp(`\\b${escapeRegExp(a.head.replace(/s$/, ""))}s?\\b(?![’']s\\b)`).test(theirs);
  const bodies = a.mentions.filter((m) => !m.demonym).map((m) => m.actor);
  const theirBodies = lex.gazetteer.find(`${earlier.description} ${earlier.role}`).map((m) => m.actor);
  return sameHead && bodies.length > 0 && bodies.every((b) => theirBodies.includes(b));
}

/** The last word of a phrase, lower-cased. */
const lastWord = (text: string) => text.toLowerCase().split(/\s+/).pop() ?? "";

/** Whether `words` stand in `text` once at least with no possessive "'s" after them. */
function holdsNotAsPossessor(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/^[’']s\b/.test(text.slice(at + words.length, at + words.length + 3))) return true;
  }
  return false;
}

/**
 * "the news agency" after TASS, "the militant group" after a group the gazetteer knows: a description of a kind of body
 * (data/speakers.yaml kind_heads), with no name of its own, takes up a body of that kind.
 */
function ofKind(a: Analysed, earlier: ResolvedSpeaker, lex: StatementLexicon): boolean {
  const kinds = lex.kindHeads.get(a.head);
  const actor = earlier.actor;
  if (namesItself(a)) return false;
  // "the Iran-backed movement": a state in a hyphened modifier backs, leads or hosts the body; it names no other body.
  const own = a.mentions.filter((m) => !/^-\p{Ll}/u.test(a.text.slice(m.end, m.end + 2)));
  if (!kinds || !actor || a.plural || earlier.plural || own.some((m) => !m.demonym)) return false;
  return kinds.includes(actor.kind) && own.every((m) => m.actor.code === actor.code);
}

/**
 * "the UN agency" after "the UN World Food Program", "the EU body" after "the EU Border Agency": a body word with the
 * organisation it belongs to, and nothing else, takes up a body named before with that organisation and a name of its own.
 */
function bodyOfNamedMember(a: Analysed, earlier: ResolvedSpeaker, lex: StatementLexicon): boolean {
  const own = a.mentions.filter((m) => !m.demonym);
  if (own.length === 0 || a.plural || earlier.plural || !lex.bodyHeads.has(a.head) || !isBody(earlier, lex)) return false;
  // Only the determiner, the organisation and the head: "the UN refugee agency" names another body.
  const rest = words(a.text).filter((w) => !own.some((m) => w.start >= m.start && w.start < m.end));
  if (rest.length !== 2 || !/^the$/i.test(rest[0].w) || rest[1].w.toLowerCase() !== a.head) return false;
  const theirs = lex.gazetteer.find(earlier.description).filter((m) => !m.demonym);
  if (!own.every((m) => theirs.some((t) => t.actor.code === m.actor.code))) return false;
  // Their own name: two capitalised words beside the organisation's ("World Food Program").
  const named = words(earlier.description).filter((w) => isCapitalised(w.w) && !/^the$/i.test(w.w) && !theirs.some((m) => w.start >= m.start && w.start < m.end));
  return named.length >= 2;
}

/**
 * "the Customs boss" after "the acting Controller-General of Customs, Ana Ruiz", "the Harbour chief" after "Harbour
 * Director Tomas Vell": a leader's head after capitalised words only takes up the person whose title holds them all.
 */
function leaderOfNamed(a: Analysed, earlier: ResolvedSpeaker, lex: StatementLexicon): boolean {
  if (earlier.kind !== "person" || !earlier.role || a.plural || !lex.speakerWords.leaderHeads.has(a.head)) return false;
  const modifiers = words(a.text).slice(0, -1).filter((w, i) => i > 0 || !/^the$/i.test(w.w));
  if (modifiers.length === 0 || !modifiers.every((w) => isCapitalised(w.w))) return false;
  const role = ` ${earlier.role.toLowerCase()} `;
  return modifiers.every((w) => role.includes(` ${w.w.toLowerCase()} `));
}

/** "the captive" after "a captured Chilean soldier": one person named by what was done to them, as the earlier description says. */
function describedByState(own: string, a: Analysed, earlier: ResolvedSpeaker, lex: StatementLexicon): boolean {
  const done = lex.speakerWords.stateDescribedHeads.get(a.head);
  if (!done || own.split(/\s+/).length > 1 || a.plural || earlier.plural || earlier.kind !== "description") return false;
  return descriptionWords(earlier).some((w) => done.has(w));
}

/**
 * "the military sources" after "two military officials", "the source" after "a senior official": the unnamed who
 * spoke, described again by another head of the unnamed, in the same number, each modifier a word of the first.
 */
function unnamedAgain(own: string, a: Analysed, earlier: ResolvedSpeaker, lex: StatementLexicon): boolean {
  const unnamed = lex.speakerWords.unnamedHeads;
  const theirHead = describedHead(earlier.description, lex);
  if (earlier.kind !== "description" || earlier.plural !== a.plural || !unnamed.has(a.head) || !unnamed.has(theirHead) || theirHead === a.head) return false;
  // Only "the" and modifiers: "the sources in Lima" may be others.
  const mine = own.split(/\s+/).slice(0, -1);
  if (!/^the\s/i.test(a.text) || mine.some((w) => !/^\p{Ll}+$/u.test(w))) return false;
  const theirs = new Set(descriptionWords(earlier));
  return mine.every((w) => theirs.has(w));
}

/**
 * "the resistance member" after "a member of a local resistance group": the same head, each modifier a word of
 * the earlier description (the head's complement holds what now modifies it).
 */
function sameDescribed(own: string, a: Analysed, earlier: ResolvedSpeaker, lex: StatementLexicon): boolean {
  const mine = own.split(/\s+/);
  if (mine.length < 2 || earlier.kind !== "description" || earlier.plural !== a.plural) return false;
  if (describedHead(earlier.description, lex) !== a.head) return false;
  const theirs = new Set(descriptionWords(earlier));
  return mine.every((w) => theirs.has(w));
}

/**
 * "the Chilean diplomat" after "a Chilean envoy to the United Nations", "the resistance fighter" after "a member of a
 * local resistance group": a person described again by another head, no title, each modifier a word of the earlier description.
 */
export function sameModifiers(own: string, a: Analysed, earlier: ResolvedSpeaker, lex: StatementLexicon): boolean {
  // Premodifiers only: "the Russian head of state" is a title of its own, for the person the article names with it.
  const words = own.split(/\s+/);
  const mine = words.slice(0, -1);
  if (mine.length === 0 || mine.some((w) => lex.speakerWords.headLinks.has(w)) || a.plural || earlier.plural || earlier.kind !== "description" || !isPersonHead(a.head, lex)) return false;
  // A title names an office of its own: "the militia commander" is not "a member of a local militia".
  if (lex.titleWords.has(a.head)) return false;
  // The earlier phrase spoke already: a head that names no body ("a member of …") describes a person.
  if (lex.bodyHeads.has(describedHead(earlier.description, lex))) return false;
  const theirs = new Set(descriptionWords(earlier));
  return mine.every((w) => theirs.has(w));
}

/** The words of an earlier speaker's description, lower-cased, a possessive's "s" apart. */
const descriptionWords = (earlier: ResolvedSpeaker) => earlier.description.toLowerCase().split(/[\s’']+/);

const isPersonHead = (head: string, lex: StatementLexicon) => lex.speakerHeads.has(head) && !lex.bodyHeads.has(head);

export const isBody = (s: ResolvedSpeaker, lex: StatementLexicon) =>
  s.kind === "body" || s.kind === "media" || (s.kind === "description" && !s.plural && lex.bodyHeads.has(describedHead(s.description, lex)));

/** The head of a description ("the Ministry of Defence" → ministry, "a spokesman for the ministry" → spokesman). */
export const describedHead = (description: string, lex: StatementLexicon) => phraseHead(description, lex.speakerWords.headLinks);

/**
 * "Chile's agriculture ministry" after "Chile's Ministry of Agriculture and Livestock": a state's
 * body described by its head and the lower-case words of its portfolio takes up the body named before with that head,
 * each word capitalised in the name, and the same state (`a` is a phrase `namesPortfolio` reads).
 */
export function portfolioTakenUp(a: Analysed, earlier: ResolvedSpeaker, lex: StatementLexicon): boolean {
  if (earlier.plural || !isBody(earlier, lex)) return false;
  const ws = words(a.text);
  const theirs = words(earlier.description).map((w) => w.w);
  const capitalised = (w: string) => theirs.includes(w[0].toUpperCase() + w.slice(1));
  if (!capitalised(a.head) || !ws.slice(1, -1).every((w) => capitalised(w.w))) return false;
  const theirStates = lex.gazetteer.find(earlier.description).map((m) => m.actor.code);
  return theirStates.includes(a.mentions[0].actor.code);
}

/**
 * Whether a phrase may name a body by its portfolio: the state's possessive first ("Chile's"; the gazetteer may
 * hold the possessive itself: "Russia's"), then the portfolio's words in lower case, then a body's head. Read
 * once per phrase, before any earlier speaker is looked at.
 */
export function namesPortfolio(a: Analysed, lex: StatementLexicon): boolean {
  if (a.definite || a.plural || !lex.bodyHeads.has(a.head) || a.mentions.length !== 1) return false;
  const ws = words(a.text);
  const state = a.mentions[0];
  if (state.start !== 0 || !STATE_KINDS.has(state.actor.kind) || ws.length < 3 || !/[’']s$/.test(ws[0].w)) return false;
  return ws.slice(1, -1).every((w) => /^\p{Ll}+$/u.test(w.w));
}
