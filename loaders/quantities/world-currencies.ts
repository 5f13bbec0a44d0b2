/**
 * Every state's currency from the world-countries package ("Peruvian sol", "S/."), beneath the
 * editors' data/units.yaml: the names and signs it lacks, by ISO code, with data/world-currencies.yaml.
 */
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { z } from "zod";
import { loadDictionary } from "../dictionaries.ts";

/** The package ships CommonJS; its typings describe the list it exports. */
const countries: Countries = createRequire(import.meta.url)("world-countries");

export const WORLD_CURRENCIES_FILE = "world-currencies.yaml";
const schema = z.object({
  plurals: z.record(z.string().min(1), z.array(z.string().min(1))),
  needs_adjective: z.array(z.string().min(1)),
  skip_codes: z.array(z.string().regex(/^[A-Z]{3}$/)),
  skip_symbols: z.array(z.string().min(1)),
  read_by_state: z.array(z.string().min(1)),
});

export interface CurrencyForms {
  unit: string;
  symbols: string[];
  words: string[];
}

/** The package's currencies by code (the first state to use one names it). */
function packageCurrencies(): Map<string, { name: string; symbol: string }> {
  const byCode = new Map<string, { name: string; symbol: string }>();
  for (const c of countries) for (const [code, v] of Object.entries(c.currencies ?? {})) if (!byCode.has(code) && v?.name) byCode.set(code, { name: v.name, symbol: v.symbol ?? "" });
  return byCode;
}

const plain = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").replace(/[ʻ’]/g, "'");

/**
 * The forms of the package's currencies that `listed` (units.yaml) lacks, for the codes of
 * `known` (currency-codes.yaml). A last word shared by two currencies' names ("dinar") or listed
 * as needing its adjective ("real") is read only after the adjective ("Brazilian real").
 */
export function worldCurrencies(listed: CurrencyForms[], known: Set<string>, dir: string): CurrencyForms[] {
  const dictionary = loadDictionary(WORLD_CURRENCIES_FILE, schema, dir);
  const currencies = [...packageCurrencies()].filter(([code]) => known.has(code) && !dictionary.skip_codes.includes(code));
  const lastWord = (name: string) => name.split(/\s+/).pop()!.toLowerCase();
  const heads = new Map<string, number>();
  for (const [, c] of currencies) heads.set(lastWord(c.name), (heads.get(lastWord(c.name)) ?? 0) + 1);
  const needsAdjective = new Set(dictionary.needs_adjective.map((w) => plain(w.toLowerCase())));
  const symbolCodes = new Map<string, Set<string>>();
  for (const [code, c] of currencies) symbolCodes.set(c.symbol, (symbolCodes.get(c.symbol) ?? new Set()).add(code));
  const taken = new Set(listed.flatMap((c) => [...c.symbols, ...c.words]).map((w) => plain(w.toLowerCase())));
  const free = (forms: string[]) => [...new Set(forms.flatMap((f) => [f, plain(f)]))].filter((f) => !taken.has(plain(f.toLowerCase())));
  const out: CurrencyForms[] = [];
  for (const [code, c] of currencies) {
    const words = c.name.split(/\s+/);
    const head = lastWord(c.name);
    const plurals = [`${head}s`, ...(dictionary.plurals[head] ?? [])];
    const named = words.length > 1 ? [c.name, ...plurals.map((p) => [...words.slice(0, -1), p].join(" "))] : [];
    const alone = heads.get(head) === 1 && !needsAdjective.has(plain(head)) ? [head, ...plurals] : [];
    const symbol = readableSymbol(c.symbol, symbolCodes, dictionary.skip_symbols) ? [c.symbol] : [];
    const forms = { unit: code, symbols: free(symbol), words: free([...named, ...alone]) };
    for (const f of [...forms.symbols, ...forms.words]) taken.add(plain(f.toLowerCase()));
    if (forms.symbols.length + forms.words.length > 0) out.push(forms);
  }
  return out;
}

/** A shared name's currency in each state that uses it: "peso" → PHL → PHP, CHL → CLP. */
export interface StateCurrencies {
  /** The plural and singular forms read after a number ("pesos", "peso") → the shared name. */
  forms: Map<string, string>;
  /** The shared name → the states (ISO alpha-3) using a currency of that name → its code. */
  byState: Map<string, Map<string, string>>;
  /** The shared name → its plural as news writes it ("peso" → "pesos", "sol" → "soles"), for a report that names none of its states. */
  plural: Map<string, string>;
}

/**
 * The names data/world-currencies.yaml `read_by_state` lists ("peso"), with the currency each
 * state of that name uses: "50 billion pesos" in a report on Manila is PHP, on Santiago CLP.
 */
export function stateCurrencies(known: Set<string>, dir: string): StateCurrencies {
  const dictionary = loadDictionary(WORLD_CURRENCIES_FILE, schema, dir);
  const out: StateCurrencies = { forms: new Map(), byState: new Map(), plural: new Map() };
  for (const name of dictionary.read_by_state.map((w) => w.toLowerCase())) {
    const states = new Map<string, string>();
    for (const c of countries) {
      for (const [code, v] of Object.entries(c.currencies ?? {})) {
        const last = plain(v?.name?.split(/\s+/).pop()?.toLowerCase() ?? "");
        if (last === plain(name) && known.has(code) && !states.has(c.cca3)) states.set(c.cca3, code);
      }
    }
    out.byState.set(name, states);
    const plurals = dictionary.plurals[name] ?? [`${name}s`];
    out.plural.set(name, plurals[0]);
    for (const form of [name, `${name}s`, ...plurals]) out.forms.set(form, name);
  }
  return out;
}

/** A sign of one currency only, with a mark that is no letter ("S/.", "₡"); "Ft", "$" are not read. */
function readableSymbol(symbol: string, symbolCodes: Map<string, Set<string>>, skip: string[]): boolean {
  return symbol.length > 0 && symbolCodes.get(symbol)!.size === 1 && !skip.includes(symbol) && /[^\p{L}\s]/u.test(symbol) && !/\s/.test(symbol);
}
