import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

const ofType = (type: string, sentence: string) => coded([sentence]).filter(([t]) => t === type);

describe("the antecedent of 'whom' is the verb's object, never its subject (object_relatives)", () => {
  it("a party before 'whom' does not blame, accuse or suspect: the subject after the pronoun does, or none is named", () => {
    expect(ofType("ACCUSE", "Guards beat Liberian refugees, whom the authorities blame for the border clashes.")).toEqual([]);
    expect(ofType("ACCUSE", "Police arrested three Somali traders, whom officials accuse of smuggling arms.")).toEqual([]);
    expect(ofType("ACCUSE", "The Ethiopian pilots, whom investigators blamed for the crash, were released.")).toEqual([]);
    expect(ofType("ACCUSE", "Guinean forces beat Liberian refugees, whom Guinean officials blame for the border clashes.")).toEqual([["ACCUSE", "GIN", ""]]);
    expect(ofType("ACCUSE", "The rebels, whom Chad accuses of attacking its border posts, denied the charge.").map(([, actor]) => actor)).toEqual(["TCD"]);
  });

  it("a subject relative still has its antecedent as subject", () => {
    expect(ofType("ACCUSE", "Officials in Kenya, who accused Somalia of harbouring militants, closed the border.")).toEqual([["ACCUSE", "KEN", "SOM"]]);
  });
});
