import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("the unnamed who spoke, described again by another head", () => {
  it("gives 'the military sources' the 'two military officials' before", () => {
    const rows = spoken("Rebels killed six soldiers in a raid in northern Peru, according to two military officials who spoke to AFP on Monday. The rebels attacked the base before dawn, the military sources disclosed. The sources added that the base burned.");
    expect(rows.map((r) => r.split(":")[0])).toEqual(["two military officials", "two military officials", "two military officials"]);
  });

  it("keeps a description of another number or with other modifiers apart", () => {
    const rows = spoken("Rebels raided a base in northern Peru, according to two military officials. The attack lasted an hour, a police source said.");
    expect(rows[1]).toMatch(/^a police source: /);
  });
});

describe("a closing 'according to X' before X's own relative clause", () => {
  it("still gives the clause before it to X", () => {
    expect(spoken("Jets targeted the rebels as they fled, according to the second military officer, who confirmed the toll.")[0]).toBe("the second military officer: Jets targeted the rebels as they fled");
  });
});
