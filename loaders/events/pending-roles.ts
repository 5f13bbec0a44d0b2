/**
 * The article pass over roles left open in their sentence: a denial answers the accusers
 * named before, an unnamed speaker ("the vice president") speaks for the side it spoke for before.
 */
import type { Mention } from "./types.ts";
import { intersects, listOf } from "./wording.ts";

/** Denials answer the accusers named before; an unnamed speaker answers the side that accused it. */
export function resolvePendingRoles(mentions: Mention[]): void {
  const accusations = new AccusationIndex();
  const speakerCodes = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.actor.length === 0 && m.speakerKey && speakerCodes.has(m.speakerKey)) m.actor = speakerCodes.get(m.speakerKey)!;
    if (m.pendingActor === "reply" && m.actor.length === 0 && m.target.length > 0) {
      const accused = accusations.latestAgainstAccuser(m.target);
      if (accused) m.actor = accused.target.filter((c) => !m.target.includes(c));
    }
    if (m.pendingTarget === "accuser" && m.actor.length > 0) {
      const accusation = accusations.latestAccusing(m.actor);
      if (accusation) m.target = accusation.actor;
    }
    if (m.actor.length > 0 && m.speakerKey.startsWith("description:") && !speakerCodes.has(m.speakerKey)) speakerCodes.set(m.speakerKey, m.actor);
    m.target = m.target.filter((c) => !m.actor.includes(c) || m.entry?.joint || m.domestic);
    accusations.add(m);
  }
}

/**
 * The accusations and threats read so far, indexed by the codes of their actors and targets,
 * so that a reply finds the one it answers without going back over every earlier mention.
 * A mention's parties are final once it is added.
 */
class AccusationIndex {
  private count = 0;
  /** Accusations and threats with a target, by actor code: [order read, mention]. */
  private readonly byActor = new Map<string, Array<[number, Mention]>>();
  /** Accusations by target code. */
  private readonly byTarget = new Map<string, Array<[number, Mention]>>();

  add(m: Mention): void {
    const at = this.count++;
    if ((m.type === "ACCUSE" || m.type === "THREATEN") && m.target.length > 0) for (const c of new Set(m.actor)) listOf(this.byActor, c).push([at, m]);
    if (m.type === "ACCUSE") for (const c of new Set(m.target)) listOf(this.byTarget, c).push([at, m]);
  }

  /** The latest accusation or threat with a target made by one of `codes` (the side a reply answers). */
  latestAgainstAccuser(codes: string[]): Mention | undefined {
    let best: [number, Mention] | undefined;
    for (const c of codes) {
      const last = this.byActor.get(c)?.at(-1);
      if (last && (!best || last[0] > best[0])) best = last;
    }
    return best?.[1];
  }

  /** The latest accusation aimed at one of `codes` and made by none of them. */
  latestAccusing(codes: string[]): Mention | undefined {
    let best: [number, Mention] | undefined;
    for (const c of codes) {
      const list = this.byTarget.get(c) ?? [];
      for (let i = list.length - 1; i >= 0 && (!best || list[i][0] > best[0]); i--) {
        if (!intersects(list[i][1].actor, codes)) {
          best = list[i];
          break;
        }
      }
    }
    return best?.[1];
  }
}
