/**
 * The outlet an article's text names as its own: a wire's credit, a byline, a closing
 * credit line, the outlet's words about itself. The forms are data (data/outlet-signatures.yaml),
 * the outlets' names and short forms too (data/outlets.yaml).
 */
import { join } from "node:path";
import { z } from "zod";
import { compilePattern, loadDictionary } from "./dictionaries.ts";
import type { Article } from "./corpus.ts";
import { WordStartIndex } from "./pattern-word-starts.ts";
import { literalAlternatives } from "./text.ts";

export interface Outlet {
  name: string;
  aliases: string[];
}

export interface OutletSignatures {
  /** The forms, in order; group 1 is the outlet. */
  forms: RegExp[];
  /** The forms by the word beginnings they need: a page is searched only with those it may hold. */
  formsByWord: WordStartIndex<RegExp>;
  /** A heading of its own line that opens a list of other pages ("Related Articles"). */
  teasers: RegExp;
  /** What a credit's place may hold that is no outlet ("Getty Images", "File Photo"), lower-cased. */
  notOutlets: ReadonlySet<string>;
  /** Small words a name's initials pass over ("Ministry of Defence" → MD). */
  nameJoiners: ReadonlySet<string>;
}

/** A capitalised name of up to four words, and a wire's name, which may open in lower case ("dpa-AFX"). */
const NAME = String.raw`[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}`;
const WIRE = String.raw`\p{L}[\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}`;
const WORD = String.raw`[A-Z][\w&.'’-]*`;

const signaturesSchema = z.object({
  outlet_words: z.array(z.string().min(1)).min(1),
  staff_words: z.array(z.string().min(1)).min(1),
  teaser_headings: z.array(z.string().min(1)).min(1),
  not_outlets: z.array(z.string().min(1)).min(1),
  name_joiners: z.array(z.string().regex(/^\p{Ll}+$/u, "a small word in lower case")).min(1),
  signatures: z.array(z.object({ form: z.string().regex(/(?:^|[^\\])\((?!\?)/, "needs a group ( … ) around the outlet, usually one of the placeholders {alias}, {outlet}, {name}, {wire}"), why: z.string().min(1) })).min(1),
});

/**
 * The forms of data/outlet-signatures.yaml, with the known outlets' aliases in place of
 * {alias}, and in place of {outlet} an alias or a capitalised name with a word that names
 * a publication in it ("The Daily Ledger", "Harbour Radio").
 */
export function loadOutletSignatures(dir: string, outlets: Outlet[]): OutletSignatures {
  const aliases = literalAlternatives(outlets.flatMap((o) => o.aliases));
  const file = join(dir, "outlet-signatures.yaml");
  const data = loadDictionary("outlet-signatures.yaml", signaturesSchema, dir);
  const words = literalAlternatives(data.outlet_words);
  const staff = `(?:${literalAlternatives(data.staff_words)})(?![\\w&-])`;
  // A publication's word with another capitalised word of the name ("Coast News", "Radio Free Asia", "The Times"), never alone ("TV").
  const word = `(?:${words})(?![\\w&-])`;
  const more = `(?: (?!${staff})${WORD})`;
  const outletName = String.raw`(?:(?:The )?(?:${WORD} ){1,3}${word}${more}{0,2}|(?:The )?${word}${more}{1,2}|The ${word})`;
  const outlet = `(?:${aliases}|${outletName})`;
  const forms = data.signatures.map(({ form }) =>
    compilePattern(file, form.replaceAll("{alias}", aliases).replaceAll("{outlet}", outlet).replaceAll("{staff}", staff).replaceAll("{name}", NAME).replaceAll("{wire}", WIRE), "dgmu"),
  );
  const teasers = compilePattern(file, String.raw`^[ \t]*(?:${literalAlternatives(data.teaser_headings)})[ \t]*:?[ \t]*$`, "imu");
  // The words each form needs, read from the form as written with its placeholders standing for
  // any text: spelling out hundreds of aliases would cost a third of a second in every process.
  const formsByWord = new WordStartIndex<RegExp>();
  data.signatures.forEach(({ form }, k) => formsByWord.add(new RegExp(form.replace(/\{(?:alias|outlet|staff|name|wire)\}/g, "(?:.)"), "dgmu"), forms[k]));
  return { forms, formsByWord, teasers, notOutlets: new Set(data.not_outlets.map((w) => w.toLowerCase())), nameJoiners: new Set(data.name_joiners) };
}

/** The outlet from a signature: "(Yonhap)", "With reporting by Reuters", "Follow AP's coverage", "— AFP", a photo credit. */
export function findOutlet(article: Article, outlets: Outlet[], signatures: OutletSignatures): string {
  const body = ownText(article.raw.slice(article.bodyStart), signatures.teasers);
  // Most forms need a word most pages lack ("Subscribe", "contributed"): the body is scanned once for them.
  const mayStand = signatures.formsByWord.candidates(body);
  for (const form of signatures.forms) {
    if (!mayStand.has(form)) continue;
    form.lastIndex = 0;
    for (let match = form.exec(body); match; match = form.exec(body)) {
      if (match[0] === "") form.lastIndex++;
      const [start] = match.indices![1];
      if (signatures.notOutlets.has(match[1].toLowerCase().replace(/\.$/, ""))) continue;
      if (!introducesAbbreviation(body, start, match[1], outlets, signatures.nameJoiners)) return outlets.find((o) => o.aliases.includes(match[1]))?.name ?? match[1];
    }
  }
  return "";
}

/** The page's text before a list of other pages' teasers ("Related Articles"), whose credits are theirs. */
function ownText(body: string, teasers: RegExp): string {
  const heading = teasers.exec(body);
  return heading ? body.slice(0, heading.index) : body;
}

/**
 * Whether "(KCNA)" follows the name it abbreviates, "the Korean Central News Agency (KCNA)":
 * the text introduces a short form for a source it names, and signs nothing. The name is
 * another alias of the same outlet, or capitalised words whose initials spell the short form.
 */
export function introducesAbbreviation(body: string, start: number, short: string, outlets: Outlet[], joiners: ReadonlySet<string>): boolean {
  if (body[start - 1] !== "(") return false;
  const before = body.slice(Math.max(0, start - 120), start - 1).trimEnd();
  const same = outlets.find((o) => o.aliases.includes(short));
  if (same?.aliases.some((alias) => alias !== short && before.endsWith(alias))) return true;
  const letters = short.replace(/[^\p{Lu}]/gu, "");
  if (letters.length < 2) return false;
  return initialsBefore(before, letters.length, joiners) === letters;
}

/** The initials of the last `count` capitalised words ending `text`, passing over small joining words. */
function initialsBefore(text: string, count: number, joiners: ReadonlySet<string>): string {
  const initials: string[] = [];
  const tokens = text.split(/\s+/);
  for (let i = tokens.length - 1; i >= 0 && initials.length < count; i--) {
    if (/^\p{Lu}/u.test(tokens[i])) initials.unshift(tokens[i][0]);
    else if (!joiners.has(tokens[i]) || initials.length === 0) break;
  }
  return initials.join("");
}
