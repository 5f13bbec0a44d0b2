/**
 * Headline grammar: how a line in sentence case that closes with a full stop (as some pages
 * and corpora set their headlines: "Judge rejects request to unseal file.") differs from a
 * one-sentence lead ("A judge rejected the request on Monday."). A headline tells a past act
 * in the present ("rejects", "says", "has") or a coming one with "to" ("Minister to visit
 * Lima"), or with no verb at all ("Fireworks over immunity deals"), and drops the article
 * before its subject.
 */
import { readWords } from "./analysis/words.ts";

/** Whether a line reads as a headline by its grammar: its first verb, and no article before it. */
export function readsAsHeadline(line: string): boolean {
  const words = readWords({ text: line, start: 0 });
  const verb = words.findIndex((w) => w.pos === "VERB" || w.pos === "AUX");
  if (verb < 0) return true;
  // "A judge rejects …", "The latest: …": an article before the subject is prose's.
  if (words.slice(0, verb).some((w) => w.pos === "DET" && (w.lower === "a" || w.lower === "an" || w.lower === "the"))) return false;
  const w = words[verb];
  // "Minister to visit": "to" and the verb's base form, right after the subject.
  if (verb > 0 && words[verb - 1].lower === "to" && w.text.toLowerCase() === w.lemma) return true;
  // "rejects", "says", "has": the present of the third person ("is" and "was" are prose's too).
  const presentThird = /s$/.test(w.lower) && w.lower !== w.lemma && !["is", "was", "has been"].includes(w.lower);
  // "Trump not walking the walk": a participle with no auxiliary.
  const bareParticiple = w.pos === "VERB" && /ing$/.test(w.lower);
  // "Leaders weigh plans": the present of the plural, after a plural noun.
  const before = words[verb - 1];
  const presentPlural = w.pos === "VERB" && w.lower === w.lemma && before !== undefined && (before.pos === "NOUN" || before.pos === "PROPN") && /s$/.test(before.lower);
  return presentThird || bareParticiple || presentPlural;
}
