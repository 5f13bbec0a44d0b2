/**
 * Frames of attribution for the speaker matrices: one invented claim, said by a speaker phrase
 * in each frame ("X said that …", "…, X said", "According to X, …"). Each matrix picks the frames
 * it varies its speaker phrases over.
 */
export const CLAIM = "Peru has moved two frigates to the border";

export type Frame = [name: string, make: (x: string) => string];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ALL: Record<string, (x: string) => string> = {
  "X said that": (x) => `${cap(x)} said that ${CLAIM}.`,
  "..., X said": (x) => `${CLAIM}, ${x} said.`,
  "According to X": (x) => `According to ${x}, ${CLAIM}.`,
  '"...," X told reporters': (x) => `"${CLAIM}," ${x} told reporters.`,
  "X added that": (x) => `${cap(x)} added that ${CLAIM}.`,
  "X, in a statement, said": (x) => `${cap(x)}, in a statement on Monday, said ${CLAIM}.`,
};

/** The frames of these names, in this order. */
export function framesNamed(...names: string[]): Frame[] {
  return names.map((name) => [name, ALL[name]]);
}
