import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

// A closing attribution followed by an inverted one that carries it ("…, Ruiz has announced, reports El
// Mercurio."): the first speaker speaks, the outlet is the channel, after a perfect, after an addressee and a
// day, and after a plain past.
const READ: [frame: string, text: string, speaker: string, via: string][] = [
  ["has announced, reports X", "Chile and Peru have agreed on a joint declaration, Chilean President Ana Ruiz has announced, reports El Mercurio.", "Ana Ruiz", "El Mercurio"],
  ["told Y Wednesday, writes X", "Peru sent 1,500 troops to Bolivia, Chile's intelligence agency told lawmakers Wednesday, writes El Mercurio.", "intelligence agency", "El Mercurio"],
  ["said, reports X", "Peru sent two frigates to the border, Ana Ruiz said, reports La Tercera.", "Ana Ruiz", "La Tercera"],
];

describe("an inverted attribution that carries a closing one", () => {
  it.each(READ)("%s", (_frame, text, speaker, via) => {
    const rows = statementsOf(text);
    expect(rows, JSON.stringify(rows.map((r) => [r.speaker, r.via, r.quote]))).toHaveLength(1);
    expect(rows[0].speaker.toLowerCase()).toContain(speaker.toLowerCase());
    expect(rows[0].via).toContain(via);
  });
});
