/**
 * A speaker's gender as the article shows it (data/gender-words.yaml): a title before the name
 * ("Mrs", "Sir"), a gendered noun of role ("spokeswoman", "businessman"), else a given name whose
 * gender is not in doubt. "she said" and "he said" take up only a speaker of their gender or of
 * none shown; a body is neither.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary, memoiseDictionary, wordList } from "../dictionaries.ts";
import type { ResolvedSpeaker } from "./phrase.ts";

export type Gender = "feminine" | "masculine";

/** A word under both genders would decide nothing: the file is refused, at the line of the list. */
const pair = z.object({ feminine: wordList, masculine: wordList }).superRefine((p, ctx) => {
  const feminine = new Set(p.feminine.map((w) => w.toLowerCase()));
  const both = p.masculine.findIndex((w) => feminine.has(w.toLowerCase()));
  if (both >= 0) ctx.addIssue({ code: "custom", path: ["masculine", both], message: `"${p.masculine[both]}" is listed as feminine too` });
});
const genderSchema = z.object({ titles: pair, role_nouns: pair, pronouns: pair, first_names: pair });

export interface GenderWords {
  /** Titles and gendered nouns of role, lower case, without a closing full stop. */
  roleWords: Map<string, Gender>;
  pronouns: Map<string, Gender>;
  firstNames: Map<string, Gender>;
}

function byGender(p: z.infer<typeof pair>, into = new Map<string, Gender>()): Map<string, Gender> {
  for (const w of p.feminine) into.set(w.toLowerCase(), "feminine");
  for (const w of p.masculine) into.set(w.toLowerCase(), "masculine");
  return into;
}

/** Reads and checks data/gender-words.yaml in `dir` (once per folder while the file is unchanged). */
export function loadGenderWords(dir = DATA_DIR): GenderWords {
  return memoiseDictionary("gender-words", dir, ["gender-words.yaml"], () => {
    const g = loadDictionary("gender-words.yaml", genderSchema, dir);
    return { roleWords: byGender(g.role_nouns, byGender(g.titles)), pronouns: byGender(g.pronouns), firstNames: byGender(g.first_names) };
  });
}

/**
 * The gender a resolved speaker shows: the first gendered title or noun of its phrase or role
 * before a link word ("spokeswoman for the king" is a woman; a possessive "the king's" is
 * someone else), else its given name. Undefined for a body, a group, or a person nothing shows.
 */
export function speakerGender(s: ResolvedSpeaker, g: GenderWords, links: ReadonlySet<string>): Gender | undefined {
  if (s.plural || s.kind === "body" || s.kind === "media") return undefined;
  for (const text of [s.description, s.role]) {
    const found = roleGender(text, g, links);
    if (found) return found;
  }
  if (s.kind !== "person") return undefined;
  const words = s.speaker.trim().split(/\s+/);
  return words.length >= 2 ? g.firstNames.get(words[0].toLowerCase()) : undefined;
}

function roleGender(text: string, g: GenderWords, links: ReadonlySet<string>): Gender | undefined {
  for (const raw of text.toLowerCase().split(/[\s,]+/)) {
    if (links.has(raw)) return undefined;
    if (/['’]s?$/.test(raw)) continue;
    const found = g.roleWords.get(raw.replace(/\.$/, ""));
    if (found) return found;
  }
  return undefined;
}

/** Whether a speaker may be the one a pronoun of gender `want` takes up: not one shown to be of the other gender. */
export const genderFits = (want: Gender | undefined, s: ResolvedSpeaker, g: GenderWords, links: ReadonlySet<string>): boolean =>
  !want || (speakerGender(s, g, links) ?? want) === want;
