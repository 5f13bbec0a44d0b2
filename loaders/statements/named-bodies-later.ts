/**
 * A body described before the article names it: "the Chilean defence ministry said …", then "the Ministry of
 * National Defence said …". News writing describes a body by its state and its field first and gives its proper
 * name later; the description then stands for the body so named.
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { describedHead } from "../speakers/taken-up.ts";
import { escapeRegExp } from "../text.ts";
import { type Built } from "./rows.ts";

/** Gives each definite description of a body the proper name of the first body of its head the article names after it, when that name fits. */
export function nameDescribedBodies(built: Built[], lex: StatementLexicon): void {
  built.forEach((b, i) => {
    const described = describedBody(b, lex);
    if (!described) return;
    // The first later speaker named by that head, capitalised, decides: a body of another field named between is no other's name.
    const head = new RegExp(`(?<!\\p{L})${escapeRegExp(described.head)}(?!\\p{L})`, "u");
    const next = built.slice(i + 1).find((n) => n.speaker.kind !== "person" && n.speaker.kind !== "pronoun" && head.test(capitalisedHead(n.row.speaker, described.head)));
    if (!next || !fits(next, b, described.fields)) return;
    b.row.speaker = next.row.speaker;
  });
}

/**
 * "the Chilean defence ministry": a definite, singular description whose head is a body's, with a field of its own
 * in lower case ("defence") beside the state's adjective; its head and fields, else undefined.
 */
function describedBody(b: Built, lex: StatementLexicon): { head: string; fields: string[] } | undefined {
  const s = b.speaker;
  if (s.kind !== "description" || s.plural || s.anonymous || !/^the\s/i.test(s.description)) return undefined;
  const head = describedHead(s.description, lex);
  const words = s.description.replace(/^the\s+/i, "").split(/\s+/);
  if (!lex.bodyHeads.has(head) || words[words.length - 1].toLowerCase() !== head) return undefined;
  const fields = words.slice(0, -1).filter((w) => /^\p{Ll}+$/u.test(w) && !lex.speakerWords.functionWords.has(w));
  // Only the state's adjectives and a field: "the new ministry", "the ministry's office" name no field.
  const others = words.slice(0, -1).filter((w) => !/^\p{Lu}/u.test(w) && !fields.includes(w));
  return fields.length > 0 && others.length === 0 ? { head: head.charAt(0).toUpperCase() + head.slice(1), fields } : undefined;
}

/** The name with its head as written when it is capitalised ("Ministry of National Defence"), else "". */
const capitalisedHead = (name: string, head: string) => (new RegExp(`(?<!\\p{L})${escapeRegExp(head)}(?!\\p{L})`, "u").test(name) ? name : "");

/** Whether the named body serves the same state and its name holds each field of the description ("Defence" for "defence"). */
function fits(next: Built, own: Built, fields: string[]): boolean {
  const [mine, theirs] = [own.speaker.country, next.speaker.country];
  if (!mine || !theirs || !mine.split(";").includes(theirs)) return false;
  return fields.every((f) => new RegExp(`(?<!\\p{L})${escapeRegExp(f)}(?!\\p{L})`, "iu").test(next.row.speaker));
}
