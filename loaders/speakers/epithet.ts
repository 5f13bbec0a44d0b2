/**
 * "Tom Vale spoke … 'Taxes are too high,' the Oregon businessman said": a definite epithet of trade or wealth
 * (data/speakers.yaml epithet_heads) names no office, so it is not read against titles as described-person.ts
 * reads "the senator"; it takes up the one person within reach, heard or named, whose gender and state fit.
 * Two who fit leave it as written: the article then gives no clear antecedent.
 */
import { STATE_KINDS } from "../actors.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { ArticlePeople } from "./article-people.ts";
import { DESCRIBED_REACH } from "./described-person.ts";
import { genderFits, speakerGender } from "./gender.ts";
import { phraseCountry, type Analysed, type ResolvedSpeaker, type SpeakerPhrase } from "./phrase.ts";
import type { SpeakerHistory } from "./resolve.ts";

/** How many people named before the epithet are looked at: more than reach holds in news prose. */
const NAMED_LOOKED_AT = 4;

/** "the New York businessman": definite, one, headed by an epithet, naming no one but the place they are of. */
export function isEpithet(a: Analysed, phrase: SpeakerPhrase, lex: StatementLexicon): boolean {
  if (!a.definite || a.plural || a.anonymous || phrase.apposition || !lex.speakerWords.epithetHeads.has(a.head)) return false;
  return a.mentions.every((m) => m.demonym || STATE_KINDS.has(m.actor.kind) || m.actor.kind === "place");
}

/** The one person an epithet (`isEpithet`) takes up, or none when no one or two fit. */
export function epithetPerson(a: Analysed, phrase: SpeakerPhrase, history: SpeakerHistory, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  const w = lex.speakerWords;
  const at = phrase.start;
  const near = (p: { at: number }) => p.at < at && at - p.at <= DESCRIBED_REACH;
  const heard = history.previous.filter((p) => near(p) && p.resolved.kind === "person" && !p.resolved.plural && !p.resolved.anonymous).map((p) => p.resolved);
  const named = people.lastNamed(at, true, NAMED_LOOKED_AT).filter(near).map((n) => asPerson(n.name, n.code, people.roleOf(n.name), a));
  const self = asPerson("", "", "", a);
  const want = speakerGender(self, w.gender, w.headLinks);
  const country = phraseCountry(a, lex);
  const byName = new Map<string, ResolvedSpeaker>();
  // A speaker heard keeps what the article told of them; a person only named takes the epithet's words.
  for (const p of [...named, ...heard]) {
    const fits = genderFits(want, p, w.gender, w.headLinks) && (!country || !p.country || country.split(";").includes(p.country));
    if (fits) byName.set(p.speaker, p);
  }
  if (byName.size !== 1) return undefined;
  const [person] = byName.values();
  return { ...person, role: person.role || self.role, country: person.country || country, description: a.text };
}

const asPerson = (speaker: string, country: string, role: string, a: Analysed): ResolvedSpeaker => ({
  speaker, role: role || a.text.replace(/^the\s+/i, ""), country, kind: "person", plural: false, parties: 1, description: a.text, anonymous: false,
});
