/**
 * The verb whose subject says an infinitive of saying's words: a catenative verb ("Peru continues to
 * insist …"), or an object-control verb and its object ("Putin asked Kim to convey his thanks",
 * "called on the embassy to deliver a note"), whose object only passes the asker's words on.
 */
import type { Ctx } from "./sentence.ts";

/** Parts of speech of the object between an object-control verb and "to" ("asked the Peruvian envoy to"). */
const OBJECT_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PUNCT"]);
/** How many words that object may take. */
const OBJECT_WORDS = 6;

/**
 * The token of an object-control verb before "to" at token `i` and the object between them ("asked Kim
 * to", "called on the embassy to", "urged him to"), or -1.
 */
function objectControlBefore(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  if (!ctx.words.infinitiveMarkers.has(tokens[i]?.lower ?? "")) return -1;
  for (let k = i - 1; k >= 0 && k >= i - 1 - OBJECT_WORDS; k--) {
    const t = tokens[k];
    // "called on the embassy to …": a particle between the verb and its object.
    const verbAt = (t.lower === "on" || t.lower === "upon") && k > 0 ? k - 1 : k;
    const verb = tokens[verbAt];
    if (k < i - 1 && verb.pos === "VERB" && ctx.words.objectControlVerbs.has(verb.lemma)) return verbAt;
    if (!OBJECT_TAGS.has(t.pos) || ctx.quoted[t.start] || t.text === ",") return -1;
  }
  return -1;
}


/** The token of the verb whose subject speaks for the infinitive marker at token `i` ("continues to", "asked Kim to"), or -1. */
export function infinitiveController(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  if (ctx.words.infinitiveMarkers.has(tokens[i].lower) && tokens[i - 1]?.pos === "VERB" && ctx.words.catenativeVerbs.has(tokens[i - 1].lemma)) return i - 1;
  return objectControlBefore(ctx, i);
}
