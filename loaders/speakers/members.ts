/**
 * The body whose members a plural description takes up: "the militants" after "militants from the Andean
 * Liberation Army", "the fighters" after "fighters of the Southern Front" (data/speakers.yaml `member_heads`).
 */
import { escapeRegExp } from "../text.ts";

/** How far back the members are looked for (characters): a paragraph or two, so each look is bounded. */
const MAX_BACK = 1500;

/** A body's proper name: capitalised words with "of", "for", "the", "and" between ("Andean Liberation Army"). */
const BODY_NAME = String.raw`(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}’'-]*)){0,7})`;

/** The last body named with members of this head ("militants from the X") before an offset; "" when none. */
export function bodyOfMembers(raw: string, bodyStart: number, head: string, before: number): string {
  const from = Math.max(bodyStart, before - MAX_BACK);
  // The head as written in a sentence or opening one ("Militants from the X seized …").
  const heads = `${escapeRegExp(head)}|${escapeRegExp(head[0].toUpperCase() + head.slice(1))}`;
  const pattern = new RegExp(`\\b(?:${heads})\\s+(?:from|of)\\s+(?:the\\s+)?${BODY_NAME}`, "gu");
  let last = "";
  for (const m of raw.slice(from, before).matchAll(pattern)) last = m[1].replace(/\s+(?:of|for|the|and)$/u, "");
  return last;
}
