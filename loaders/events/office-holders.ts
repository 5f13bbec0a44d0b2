/**
 * People the article titles with a public office but no state ("Democratic presidential
 * nominee Ana Ruiz", "President Tom Vale", "police officer Jo Lind"): the guide codes a state's
 * politicians, candidates, officials and police with their state, as a subject described by an
 * office acts for it (public-offices.ts). Named so once, the person is that state's party
 * wherever the article names them again ("Ruiz criticized Vale"), on either side of an act.
 * The state is the one the article is about (speakers/home-state.ts articleSetting).
 */
import type { ArticleDoc } from "../document.ts";
import { articleSetting } from "../speakers/home-state.ts";
import { documentPeople, titledPeopleWithCodes, type TitledPerson } from "../speakers/document-people.ts";
import { roleCountry } from "../speakers/phrase.ts";
import { publicOfficeCodes } from "./public-offices.ts";
import type { EventResources } from "./resources.ts";

/** The article's titled people with a state: their title's state, else the home state when the title is a public office; in text order. */
export function titledPeopleOfArticle(doc: ArticleDoc, res: EventResources): TitledPerson[] {
  const withState = titledPeopleWithCodes(doc, res.speakers);
  const home = articleSetting(doc, res.gazetteer).state;
  if (!home) return withState;
  const officeHolders = documentPeople(doc, res.speakers)
    .titledPeople()
    .filter(({ role }) => roleCountry(role, res.speakers) === "")
    .map(({ name, role, at }) => ({ name, start: at, end: at + name.length, codes: publicOfficeCodes(role, home, res.words, res.gazetteer) }))
    .filter((p) => p.codes.length === 1)
    .map(({ codes, ...p }) => ({ ...p, code: codes[0] }));
  return officeHolders.length === 0 ? withState : [...withState, ...officeHolders].sort((a, b) => a.start - b.start);
}
