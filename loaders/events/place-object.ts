/**
 * Land taken: a verb of seizing whose object is a city or region ("captured Tacna", "seized
 * control of Arica, a port city", "the towns of Tacna and Ilo, which were captured by …") took
 * territory, an attack; the same verb on people or goods ("captured two soldiers") is coercion.
 * The entry's `of_place` (data/event-verbs.yaml) says what act it is then.
 */
import { isPlace } from "./parties.ts";
import type { Party, RoleContext } from "./types.ts";
import { isPassive } from "./subject.ts";

/** Whether the trigger's object is a place: right after it ("took control of the town of Ilo"), or a passive relative's antecedent. */
export function takesPlace(ctx: RoleContext, actor: Party | undefined): boolean {
  const { parties, text, ts, te, words } = ctx;
  const after = parties.find((p) => p.start >= te && p.codes.length > 0 && p !== actor);
  if (after && isPlace(after) && words.placeObjectGap.test(text.slice(te, after.start))) return true;
  if (!isPassive(ctx)) return false;
  // "Tacna and Ilo, which were captured by Chilean troops": the place the relative stands for.
  const before = [...parties].reverse().find((p) => p.end <= ts && p.codes.length > 0);
  return !!before && isPlace(before) && words.relativePassiveGap.test(text.slice(before.end, ts));
}
