/**
 * Acts a sentence's speakers make by reporting others (mentions.ts): an accusation of whoever does a
 * hostile or contested act, a promise of a side's own coming aid, concession or withdrawal.
 */
import { governs } from "./attributions.ts";
import type { Attribution, Mention } from "./types.ts";
import type { EventWords } from "./words.ts";

/**
 * A state's speaker who says that parties other than the speaker's own side transfer,
 * request or discuss arms makes an accusation (the guide: "a claim that the target did
 * or plans something wrongful"), whether it says, reports or is cited ("according to
 * South Korea's spy agency"). So does one who reports another side's attack on anyone,
 * the speaker's own side included ("Russia struck Kyiv overnight, Ukrainian officials
 * said"): the attacker is accused. Confirmations, media and analysts make none.
 */
export function derivedAccusations(words: EventWords, text: string, mentions: Mention[], attributions: Attribution[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    // "Lima dismissed reports that Chile had sent troops": reports a speaker denies are no claim of its own.
    const a = attributions.find((x) => governs(words, text, x, m.ts) && !words.deniedReport.test(text.slice(Math.max(0, x.start - 40), x.start)));
    if (!a || a.stateless || a.codes.length === 0 || a.verb === "confirmed") continue;
    const accused = accusedParties(words, text, m, a.codes);
    if (accused && accused.length > 0) out.push(accusationOf(m, a, accused));
  }
  return out;
}

/**
 * Whom a speaker (`speaker` its codes) accuses by reporting a mention's act: the actor of a
 * hostile act (and the other parties of a contested one, but not the speaker's side), every
 * party of a contested act the speaker's side is no party to; none for its own side's acts.
 */
function accusedParties(words: EventWords, text: string, m: Mention, speaker: string[]): string[] | undefined {
  if (m.actor.some((c) => speaker.includes(c))) return undefined;
  const parties = [...m.actor, ...m.target];
  if (words.hostileTypes.has(m.type) && m.status !== "planned") return m.entry?.contested ? parties.filter((c) => !speaker.includes(c)) : m.actor;
  // Talks are contested only when they are about arms ("discussed arms deals").
  const contested = m.type === "CONSULT" ? words.armsNoun.test(text) : m.entry?.contested;
  return contested && !parties.some((c) => speaker.includes(c)) ? parties : undefined;
}

/**
 * A side that announces its own coming aid, concession or withdrawal ("Finland will give
 * Tanzania a grant, the ministry said") makes a promise (PLOVER's AGREE), told beside the
 * act itself: the speaker is the actor's side, or a statement that names no other side.
 */
export function derivedPromises(words: EventWords, text: string, mentions: Mention[], attributions: Attribution[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.status !== "planned" || !words.promisedModes.has(m.mode) || m.actor.length === 0) continue;
    const a = attributions.find((x) => governs(words, text, x, m.ts));
    if (!a || (a.codes.length > 0 ? !m.actor.every((c) => a.codes.includes(c)) : a.level !== "description")) continue;
    out.push({ ...accusationOf(m, a, m.target), type: "AGREE", mode: "promise", rule: "derived-promise", actor: m.actor });
  }
  return out;
}

/** The ACCUSE mention a speaker's report of an act makes: the speaker accuses `accused`. */
function accusationOf(m: Mention, a: Attribution, accused: string[]): Mention {
  return {
    ...m,
    entry: undefined,
    rule: "derived-accusation",
    type: "ACCUSE",
    mode: "accusation",
    ts: a.start,
    te: a.end,
    actor: a.codes,
    target: accused,
    pendingActor: undefined,
    pendingTarget: undefined,
    fallbackTarget: accused,
    status: "occurred",
    date: a.date,
    speakerKey: a.key,
    speakerLevel: a.level,
    speech: true,
    symmetric: false,
    doer: undefined,
    undirected: false,
    location: "",
    attributed: true,
  };
}
