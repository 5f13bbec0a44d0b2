import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("'X was quoted as saying' with no one named who relays", () => {
  it.each([
    ["\"The quay will reopen in May,\" Lena Voss was quoted as saying.", "Lena Voss: The quay will reopen in May"],
    ["Lena Voss was quoted as saying that the quay would reopen in May.", "Lena Voss: the quay would reopen in May"],
    ["The mayor was cited as saying the quay would reopen in May.", "the mayor: the quay would reopen in May"],
    ["“We will not sell the port,” Ana Ruiz was quoted as saying.", "Ana Ruiz: We will not sell the port"],
    ["Harbour Minister Lena Voss was also quoted as saying the ferries would be sold.", "Lena Voss: the ferries would be sold"],
    ["Two captains were quoted as saying the storm had come at night.", "Two captains: the storm had come at night"],
  ])("%s", (sentence, row) => {
    expect(spoken(sentence)).toEqual([row]);
  });

  it("still names the outlet that relays when the frame gives one", () => {
    expect(spoken("Lena Voss was quoted by the Harbour Gazette as saying the quay would reopen in May.")).toEqual(["Lena Voss: the quay would reopen in May"]);
    // "cited by" relays as "quoted by" does.
    expect(statementsOf("Ana Ruiz was cited by El Mercurio as saying Peru has moved two frigates to the border.").map((r) => [r.speaker, r.via])).toEqual([["Ana Ruiz", "El Mercurio"]]);
  });
});

describe("'It was reported by X that …'", () => {
  it.each([
    ["It was reported by the Harbour Gazette that the quay would reopen in May.", "Harbour Gazette: the quay would reopen in May"],
    ["It was first announced by the harbour board that the ferries would stop.", "the harbour board: the ferries would stop"],
    ["It has been claimed by Ostburg that the border was drawn unfairly.", "Ostburg: the border was drawn unfairly"],
  ])("%s", (sentence, row) => {
    expect(spoken(sentence)).toEqual([row]);
  });
});
