/**
 * Support told inside one state's politics: "Senator Ruiz endorsed the nominee", "the governor
 * backs Vidal". Praise and endorsement between a state's own politicians are opinions in its
 * campaign, no act between sides (the guide codes none), while support given to another state
 * or by one ("Peru backs Chile's bid", "Russia backs the government") is. Which types are such
 * acts is data/event-words.yaml's `home_only_excluded_types`.
 */
import type { MergedEvent } from "./merging.ts";
import type { EventWords } from "./words.ts";

/** Whether the event, of a type excluded at home, names no side but the article's state `home`. */
export function isHomeOnly(e: MergedEvent, home: string | undefined, words: EventWords): boolean {
  if (!home || !words.homeOnlyExcludedTypes.has(e.anchor.type)) return false;
  const sides = [...e.actor, ...e.target];
  return sides.length > 0 && sides.every((c) => c === home);
}
