import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../loaders/actors.ts";
import { DATA_DIR } from "../loaders/dictionaries.ts";

describe("every ISO 3166-1 state in the gazetteer", () => {
  const gazetteer = loadGazetteer();
  const codeOf = (text: string) => gazetteer.find(text).map((m) => m.actor.code).join(";");

  it("knows states beyond data/actors.yaml by name, official name, demonym and capital", () => {
    expect(codeOf("Finland will give Tanzania a grant.")).toBe("FIN;TZA");
    expect(codeOf("the Republic of Finland")).toBe("FIN");
    expect(codeOf("Hungarian and Romanian officials agreed")).toBe("HUN;ROU");
    expect(codeOf("talks in Ouagadougou")).toBe("BFA");
  });

  it("reads each of a state's several demonyms, and the short ones data/world-states.yaml adds", () => {
    expect(codeOf("Herzegovinian farmers met Bosnian officials")).toBe("BIH;BIH");
    expect(codeOf("Saudi diplomats and two Saudis")).toBe("SAU;SAU");
    expect(codeOf("a convoy left Bosnia")).toBe("BIH");
  });

  it("gives a demonym a sovereign state shares with a territory to the state", () => {
    expect(codeOf("Dutch officials and two Dutch experts met in Amsterdam")).toBe("NLD;NLD;NLD");
  });

  it("knows Kosovo, which ISO 3166-1 gives no code of its own, by the code news data sets write", () => {
    expect(codeOf("Kosovar police in Pristina and the Republic of Kosovo")).toBe("XKX;XKX;XKX");
  });

  it("leaves the editors' entries and their aliases in charge", () => {
    expect(gazetteer.find("Pyongyang")[0].actor.name).toBe("Pyongyang");
    expect(codeOf("North Korean troops")).toBe("PRK");
    expect(codeOf("Washington")).toBe("USA");
  });

  it("skips names that are common words, as data/world-states.yaml lists them", () => {
    expect(codeOf("Victoria said Jersey was on the menu in Kingston")).toBe("");
    expect(codeOf("Turkey and Burma")).toBe("TUR;MMR");
    const dir = mkdtempSync(join(tmpdir(), "world-states-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, "world-states.yaml"), "skip: [Victoria]\naliases: { TUR: [Turkey] }\n");
    expect(loadGazetteer(dir).find("Turkey").map((m) => m.actor.code)).toEqual(["TUR"]);
    expect(loadGazetteer(dir).find("Jersey").map((m) => m.actor.code)).toEqual(["JEY"]);
  });
});
