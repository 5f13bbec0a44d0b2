/**
 * The state a report is about when it has no dateline and writes its offices without one
 * ("Peru's navy searched the coast. … Colonel Ana Ruiz said …"): the state of the first speaker
 * before that speaks for one state ("Peru's spy agency told lawmakers …, lawmaker Ana Ruiz said"),
 * else the state the whole report is mostly about, by its name, capital, government, adjective or
 * its places ("Mayor Tom Vale said …" in a report that names Oslo and Norway again and again, even
 * after him), else the first state its body names before the speaker, as a lead names the story's
 * state first. A state named once, after the speaker, is not the report's own: the states of what
 * is said are not yet the report's ("The ministry said the fines cover six Chilean firms" names no home).
 */
import { STATE_KINDS, type Gazetteer } from "../actors.ts";
import type { Article } from "../corpus.ts";
import { datelinesNear } from "../dateline.ts";
import type { ArticleDoc } from "../document.ts";

/** Where a report is set: the first state it names and where, and the state it is mostly about. */
export interface HomeState {
  first?: { code: string; at: number };
  main?: string;
}

/** Mentions of a state's own institutions ("the White House", "the Senate", "Washington" as its government). */
const INSTITUTIONS: ReadonlySet<string> = new Set(["government", "capital", "agency", "body", "military"]);

/**
 * The first state the article names, and the state it is mostly about, read over the whole article once:
 * the one whose institutions it names most (a report from one state names its own offices, whatever
 * foreign state it is about), else the one it names most by any name or place; either at least twice and
 * more than any other. `states` are the codes of states, not of bodies of several (UN, IMF).
 */
export function homeState(doc: ArticleDoc, states: ReadonlySet<string>): HomeState | undefined {
  let first: HomeState["first"];
  const institutions = new Map<string, number>();
  const named = new Map<string, number>();
  for (const sentence of doc.sentences) {
    for (const m of doc.reading.of(sentence).actors) {
      const { code, kind } = m.actor;
      if (!states.has(code)) continue;
      if (!first && STATE_KINDS.has(kind)) first = { code, at: m.start };
      if (INSTITUTIONS.has(kind)) institutions.set(code, (institutions.get(code) ?? 0) + 1);
      if (INSTITUTIONS.has(kind) || kind === "state" || kind === "place") named.set(code, (named.get(code) ?? 0) + 1);
    }
  }
  const main = mostNamed(institutions) ?? mostNamed(named);
  return first || main ? { first, main } : undefined;
}

/** Where an article is set: its dateline's state, else the states it names (`home`); `state` is the one it is about. */
export interface ArticleSetting {
  dateline?: string;
  home?: HomeState;
  state?: string;
}

/** Each article's setting, read once for every extractor that asks (statements and events). */
const settings = new WeakMap<ArticleDoc, { gazetteer: Gazetteer; setting: ArticleSetting }>();

/** The article's setting: the dateline's state, else the state it names most as its own (`homeState`). */
export function articleSetting(doc: ArticleDoc, gazetteer: Gazetteer): ArticleSetting {
  const known = settings.get(doc);
  if (known?.gazetteer === gazetteer) return known.setting;
  const dateline = datelineCountry(doc.article, gazetteer);
  const home = dateline ? undefined : homeState(doc, stateCodes(gazetteer));
  const setting = { dateline, home, state: dateline ?? home?.main };
  settings.set(doc, { gazetteer, setting });
  return setting;
}

/** The country whose capital or name a dateline at the start of the prose gives, if any. */
export function datelineCountry(article: Pick<Article, "raw" | "bodyStart">, gazetteer: Gazetteer): string | undefined {
  const city = datelinesNear(article.raw, article.bodyStart, 400)[0]?.city;
  if (!city) return undefined;
  const actor = gazetteer.lookup(city.toLowerCase());
  return actor && (actor.kind === "capital" || actor.kind === "state") ? actor.code : undefined;
}

/** The code counted most, at least twice and more than any other. */
function mostNamed(counts: ReadonlyMap<string, number>): string | undefined {
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 && (!second || top[1] > second[1]) ? top[0] : undefined;
}

/** The codes of the gazetteer's states, once per gazetteer. */
const stateCodesOf = new WeakMap<Gazetteer, ReadonlySet<string>>();
export function stateCodes(gazetteer: Gazetteer): ReadonlySet<string> {
  let codes = stateCodesOf.get(gazetteer);
  if (!codes) stateCodesOf.set(gazetteer, (codes = new Set(gazetteer.actors.filter((a) => a.kind === "state").map((a) => a.code))));
  return codes;
}

/** An ISO 3166-1 alpha-3 code: one state, not a body (UN, EU) nor several. */
const ONE_STATE = /^[A-Z]{3}$/;

/** The report's state for a speaker at `at`: the first earlier speaker's one state, else the state it is mostly about, else the first state named before `at`. */
export function reportState(previous: ReadonlyArray<{ resolved: { country: string } }>, home: HomeState | undefined, at: number): string | undefined {
  const voiced = previous.find((p) => ONE_STATE.test(p.resolved.country))?.resolved.country;
  return voiced ?? home?.main ?? (home?.first && home.first.at < at ? home.first.code : undefined);
}
