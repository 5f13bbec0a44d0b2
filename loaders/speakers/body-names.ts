/**
 * A body's name as fully as the article writes it, with the initials the article also calls it by:
 * "CENTCOM said" where the article wrote "U.S. Central Command" is "U.S. Central Command (CENTCOM)";
 * "the official Harbour News Agency" after "the Harbour News Agency (HNA)" is "Harbour News Agency (HNA)";
 * "the country's Maritime Safety Office" after "the Chilean Maritime Safety Office" is the latter.
 * Either form the article uses then names the same body.
 */
import type { Gazetteer } from "../actors.ts";
import { escapeRegExp } from "../text.ts";
import { definedAcronym } from "./article-people.ts";

/** Initials: capitals and digits, a slash between two sets ("HUR/DIU"). */
const INITIALS = String.raw`\p{Lu}[\p{Lu}\d&-]{1,7}(?:\/\p{Lu}[\p{Lu}\d&-]{1,7})?`;
const isInitials = (word: string) => new RegExp(`^${INITIALS}$`, "u").test(word);
/** Lower-case words that stand inside a name ("Ministry of Defence", "Council for Peace and Security"). */
const INNER = new Set(["of", "for", "on", "the", "and", "de", "del", "la", "al"]);
/** A lead that ends in a link word: the name is a complement of the speaker's head ("representative of the"). */
const LINKED = /\b(?:of|for|at|from|with|to|in|by)(?:\s+the)?\s*$/i;
/** A capitalised word of a name, "U.S." and "Jama’at" included; no word that ends a sentence ("Iraq."). */
const NAME_WORD = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\d’'&-]*`;
/** Gazetteer kinds that are places or people: a state goes by its name, not its initials ("DPRK"). */
const UNNAMED_KINDS = new Set(["state", "capital", "place", "person"]);

/**
 * The speaker `speaker` of a body, named as fully as `raw` names it and with its initials; unchanged when the
 * phrase names no body by a name of its own, or names several ("Chile and Peru", "the UN, the EU").
 */
export function fullBodyName(speaker: string, raw: string, gazetteer: Gazetteer): string {
  if (/[(),;]|\s(?:and|&)\s/.test(speaker)) return speaker;
  const { lead, core } = splitName(speaker);
  if (!core) return speaker;
  const actor = bodyActor(core, gazetteer);
  if (actor === null) return speaker;
  if (isInitials(core)) {
    // "the Czech presidency of the EU": initials in a complement, or after a name, stay as the phrase writes them.
    const full = /\p{Lu}/u.test(lead) || LINKED.test(lead) ? "" : fullForInitials(core, raw, actor?.aliases ?? []);
    return full ? `${full} (${core})` : speaker;
  }
  // Lower-case words before the name ("the official", "the country's") give way to the article's fuller form;
  // a head linked to it ("a spokesman for the Harbour Defense Agency") is who speaks, and stays.
  // One word ("Hezbollah") is too little to find a fuller form by: "On Sunday Hezbollah said" names no "Sunday Hezbollah".
  const kept = /\p{Lu}/u.test(lead) || LINKED.test(lead) || !core.includes(" ");
  const fuller = kept ? `${lead}${core}`.trim() : fullerForm(core, raw);
  const initials = initialsAfter(fuller, raw) || initialsAfter(core, raw) || aliasInitials(actor?.aliases ?? [], core, raw);
  if (!initials) return fuller === core || fuller === `${lead}${core}`.trim() ? speaker : fuller;
  return `${fuller} (${initials})`;
}

/** The words before the name and the name: its last run of capitalised words, inner "of"/"for" kept ("the country's | Maritime Safety Office"). */
function splitName(speaker: string): { lead: string; core: string } {
  const words = speaker.trim().split(/\s+/);
  let i = words.length;
  while (i > 0 && (new RegExp(`^(?:${NAME_WORD})$`, "u").test(words[i - 1]) || (INNER.has(words[i - 1]) && i < words.length))) i--;
  // The name opens with a capital: "the" before it is a lead, not an inner word.
  while (i < words.length && INNER.has(words[i])) i++;
  const core = words.slice(i).join(" ");
  // A possessive's last word is no name of a body ("Chile's").
  if (!core || /[’']s$/.test(core) || /^(?:The|A|An)$/.test(core)) return { lead: speaker, core: "" };
  return { lead: words.slice(0, i).join(" ") + (i > 0 ? " " : ""), core };
}

/** The gazetteer's body for a name, undefined when it has none, null when the name is a state's or a person's. */
function bodyActor(core: string, gazetteer: Gazetteer) {
  const found = gazetteer.find(core);
  const whole = found.find((m) => m.start === 0 && m.end === core.length && !m.demonym);
  if (whole) return UNNAMED_KINDS.has(whole.actor.kind) ? null : whole.actor;
  // One word, no initials, nothing the gazetteer knows ("Hamas", "Pentagon", "Lima"): too little to take a fuller form by.
  if (!core.includes(" ") && !isInitials(core)) return null;
  return found.some((m) => UNNAMED_KINDS.has(m.actor.kind) && m.end === core.length) ? null : undefined;
}

/** The name initials stand for: defined in the article ("Central Command (CENTCOM)"), else the gazetteer's longest name the article writes. */
function fullForInitials(initials: string, raw: string, aliases: readonly string[]): string {
  const defined = definedAcronym(raw, initials);
  if (defined) return defined;
  // Not a form that holds the initials ("state media KCNA").
  const written = aliases.filter((a) => a !== initials && !isInitials(a) && !wordIn(initials, a, true) && wordIn(a, raw));
  return written.sort((a, b) => b.length - a.length)[0]?.replace(/^the\s+/i, "") ?? "";
}

/** The longest form the article writes of a name: capitalised words before it, one form only ("US Maritime Safety Office"). */
function fullerForm(core: string, raw: string): string {
  const forms = new Set<string>();
  const pattern = new RegExp(`((?:(?:${NAME_WORD})[ \\t]+){1,3})${escapeRegExp(core)}(?![\\p{L}])`, "gu");
  for (const m of linesHolding(raw, core).flatMap((line) => [...line.matchAll(pattern)])) {
    // Not the sentence's capitalised opener ("The", "According"), nor a possessive state ("Chile's", its own speaker's lead).
    const before = m[1].trim().split(/\s+/).filter((w) => !/^(?:The|A|An|According|In|On|At|By|For|From)$/.test(w));
    const kept: string[] = [];
    for (const w of before.reverse()) {
      // "Lima-based" places the body; it is no word of its name.
      if (/[’']s$|-\p{Ll}/u.test(w)) break;
      kept.unshift(w);
    }
    if (kept.length) forms.add(`${kept.join(" ")} ${core}`);
  }
  return forms.size === 1 ? [...forms][0] : core;
}

/**
 * The lines of `raw` that hold `core`, each once. The pattern before the name spans no line break
 * (its words and spaces hold none, nor does the name), so it is tried on these lines alone and
 * finds what it finds in the whole article: a scan of every word of the article for each speaker
 * was most of the statements' naming of bodies.
 */
function linesHolding(raw: string, core: string): string[] {
  const lines: string[] = [];
  for (let at = raw.indexOf(core); at >= 0; ) {
    const end = raw.indexOf("\n", at);
    lines.push(raw.slice(raw.lastIndexOf("\n", at) + 1, end < 0 ? raw.length : end));
    at = end < 0 ? -1 : raw.indexOf(core, end);
  }
  return lines;
}

/** Initials the article writes in brackets right after the name ("Harbour News Agency (HNA)"). */
function initialsAfter(name: string, raw: string): string {
  const m = new RegExp(`${escapeRegExp(name)}\\s*\\((${INITIALS})\\)`, "u").exec(raw);
  return m?.[1] ?? "";
}

/** The gazetteer's initials for the body, when the article writes them ("EU" beside "the European Union"); not a word of the name ("RIA Novosti"). */
function aliasInitials(aliases: readonly string[], name: string, raw: string): string {
  return aliases.find((a) => isInitials(a) && a.length <= 8 && !wordIn(a, name, true) && wordIn(a, raw, true)) ?? "";
}

function wordIn(word: string, raw: string, exactCase = false): boolean {
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(word)}(?![\\p{L}\\d])`, exactCase ? "u" : "iu").test(raw);
}
