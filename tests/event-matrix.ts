/**
 * A frame matrix of the event coder: each verb read in each frame (an invented sentence) must
 * make a row of the verb's type from `actor` to `target`; the cells not read yet are listed as
 * gaps, and a gap that is now read fails too, so the list stays true.
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();

/** Whether the sentence makes a row of the type with `actor` acting on `target`. */
export function readsEvent(type: string, sentence: string, actor: string, target: string): boolean {
  const rows = extractEvents(makeEventDoc([sentence], "2024-06-06"), resources);
  return rows.some((r) => r.event_type === type && r.actor.split(";").includes(actor) && r.target.split(";").includes(target));
}

/** One test per frame, over every verb the frame can write. */
export function describeFrameMatrix<V extends { type: string }>(title: string, frames: Record<string, (v: V) => string | undefined>, verbs: Record<string, V>, gaps: ReadonlySet<string>, [actor, target]: [string, string]): void {
  describe(title, () => {
    for (const [frame, make] of Object.entries(frames)) {
      it(frame, () => {
        const cells = Object.entries(verbs).flatMap(([id, v]) => {
          const sentence = make(v);
          return sentence ? [{ cell: `${id} / ${frame}`, read: readsEvent(v.type, sentence, actor, target) }] : [];
        });
        expect(cells.filter((c) => c.read === gaps.has(c.cell)).map((c) => `${c.cell}: ${c.read ? "now read, leave GAPS" : "not read"}`)).toEqual([]);
      });
    }
  });
}
