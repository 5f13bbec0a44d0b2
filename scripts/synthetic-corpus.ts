/**
 * A deterministic synthetic corpus for benchmarks: articles made by recombining realistic
 * sentence templates with varied actors, numbers, quotes and dates. The same seed and size
 * always give the same files.
 */
import Papa from "papaparse";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPEAKERS = [
  ["John Kirby", "National Security Council spokesman"],
  ["Jake Sullivan", "US National Security Adviser"],
  ["Dmitry Peskov", "Kremlin spokesman"],
  ["Kim Yo Jong", "sister of North Korea's leader"],
  ["Antony Blinken", "US Secretary of State"],
  ["Yoon Suk Yeol", "South Korean President"],
  ["Maria Ortega", "a senior analyst at the Institute for Security Studies"],
  ["Park Min-jun", "a spokesperson for Seoul's defence ministry"],
];
const BODIES = ["Washington", "Seoul", "Moscow", "Pyongyang", "the Kremlin", "the White House", "South Korea's foreign ministry", "KCNA", "Tokyo", "the Pentagon"];
const ITEMS = ["artillery shells", "rockets", "ballistic missiles", "containers", "troops", "construction workers", "anti-tank missiles", "drones", "rounds of ammunition"];
const AMOUNTS = ["about 1.6 million", "74,000", "more than 10,000", "up to 3,000", "dozens of", "hundreds of thousands of", "between 5,000 and 6,000", "nearly half a million", "some 12,000", "three", "a dozen", "at least 1,000", "millions of"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
/** The random source a template draws from. */
interface Draw {
  rand: () => number;
  pick: <T>(items: T[]) => T;
}

const when = ({ pick, rand }: Draw) => pick([`on ${pick(WEEKDAYS)}`, "last week", `in ${pick(MONTHS)}`, "earlier this year", `on ${pick(MONTHS)} ${1 + Math.floor(rand() * 28)}`, "last month"]);

const TEMPLATES: Array<(draw: Draw) => string> = [
  (d) => `North Korea has shipped ${d.pick(AMOUNTS)} ${d.pick(ITEMS)} to Russia since ${d.pick(MONTHS)}, ${d.pick(BODIES)} said ${when(d)}.`,
  (d) => {
    const [name, role] = d.pick(SPEAKERS);
    return `"We will not stand by while Pyongyang arms Moscow," ${role} ${name} told reporters ${when(d)}.`;
  },
  (d) => `${d.pick(BODIES)} and ${d.pick(BODIES)} have denied any arms transfer.`,
  (d) => `Russia may have received ${d.pick(AMOUNTS)} ${d.pick(ITEMS)} from North Korea from ${d.pick(MONTHS)} to ${d.pick(MONTHS)}, the Washington Post reported, citing data that shows ${d.pick(AMOUNTS)} metric tons of explosives moved by rail.`,
  (d) => {
    const [name] = d.pick(SPEAKERS);
    return `${name} said ${when(d)} that the transfers "violate multiple United Nations Security Council resolutions" and warned that both countries "will pay a price."`;
  },
  (d) => `Russian President Vladimir Putin visited Pyongyang ${when(d)}, where he and North Korean leader Kim Jong Un signed a pact on mutual military assistance.`,
  (d) => `The United States imposed sanctions ${when(d)} on ${d.pick(["three", "five", "two"])} entities involved in the arms trade, the State Department said.`,
  (d) => `North Korea fired ${d.pick(AMOUNTS)} missiles into the sea ${when(d)}, South Korea's Joint Chiefs of Staff said.`,
  (d) => `Analysts say the supplies, worth an estimated $${1 + Math.floor(d.rand() * 9)}.${Math.floor(d.rand() * 10)} billion, would help Moscow sustain its offensive.`,
  (d) => {
    const [name, role] = d.pick(SPEAKERS);
    return `"This is yet another example of how desperate Mr. Putin has become. He is reaching out to countries like North Korea," said ${name}, ${role}. "It will not change the course of the war."`;
  },
  (d) => `Kim is likely to travel by armoured train to Vladivostok later this month to meet Putin, officials told the New York Times.`,
  (d) => `Seoul's unification ministry said ${when(d)} it was closely monitoring the situation along the U.S.-led coalition's lines, citing Lt. Gen. Park's briefing on Nov. 2.`,
];

/** One synthetic article: a headline, an optional date line, paragraphs of template sentences. */
export function syntheticArticle(index: number, seed: number): string {
  const rand = random(seed * 1_000_003 + index);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];
  const d: Draw = { rand, pick };
  const year = 2022 + Math.floor(rand() * 3);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const header = rand() < 0.5 ? ` date ${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} ` : "";
  const headline = `${pick(["Pyongyang", "Seoul", "Washington", "Moscow"])} ${pick(["Says", "Warns", "Denies", "Reports"])} ${pick(["Arms", "Shells", "Missiles", "Troops"])} ${pick(["Shipments", "Transfers", "Deal", "Supplies"])} ${pick(["to Russia", "Continue", "Grow"])}`;
  const paragraphs: string[] = [];
  const count = 8 + Math.floor(rand() * 8);
  const sentence = () => {
    const text = pick(TEMPLATES)(d);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  for (let p = 0; p < count; p++) paragraphs.push(Array.from({ length: 1 + Math.floor(rand() * 2) }, sentence).join(" "));
  const signature = pick(["(Yonhap)", "With reporting by Reuters", "Follow AP’s coverage of the Asia-Pacific region at", "— AFP"]);
  return `${header}${headline}\n\n${paragraphs.join("\n\n")}\n\n${signature}\n`;
}

/** Writes N synthetic articles into a folder and returns their total size in bytes. */
export function writeSyntheticCorpus(dir: string, count: number, seed: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = syntheticArticle(i, seed);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `syn_${String(i).padStart(5, "0")}.txt`), text);
  }
  return bytes;
}

/**
 * Writes one long article of about `megabytes` MB (MiB): synthetic articles one after
 * another, a line apart, only the first with its date line, so that the file reads as one
 * article of tens of thousands of paragraphs. Returns its size in bytes.
 */
export function writeLongArticle(file: string, megabytes: number, seed: number): number {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1024 * 1024; i++) {
    const text = syntheticArticle(i, seed);
    parts.push(i === 0 ? text : text.replace(/^ date \S+ /, ""));
    bytes += Buffer.byteLength(parts[i]) + 1;
  }
  const article = parts.join("\n");
  writeFileSync(file, article);
  return Buffer.byteLength(article);
}

/**
 * Writes N synthetic articles as one CSV feed (loaders/sources/csv.ts): id, title, outlet,
 * published and text columns, the date header line becoming the `published` column.
 * Returns the feed's size in bytes.
 */
export function writeSyntheticFeed(file: string, count: number, seed: number): number {
  const rows = Array.from({ length: count }, (_, i) => {
    const article = syntheticArticle(i, seed);
    const header = /^ date (\d{4}-\d{2}-\d{2}) /.exec(article);
    const text = article.slice(header ? header[0].length : 0);
    return { id: `feed-${String(i).padStart(5, "0")}`, title: text.split("\n")[0], outlet: "", url: "", published: header?.[1] ?? "", text };
  });
  const csv = Papa.unparse(rows, { columns: ["id", "title", "outlet", "url", "published", "text"] });
  writeFileSync(file, csv);
  return Buffer.byteLength(csv);
}
