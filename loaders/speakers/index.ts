/**
 * Speakers: reads the noun phrase that names who speaks ("NSC coordinator for strategic
 * communications John Kirby", "an unidentified vice president of the ministry's …",
 * "he", "the network", "Washington and Seoul") and resolves it against the article:
 * pronouns to the last fitting speaker, surnames to the fullest name, definite
 * descriptions to the speaker they take up, and descriptions to the named person the
 * article identifies with them. Country codes come from the actor gazetteer.
 *
 *   phrase.ts (the phrase on its own) → resolve.ts (against earlier speakers and
 *   article-people.ts) → identify.ts (a description's named person)
 */
export { articlePeople, type ArticlePeople } from "./article-people.ts";
export { documentPeople, titledPeopleWithCodes, type TitledPerson } from "./document-people.ts";
export { analysePhrase, appositionRole, premodRole, stripDeterminer, type Analysed, type ResolvedSpeaker, type SpeakerKind, type SpeakerPhrase } from "./phrase.ts";
export { findLast, resolveSpeaker, type SpeakerHistory } from "./resolve.ts";
