/**
 * The parsed and validated contents of dictionary files, by schema and text. The memo of
 * dictionary groups (dictionary-memo.ts) loads a whole group again when one of its files
 * changes; this spares the group's other files their YAML and zod, the larger part of a
 * load (event-verbs.yaml alone is 250 KB), when an editor's copy of data/ changes one file.
 * What is kept is deep-frozen, as it is handed to every later load of the same text: a
 * loader that wrote to it would change another group's dictionaries, and throws instead.
 */
import { createHash } from "node:crypto";

/** Texts kept per schema, the most recently used last: data/'s own and a few edited copies. */
const KEPT_PER_SCHEMA = 8;

const bySchema = new WeakMap<object, Map<string, unknown>>();

/** `value` and everything it holds, frozen (an object frozen already may hold one that is not). */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key], seen);
  return value;
}

/**
 * `parse()` frozen, or its value from an earlier call with the same schema and text. A parse
 * that throws is not kept: its error (which names the file) is raised every time.
 */
export function parsedOnce<T>(schema: object, text: string, parse: () => T): T {
  const key = createHash("sha1").update(text).digest("base64");
  let kept = bySchema.get(schema);
  if (!kept) bySchema.set(schema, (kept = new Map()));
  if (kept.has(key)) {
    const value = kept.get(key) as T;
    // Moved to the end: the least recently used goes first.
    kept.delete(key);
    kept.set(key, value);
    return value;
  }
  const value = deepFreeze(parse());
  kept.set(key, value);
  if (kept.size > KEPT_PER_SCHEMA) kept.delete(kept.keys().next().value!);
  return value;
}
