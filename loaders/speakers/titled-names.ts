/**
 * The names a title stands before ("Defence Minister Andrei Belousov", "President Obama") and the
 * role the article gives a name, by a title before it or an apposition after it.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { NameRuns } from "./name-runs.ts";
import { appositionRole, hasRoleWord, isCapitalised } from "./phrase.ts";

/** The role the article gives a name at `span`: a title before it, else an apposition after it. */
export function roleAt(raw: string, bodyStart: number, { start, end }: { start: number; end: number }, lex: StatementLexicon): string {
  const lineStart = Math.max(raw.lastIndexOf("\n", start - 1) + 1, bodyStart);
  const before = raw.slice(Math.max(lineStart, start - 120), start);
  const pre = lex.speakerWords.titleBefore.exec(before);
  if (pre) {
    const candidate = trimTitle(pre[1], lex);
    if (candidate && hasRoleWord(candidate, lex)) return candidate;
  }
  const after = /^,\s+([^,.;]{3,120}?)(?:,|\.(?:\s|$)|$)/u.exec(raw.slice(end, end + 160));
  // "Chief of the Norland General Staff, Ola Brenn, said": a title opening the sentence before the name, closed by
  // the name's own comma; in "…to the border, Ana Ruiz said" the words before are the reported clause.
  const closed = /^\s*,/.test(raw.slice(end, end + 2));
  return appositionRole(after?.[1], lex) || (closed ? appositionRole(/(?:^|[.!?]\s+)([^,.;:!?"“”]{3,80}),\s*$/u.exec(before)?.[1], lex) : "");
}

/** Longest name a title may precede, in words. */
const MAX_NAME_WORDS = 4;

/**
 * The names after a title in the article's runs of capitals ("Defence Minister Andrei Belousov",
 * "leader Ri Il Hwan") that the gazetteer does not know (its people are found by
 * personMentions), with the role the article gives them: two to four capitalised words, none a
 * role word, after a title whose head names a person's office ("minister", "spokeswoman"), not a body.
 * With `lone`, the surnames a title stands before alone instead ("President Obama", "Gov. Pence"): news
 * writes a well-known person so, and "the president" takes them up, but a lone capitalised word is as
 * often a place or a body, so only a description of that office asks for them (identify.ts).
 */
export function titledNames(raw: string, bodyStart: number, runs: NameRuns, lex: StatementLexicon, lone = false): Array<{ name: string; role: string; at: number }> {
  const out: Array<{ name: string; role: string; at: number }> = [];
  for (let i = 0; i < runs.starts.length; i++) {
    const end = withSurnameAfterInitial(raw, runs, i);
    const r = { start: runs.starts[i], text: raw.slice(runs.starts[i], end) };
    if (end !== runs.ends[i]) i++;
    const ws = r.text.split(" ");
    let lastTitle = -1;
    // "Minister of Mining Ana Vidal": the office's portfolio (a role word) ends the title as a title word does.
    ws.forEach((w, k) => {
      if (lex.titleWords.has(w.toLowerCase()) || lex.roleWords.has(w.toLowerCase())) lastTitle = k;
    });
    const nameWords = ws.slice(lastTitle + 1);
    const size = lone ? nameWords.length === 1 : nameWords.length >= 2 && nameWords.length <= MAX_NAME_WORDS;
    if (!size || nameWords.some((w, k) => !(/^\p{Lu}\p{Ll}/u.test(w) || middleInitial(nameWords, k)) || lex.roleWords.has(w.toLowerCase()))) continue;
    const name = nameWords.join(" ").replace(/['’]s?$/, "");
    if (lex.gazetteer.find(name).length > 0) continue;
    const start = r.start + ws.slice(0, lastTitle + 1).join(" ").length + (lastTitle >= 0 ? 1 : 0);
    const role = roleAt(raw, bodyStart, { start, end: start + name.length }, lex);
    if (role && (lone ? titleRightBefore(raw, start, lex) : namesOffice(role, lex))) out.push({ name, role, at: start });
  }
  return out;
}

/** "George W. Bush", "Paul D. Ryan": a capital and a point between a given name and a surname. */
const middleInitial = (ws: readonly string[], k: number) => k > 0 && k < ws.length - 1 && MIDDLE_INITIAL.test(ws[k]);
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;
/** A run that ends in a capital alone ("President George W"): the point after it cut the name. */
const ENDS_IN_INITIAL = /\s\p{Lu}$/u;

/**
 * Where the name of run i ends: the point of a middle initial cuts "President George W. Bush" into
 * two runs, joined again when the first ends in a capital alone and the second, right after the
 * point, is one word (the surname); "Plan B. Then Ana Ruiz" (more words after it) is a sentence's end.
 */
function withSurnameAfterInitial(raw: string, runs: NameRuns, i: number): number {
  const end = runs.ends[i];
  const next = i + 1 < runs.starts.length ? runs.starts[i + 1] : -1;
  if (next !== end + 2 || raw[end] !== "." || !ENDS_IN_INITIAL.test(raw.slice(runs.starts[i], end))) return end;
  return raw.slice(next, runs.ends[i + 1]).includes(" ") ? end : runs.ends[i + 1];
}

/**
 * Whether the word right before `at` is a title of a person's office, written out or short ("President",
 * "Sen."): "Justice Department" or "Houston Mayor's Office" name no one, a lone name needs its title beside it.
 */
function titleRightBefore(raw: string, at: number, lex: StatementLexicon): boolean {
  const before = /(\S+)\s+$/u.exec(raw.slice(Math.max(0, at - 40), at))?.[1] ?? "";
  const title = titleWord(before, lex);
  return lex.titleWords.has(title) && lex.speakerHeads.has(title) && !lex.bodyHeads.has(title);
}

/** A title word as written, its abbreviation spelt out ("Sen." → senator). */
const titleWord = (w: string, lex: StatementLexicon) => {
  const l = w.toLowerCase().replace(/\.$/, "");
  return lex.speakerWords.titleAbbreviations.get(l) ?? l;
};

/** Whether a role's head (its last word before "of", "at", "for" …) is a person's office: "Defence Minister", "director of the bureau". */
function namesOffice(role: string, lex: StatementLexicon): boolean {
  const ws = role.toLowerCase().split(/\s+/);
  const link = ws.findIndex((w, k) => k > 0 && lex.speakerWords.functionWords.has(w));
  const head = (link > 0 ? ws[link - 1] : ws[ws.length - 1]).replace(/[^\p{L}-]/gu, "");
  return lex.speakerHeads.has(head) && !lex.bodyHeads.has(head);
}

/** Keeps the title-like tail of a phrase before a name ("… said Russian Defense Minister" → "Russian Defense Minister"). */
function trimTitle(phrase: string, lex: StatementLexicon): string {
  const ws = phrase.trim().split(/\s+/);
  let i = ws.length;
  while (i > 0) {
    const w = ws[i - 1];
    const l = w.toLowerCase().replace(/['’]s$/, "");
    // "Minister of Natural Resources and Environment": "and" joins two capitalised words of one office's name.
    const joining = (l === "and" || l === "&") && i < ws.length && i > 1 && isCapitalised(ws[i]) && isCapitalised(ws[i - 2]);
    if (isCapitalised(w) || lex.roleWords.has(l) || lex.titleWords.has(l) || /['’]s$/.test(w) || joining || /^\(\p{Lu}[\p{Lu}\p{N}.-]+\)$/u.test(w)) i--;
    else break;
  }
  const kept = ws.slice(i);
  while (kept.length && lex.speakerWords.determiners.has(kept[0].toLowerCase())) kept.shift();
  return kept.join(" ");
}
