import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

const accusations = (sentence: string) => coded([sentence]).filter(([type]) => type === "ACCUSE");

describe("a clause of time after a speech verb's words is the writer's, not the speaker's (time_clause_openers)", () => {
  it("'…, a day after X attacked' told after what a side announced makes no accusation by that side", () => {
    expect(accusations("Italy announced a suspension of air links with Serbia on Wednesday, one day after a Serbian army jet shot down a helicopter.")).toEqual([]);
    expect(accusations("Japan announced new sanctions on Syria, two days after Syrian troops attacked a refugee camp.")).toEqual([]);
    expect(accusations("Chile said it would recall its envoy, shortly after Bolivian troops raided a border post.")).toEqual([]);
    expect(accusations("Kenya closed its embassy on Monday, a week before Somali militants attacked a hotel, officials said.").filter(([, actor]) => actor === "KEN")).toEqual([]);
    expect(accusations("Ghana announced a review of its ties with Togo, hours after Togolese police shot two Ghanaian traders.")).toEqual([]);
  });

  it("the writer's clause still tells its own act, and a speaker who reports an attack in its own words accuses", () => {
    expect(coded(["Japan announced new sanctions on Syria, two days after Syrian troops attacked a refugee camp."])).toContainEqual(["ASSAULT", "SYR", ""]);
    expect(accusations("Japan said Syrian troops attacked a refugee camp in Idlib on Monday.")).toEqual([["ACCUSE", "JPN", "SYR"]]);
    expect(accusations("Japan said on Tuesday that, after talks failed, Syrian troops attacked a refugee camp.")).toEqual([["ACCUSE", "JPN", "SYR"]]);
  });
});
