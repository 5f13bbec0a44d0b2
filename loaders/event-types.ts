/**
 * The readable label of each PLOVER event type (data/event-types.yaml), for the site's
 * legends, tooltips and filters: a reader sees "Visit or talks", not CONSULT.
 */
import { z } from "zod";
import { loadDictionary } from "./dictionaries.ts";
import { PLOVER_TYPES } from "./plover.ts";

const EventTypesSchema = z
  .object({ labels: z.record(z.enum(PLOVER_TYPES), z.string().min(1)) })
  .strict()
  .refine((d) => PLOVER_TYPES.every((t) => t in d.labels), { message: `every PLOVER type needs a label: ${PLOVER_TYPES.join(", ")}` });

export type EventTypeLabels = Record<(typeof PLOVER_TYPES)[number], string>;

export function loadEventTypeLabels(dir?: string): { labels: EventTypeLabels } {
  return loadDictionary("event-types.yaml", EventTypesSchema, dir) as { labels: EventTypeLabels };
}
