import { type Analysed, type SpeakerPhrase } from "../speakers.ts";
import { isCapitalised } from "../speakers/phrase.ts";
import { speechVerbAt } from "../attribution.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, type Token, analysedPhrase, dateAt } from "./sentence.ts";
import { contactClauseBefore, quotedNameBefore, restrictiveRelativeBefore } from "./subject-clauses.ts";
import { appositionsBefore, isAppositionMark, nameBeforeDescription } from "./appositions.ts";
import { phraseStartBefore, possessive, speakerPhraseWord } from "./phrase-words.ts";
import { subjectEndBefore } from "./subject-end.ts";
import { nonRestrictiveSubject } from "./relative-subjects.ts";
export { possessive, speakerPhraseWord };

/** Whether every word could stand in a speaker's noun phrase (no verbs: "the North was supplying …"). */
export function nounPhraseWords(np: string, lex: StatementLexicon): boolean {
  const words = np.split(/\s+/);
  // "an aide to the governor", "adviser to the campaign": a role's preposition links it to whom it serves.
  return words.every((w, k) => (k > 0 && lex.words.rolePrepositions.has(w) && lex.roleWords.has(words[k - 1].toLowerCase())) || /^\p{Lu}/u.test(w) || /^\p{N}/u.test(w) || lex.roleWords.has(w.toLowerCase()) || lex.words.phraseFunctionWords.has(w.toLowerCase()) || lex.words.pronouns.has(w.toLowerCase()) || /['’]s$/.test(w) || lex.speakerWords.particleWord.test(w));
}

/** Whether a phrase can name a speaker: a pronoun, a name, an actor, or a speaking role. */
export function plausibleSpeaker(a: Analysed, lex: StatementLexicon): boolean {
  if (a.kind === "pronoun") return a.pronoun !== "it" || true;
  if (a.kind === "person" || a.kind === "body" || a.kind === "media") return true;
  // "Ukraine and others", "The U.S., South Korea and their allies": parties listed with a named one.
  if (/\band\b/.test(a.text) && a.mentions.some((m) => !m.demonym && m.actor.kind !== "person")) return true;
  // "Both", "both countries": two parties named before speak together.
  if (a.number === 2 && a.plural && (lex.numbers.has(a.head) || lex.speakerWords.stateHeads.has(a.head))) return true;
  // "Western nations", "several Gulf states", "many countries": states described together speak as a group.
  if (a.plural && lex.speakerWords.stateHeads.has(a.head) && /\s/.test(a.text.trim())) return true;
  if (publicationName(a, lex)) return true;
  // "Americans say", "many Mexicans said": a people named by its plural demonym speaks as a group.
  if (a.kind === "description" && a.mentions.some((m) => m.demonym && /\p{Ll}s$/u.test(m.text) && m.end >= a.text.trim().length)) return true;
  // "One Republican threatened …", "a Democrat on the panel said": a party's member named by the party's member word.
  if (a.kind === "description" && a.mentions.some((m) => m.demonym && m.actor.kind === "body" && m.end >= a.text.trim().length)) return true;
  // "the sister of leader Kim Jong Un": a person described by kinship (speakers/phrase.ts relatedHead).
  // "his wife", "their son": a relative of someone a possessive pronoun takes up.
  const ownedByPronoun = lex.speakerWords.possessivePronouns.has(a.text.trim().split(/\s+/)[0].toLowerCase());
  if (lex.speakerWords.kinHeads.has(a.head) && (/\p{Lu}/u.test(a.text.slice(1)) || ownedByPronoun)) return true;
  return lex.speakerHeads.has(a.head) || lex.speakerHeads.has(a.head.replace(/s$/, ""));
}

/** Whether a phrase is a publication's capitalised name the gazetteer lacks: "The Riverside Gazette", "the Valley Times". */
function publicationName(a: Analysed, lex: StatementLexicon): boolean {
  if (a.kind !== "description" || !lex.publicationHeads.has(a.head)) return false;
  const words = a.text.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => isCapitalised(w) || w === "the");
}

/**
 * The subject before a verb: skips auxiliaries, adverbs and dates, then takes the noun
 * phrase back to a clause boundary, through an apposition ("Pak Jong Chon, one of …,")
 * and lists of parties ("The United States, South Korea, and Japan").
 */
export function subjectBefore(ctx: Ctx, verbToken: number, lex: StatementLexicon): Subject | undefined {
  if (!ctx.subjects.has(verbToken)) ctx.subjects.set(verbToken, readSubjectBefore(ctx, verbToken, lex));
  return ctx.subjects.get(verbToken);
}

/** A verb's subject: its phrase, or only that it is coordinated ("… and Japan said") and so no phrase of its own. */
export interface Subject {
  phrase?: SpeakerPhrase;
  coordinated: boolean;
}

export function readSubjectBefore(ctx: Ctx, verbToken: number, lex: StatementLexicon): Subject | undefined {
  const { tokens, text } = ctx;
  const clause = describedByClause(ctx, verbToken, lex);
  if (clause !== null) return clause;
  let i = subjectEndBefore(ctx, verbToken, lex);
  if (i < 0) return undefined;
  // "The Treasury Department in a statement said …": the document the words came in stands between the subject and its verb.
  const documentStart = documentPhraseStart(ctx, i, lex);
  i = documentStart ?? i;
  const coordinator = (t: { lower: string } | undefined) => !!t && ctx.words.verbCoordinators.has(t.lower);
  if (coordinator(tokens[i]) || (tokens[i].text === "," && coordinator(tokens[i - 1]))) return { coordinated: true };
  const relative = nonRestrictiveSubject(ctx, i, lex, readSubjectBefore);
  if (relative !== null) return relative;
  // 'the activist group “Andean Watch,” which posted …': a body's name in quotation marks speaks by the name.
  const quotedName = tokens[i].lower === "which" ? quotedNameBefore(ctx, i - 1, lex) : undefined;
  if (quotedName) return { phrase: tokenPhrase(ctx, ...quotedName), coordinated: false };
  // "an architect who said he was never paid", "fishermen who told the board …": a restrictive "who" speaks for the noun before it.
  // Only a speaker's head or a name: the relative may attach to a noun further back ("listeners to his program who said").
  const restrictive = tokens[i].lower === "who" && i >= 1 && tokens[i - 1].word && !ctx.quoted[tokens[i - 1].start];
  if (restrictive) i--;
  const apposed = appositionBefore(ctx, i, documentStart, lex);
  if (!apposed) return undefined;
  const { apposition, appositionStart } = apposed;
  const endTok = apposed.head;
  let startTok = phraseStartBefore(ctx, endTok, lex);
  const pronounTied = startTok > endTok && !apposition ? tiedToPronoun(ctx, endTok, lex) : undefined;
  if (pronounTied) return { phrase: pronounTied, coordinated: false };
  // Leading "of", "and" or "at" are not part of the phrase.
  while (startTok <= endTok && ["of", "and", "at", "for"].includes(tokens[startTok].lower)) startTok++;
  if (startTok > endTok) return undefined;
  // "special forces operating in the valley said", "sources familiar with the talks said": the head speaks.
  // Also past an aside that names no one ("A source close to the rebels, also requesting anonymity, said").
  const head = apposition && (isBareName(ctx, apposition, lex) || !/^\s*(?:\p{Ll}+ly\s+|also\s+)?\p{Ll}+ing\b/u.test(apposition)) ? undefined : postmodifiedThrough(ctx, startTok, endTok, lex);
  if (head) return { phrase: head, coordinated: false };
  // 'said a "hostile campaign" in Chile had urged …', "cooperation between the two fleets threatens …": the noun
  // phrase runs on through its preposition; the preposition's object is no subject.
  if (afterModifiedNoun(ctx, startTok, lex)) return undefined;
  const start = tokens[startTok].start;
  const end = tokens[endTok].end;
  const phraseText = text.slice(start, end);
  const a = analysedPhrase(ctx.phrases, phraseText, lex);
  if (!plausibleSpeaker(a, lex) && (restrictive || !commonNounSpeaker(ctx, endTok, verbToken, lex))) return undefined;
  // "Russia's U.N. ambassador, Vassily Nebenzia, said": the name in apposition is the speaker, the head its role;
  // so too after a title ending in a place ("former ambassador to Russia, Wi Sung Lac, said").
  const titleOfPlace = a.kind === "body" && startTok > 0 && ctx.words.titleLinks.has(tokens[startTok - 1].lower);
  // "The Chilean arms procurement agency, Andean Procurement Office, said": a body described, then its name.
  const bodyNamed = apposition !== undefined && a.kind === "description" && lex.bodyHeads.has(a.head) && isBodyName(apposition);
  if (apposition && (((a.kind === "description" || titleOfPlace) && isBareName(ctx, apposition, lex)) || bodyNamed)) {
    const base = ctx.sentence.start;
    return { phrase: { text: apposition, start: base + appositionStart, end: base + appositionStart + apposition.length, apposition: phraseText }, coordinated: false };
  }
  const named = apposition && a.kind === "description" ? namedBeforeDescription(ctx, startTok, phraseText, lex) : undefined;
  if (named) return named;
  const titled = apposition ? undefined : titleOpeningBefore(ctx, startTok, lex);
  if (titled && isBareName(ctx, phraseText, lex)) return { phrase: { text: phraseText, start: start + ctx.sentence.start, end: end + ctx.sentence.start, apposition: titled }, coordinated: false };
  return { phrase: { text: phraseText, start: start + ctx.sentence.start, end: end + ctx.sentence.start, apposition }, coordinated: false };
}

/** "Ana Ruiz, the head of the coalition, which farmers founded, said": the name before the description speaks, the description its role. */
function namedBeforeDescription(ctx: Ctx, startTok: number, description: string, lex: StatementLexicon): Subject | undefined {
  const named = nameBeforeDescription(ctx, startTok, (e) => phraseStartBefore(ctx, e, lex), (t) => isBareName(ctx, t, lex));
  if (!named) return undefined;
  const base = ctx.sentence.start;
  return { phrase: { text: ctx.text.slice(named.start, named.end), start: named.start + base, end: named.end + base, apposition: description }, coordinated: false };
}

/**
 * The subject's head and the apposition between it and the verb when token `i` closes one ("Pak Jong Chon,
 * one of …,"); the head `i` alone when it does not; undefined when an unclosed comma leaves no speaker.
 */
function appositionBefore(ctx: Ctx, i: number, documentStart: number | undefined, lex: StatementLexicon): { head: number; apposition?: string; appositionStart: number } | undefined {
  const { tokens, text } = ctx;
  if (!isAppositionMark(tokens[i].text)) return { head: i, appositionStart: -1 };
  // The phrase that ends at a token can name a speaker on its own ("Tomas Lind", not "56").
  const speaks = (end: number, s = phraseStartBefore(ctx, end, lex)) => s <= end && plausibleSpeaker(analysedPhrase(ctx.phrases, text.slice(tokens[s].start, tokens[end].end), lex), lex);
  const found = appositionsBefore(ctx, i, (end) => phraseStartBefore(ctx, end, lex), speaks);
  if (found) return { head: found.head, apposition: found.apposition, appositionStart: found.appositionStart };
  // An unclosed comma leaves no speaker; a lone dash is read as before.
  // "The navy, in a statement said …": the comma only opened the aside on the document; the subject ends before it.
  if (tokens[i].text === "," && documentStart === i && i >= 1) return { head: i - 1, appositionStart: -1 };
  if (tokens[i].text === ",") return undefined;
  return { head: i, appositionStart: -1 };
}

/**
 * The title that opens the sentence before a comma and the name at `nameTok`, the name's own comma left
 * out ("Peru's defence minister, Ana Ruiz said …"): the name is the speaker, the title its role. Only a
 * description from the sentence's first word: "On Monday, Ana Ruiz said" and "The troops left, Ruiz said" are none.
 */
function titleOpeningBefore(ctx: Ctx, nameTok: number, lex: StatementLexicon): string | undefined {
  const { tokens, text } = ctx;
  const comma = nameTok - 1;
  if (comma < 1 || tokens[comma].text !== ",") return undefined;
  if (phraseStartBefore(ctx, comma - 1, lex) !== 0) return undefined;
  const title = text.slice(tokens[0].start, tokens[comma - 1].end);
  const a = analysedPhrase(ctx.phrases, title, lex);
  return a.kind === "description" && !a.plural && plausibleSpeaker(a, lex) ? title : undefined;
}

/** Words a document phrase may hold between "in" and its head ("in a brief written statement"). */
const MAX_DOCUMENT_PHRASE = 4;

/** The token before "in a statement" / "in its report" that ends at token `i`, when one does; undefined otherwise. */
function documentPhraseStart(ctx: Ctx, i: number, lex: StatementLexicon): number | undefined {
  const { tokens } = ctx;
  const heads = lex.speakerWords.documentHeads;
  const t = tokens[i];
  if (!t || !(heads.has(t.lower) || (t.lower.endsWith("s") && heads.has(t.lower.slice(0, -1))))) return undefined;
  for (let k = i - 1; k > 0 && i - k <= MAX_DOCUMENT_PHRASE; k--) {
    // "Col. Ruiz, in a statement said …": an aside opened by a comma and left unclosed ends at that comma.
    if (tokens[k].lower === "in") return (tokens[k - 1].word || tokens[k - 1].text === ",") && !ctx.quoted[tokens[k - 1].start] ? k - 1 : undefined;
    if (!tokens[k].word || /^\p{Lu}/u.test(tokens[k].text)) return undefined;
  }
  return undefined;
}

/** The noun a restrictive relative clause before the verb describes, with the clause ("citizens who stored the ammo"); a name alone. */
function describedByRelative(ctx: Ctx, verbToken: number, relative: number, lex: StatementLexicon): Subject | undefined {
  const { tokens, text } = ctx;
  const described = readSubjectBefore(ctx, relative + 1, lex)?.phrase;
  if (described && analysedPhrase(ctx.phrases, described.text, lex).kind === "person") return { phrase: described, coordinated: false };
  // Any noun the clause describes ("citizens who stored the ammo"), never a noun inside the clause ("the ammo").
  const from = described ? described.start - ctx.sentence.start : tokens[phraseStartBefore(ctx, relative - 1, lex)].start;
  if (!described && tokens[relative - 1].pos !== "NOUN") return undefined;
  const end = tokens[subjectEndBefore(ctx, verbToken, lex)].end;
  return { phrase: { text: text.slice(from, end), start: from + ctx.sentence.start, end: end + ctx.sentence.start }, coordinated: false };
}

/**
 * The subject when a clause stands between its head and the verb (null when none does): "Officials who spoke on
 * condition of anonymity said …" keeps its relative clause, as the article words it ("two citizens who stored the
 * ammo"), a name stands alone; "the experts I interviewed said" keeps a clause with no relative word.
 */
function describedByClause(ctx: Ctx, verbToken: number, lex: StatementLexicon): Subject | undefined | null {
  const relative = restrictiveRelativeBefore(ctx, verbToken, lex);
  if (relative > 0) return describedByRelative(ctx, verbToken, relative, lex);
  const contact = contactClauseBefore(ctx, verbToken);
  return contact > 0 ? describedByContact(ctx, verbToken, contact, lex) : null;
}

/** "people close to him said": an object pronoun (token `end`) ends the modifier's phrase; the head before the modifier speaks. */
function tiedToPronoun(ctx: Ctx, end: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  // A head at the sentence's start (token -1 on pathological text) has no pronoun to end on.
  const token = ctx.tokens[end];
  const objectPronoun = token !== undefined && lex.speakerWords.objectPronouns.has(token.lower) && ctx.tokens[end - 1]?.pos === "ADP";
  return objectPronoun ? postmodifiedThrough(ctx, end, end, lex) : undefined;
}

/** The head before a clause with no relative word (its subject at token `subject`), with the clause: "the experts I interviewed". */
function describedByContact(ctx: Ctx, verbToken: number, subject: number, lex: StatementLexicon): Subject | undefined {
  const head = subject - 1;
  const pronounHead = ctx.words.contactClauseHeads.has(ctx.tokens[head].lower);
  const start = pronounHead ? head : phraseStartBefore(ctx, head, lex);
  if (start > head) return undefined;
  const headPhrase = ctx.text.slice(ctx.tokens[start].start, ctx.tokens[head].end);
  if (!pronounHead && !plausibleSpeaker(analysedPhrase(ctx.phrases, headPhrase, lex), lex)) return undefined;
  return { phrase: phraseOf(ctx, start, verbToken - 1), coordinated: false };
}

/**
 * The speaker's head before a phrase that modifies it, when the phrase read back from the verb
 * starts after a preposition that a participle or an adjective of data/statement-words.yaml
 * `postmodifier_adjectives` opens: "Ostmark special forces operating in the valley stated …" →
 * "Ostmark special forces", "sources familiar with the talks said" → "sources". The head must be
 * a plausible speaker; a speech verb is no modifier ("officials said in Kyiv …" is read elsewhere), nor a
 * passive's agent ("footage reviewed by the agency revealed …": the agency speaks).
 */
function postmodifiedHead(ctx: Ctx, startTok: number, endTok: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  const { tokens, text } = ctx;
  const prep = tokens[startTok - 1];
  const modifier = tokens[startTok - 2];
  // "Footage reviewed by the agency revealed …": a passive's agent is who speaks, read as before.
  if (!prep || !modifier || prep.pos !== "ADP" || prep.lower === "by" || ctx.quoted[modifier.start]) return undefined;
  // "a navy statement posted on Telegram said": after a document a participle of saying only places it.
  const afterDocument = lex.speakerWords.documentHeads.has(tokens[startTok - 3]?.lower ?? "");
  // A past participle written irregularly is one too ("held", "sent", "taken"): its lemma differs, and no "-s" makes it finite.
  // Of the irregular ones only those no past tense shares ("taken", "held" of one held): "spoke", "met" are finite verbs.
  const pastParticiple = modifier.pos === "VERB" && (/(?:ed|en)$/.test(modifier.lower) || heldWords(lex).has(modifier.lower));
  const participle = (pastParticiple || (modifier.pos === "VERB" && /ing$/.test(modifier.lower))) && (!lex.verbs.has(modifier.lower) || afterDocument);
  if (!participle && !ctx.words.postmodifierAdjectives.has(modifier.lower)) return undefined;
  const headEnd = startTok - 3;
  // "those close to him said", "others familiar with the plan": a pronoun heading the phrase speaks with all of it.
  const pronounHead = headEnd >= 0 && ctx.words.postmodifiedPronounHeads.has(tokens[headEnd].lower) && (headEnd === 0 || !tokens[headEnd - 1].word);
  if (pronounHead && !participle) return phraseOf(ctx, headEnd, endTok);
  if (headEnd < 0 || !tokens[headEnd].word || !speakerPhraseWord(ctx, headEnd, true, lex)) return undefined;
  const headStart = phraseStartBefore(ctx, headEnd, lex);
  if (headStart > headEnd) return undefined;
  const phraseText = text.slice(tokens[headStart].start, tokens[headEnd].end);
  const a = analysedPhrase(ctx.phrases, phraseText, lex);
  // "a Chilean sailor held in Lima said": a common noun with its determiner, described by what was done to it, speaks,
  // not the place of its participle's phrase.
  const doneTo = pastParticiple && participle && a.kind === "description" && tokens[headEnd].pos === "NOUN" && lex.speakerWords.determiners.has(tokens[headStart].lower);
  if (a.kind === "pronoun" || !(plausibleSpeaker(a, lex) || doneTo)) return undefined;
  const base = ctx.sentence.start;
  // "two people familiar with the matter": an anonymous speaker is the whole description, its adjective's phrase too;
  // "a sailor held in Lima" with what was done to them, which "the captive" takes up later.
  // Not a document's place ("a navy statement posted on Telegram": the statement speaks, not Telegram).
  const placedDocument = lex.speakerWords.documentHeads.has(a.head);
  const whole = a.kind === "description" && (!participle || (pastParticiple && !a.plural && !placedDocument));
  const described = whole ? tokens[endTok].end : tokens[headEnd].end;
  return { text: text.slice(tokens[headStart].start, described), start: base + tokens[headStart].start, end: base + described };
}

/** The words from token `from` to token `to` as a speaker phrase. */
function phraseOf(ctx: Ctx, from: number, to: number): SpeakerPhrase {
  const [start, end] = [ctx.tokens[from].start, ctx.tokens[to].end];
  return { text: ctx.text.slice(start, end), start: ctx.sentence.start + start, end: ctx.sentence.start + end };
}

/** How many prepositional phrases a participle's phrase may chain ("involved in the fight against smugglers in the Andes"). */
const MAX_CHAINED_PHRASES = 3;

/**
 * The head before a participle whose phrase runs on through more prepositional phrases: "Chile and its partners
 * involved in the fight against smugglers in the Andes announced …" → "Chile and its partners".
 */
function postmodifiedThrough(ctx: Ctx, startTok: number, endTok: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  let from = startTok;
  for (let n = 0; n <= MAX_CHAINED_PHRASES; n++) {
    const head = postmodifiedHead(ctx, from, endTok, lex)
    if (head) return head;
    const prep = ctx.tokens[from - 1];
    if (!prep || prep.pos !== "ADP" || prep.lower === "by" || from - 2 < 0 || !ctx.tokens[from - 2].word) return undefined;
    const before = nounPhraseStart(ctx, from - 2);
    if (before === undefined) return undefined;
    from = before;
  }
  return undefined;
}

/** Parts of speech of a plain noun phrase inside a participle's phrase ("the south", tagged an adverb; "smugglers", "the Andes"). */
const PLAIN_PHRASE = new Set(["NOUN", "PROPN", "ADJ", "NUM", "DET", "ADV"]);

/** The first token of the plain noun phrase that ends at token `end` (a determiner opens it), undefined when there is none. */
function nounPhraseStart(ctx: Ctx, end: number): number | undefined {
  let k = end;
  while (k >= 0 && end - k < 6 && ctx.tokens[k].word && !ctx.quoted[ctx.tokens[k].start] && PLAIN_PHRASE.has(ctx.tokens[k].pos)) {
    if (ctx.tokens[k].pos === "DET") return k;
    k--;
  }
  return k < end && (ctx.tokens[end].pos === "NOUN" || ctx.tokens[end].pos === "PROPN") ? k + 1 : undefined;
}

/** The participles that tell what was done to a person ("held", "captured": data/speakers.yaml state_described_heads). */
function heldWords(lex: StatementLexicon): ReadonlySet<string> {
  let words = HELD_WORDS.get(lex);
  if (!words) HELD_WORDS.set(lex, (words = new Set([...lex.speakerWords.stateDescribedHeads.values()].flatMap((w) => [...w]))));
  return words;
}
const HELD_WORDS = new WeakMap<StatementLexicon, ReadonlySet<string>>();



/**
 * Whether a common noun before a verb of saying is its speaker: "the bank said", "73 percent
 * said", "exit polls suggest". Only a verb whose clause follows it, tagged a verb, and not a
 * passive participle ("confirmed by journalists", "cases reported to the police").
 */
function commonNounSpeaker(ctx: Ctx, endTok: number, verbToken: number, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  const head = tokens[endTok];
  if (head.pos !== "NOUN" || head.text !== head.lower) return false;
  // A singular noun alone is no noun phrase ("Trump this week said"): it needs a determiner or a modifier.
  const bare = endTok === 0 || !speakerPhraseWord(ctx, endTok - 1, false, lex);
  // A plural not in -s ("fishermen", "people") stands alone as well.
  if (bare && !/[^s]s$/.test(head.lower) && ![...lex.speakerWords.pluralHeads].some((h) => head.lower.endsWith(h))) return false;
  const verb = speechVerbAt(tokens, verbToken, lex);
  if (!verb || verb.syntax !== "that" || (tokens[verbToken].pos !== "VERB" && !presentBeforeThat(tokens, verbToken))) return false;
  const after = tokens[verbToken + verb.words.length];
  return !after || !ctx.words.passiveMarkers.has(after.lower);
}

/**
 * A verb in "-s" right before "that" after a singular noun, which the tagger may read as a plural
 * noun: "the report notes that …", "the ministry states that …", "the statement claims that …";
 * the clause after "that" opens with its subject.
 */
function presentBeforeThat(tokens: Ctx["tokens"], verbToken: number): boolean {
  const verb = tokens[verbToken];
  const head = tokens[verbToken - 1];
  // "The meeting notes that were leaked": a verb right after "that" makes it a relative pronoun.
  const afterThat = tokens[verbToken + 2];
  const relative = !afterThat || afterThat.pos === "VERB" || afterThat.pos === "AUX";
  return tokens[verbToken + 1]?.lower === "that" && !relative && /[^s]s$/.test(verb.lower) && !!head && head.pos === "NOUN" && !/s$/.test(head.lower);
}

/** Whether a phrase is only a proper name of two to eight words ("the Andean Procurement Office"), "of" between. */
function isBodyName(text: string): boolean {
  const ws = text.trim().replace(/^the\s+/i, "").split(/\s+/);
  return ws.length >= 2 && ws.length <= 8 && /^\p{Lu}/u.test(ws[0]) && /^\p{Lu}/u.test(ws[ws.length - 1]) && ws.every((w) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w) || /^(?:of|for|on)$/.test(w));
}

/** Whether a phrase is only a person's name ("Shin Won-sik"): capitalised words, no title, no other actor. */
export function isBareName(ctx: Ctx, text: string, lex: StatementLexicon): boolean {
  const ws = text.split(/\s+/);
  if (ws.length < 2 || ws.length > MAX_TITLED_NAME || !ws.every((w) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w))) return false;
  const a = analysedPhrase(ctx.phrases, text, lex);
  if (a.kind !== "person" || !a.person) return false;
  // "Field Marshal Asim Ranvir": a capitalised title before the name is part of the apposition.
  const name = text.slice(a.person.start).split(/\s+/);
  return name.length >= 2 && name.length <= 4 && !name.some((w) => lex.titleWords.has(w.toLowerCase())) && (a.person.start === 0 || !!a.role);
}

/** Words of a name in apposition with its capitalised title ("Field Marshal Asim Ranvir"). */
const MAX_TITLED_NAME = 6;

/**
 * Whether the phrase at `startTok` is the object of a preposition that carries on a noun phrase before it:
 * a quotation ('the “anti-Peru campaign” in Chile') or a common noun of a relation and its parties
 * ("cooperation between the two fleets"). Not any noun: "the launch with the coastguard saying", "an
 * analysis by the agency attributed" have their speaker after the preposition.
 */
function afterModifiedNoun(ctx: Ctx, startTok: number, lex: StatementLexicon): boolean {
  const prep = ctx.tokens[startTok - 1];
  const before = ctx.tokens[startTok - 2];
  if (!prep || !before || !ctx.words.nounPrepositions.has(prep.lower) || ctx.quoted[prep.start]) return false;
  if (ctx.quoted[before.start] || /^[”"’]$/.test(before.text)) return true;
  const common = before.pos === "NOUN" && before.text === before.lower && !lex.speakerHeads.has(before.lower.replace(/s$/, ""));
  return common && ctx.words.relationPrepositions.has(prep.lower) && !lex.speakerHeads.has(before.lower);
}

/** The speaker phrase of tokens `from` to `to` of the sentence, with offsets into the article. */
function tokenPhrase(ctx: Ctx, from: number, to: number): SpeakerPhrase {
  const [start, end] = [ctx.tokens[from].start, ctx.tokens[to].end];
  return { text: ctx.text.slice(start, end), start: start + ctx.sentence.start, end: end + ctx.sentence.start };
}
