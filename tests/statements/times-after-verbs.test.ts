import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

const BAKER = "Anna Berg runs the bakery on Quay Street.\n\n";

describe("a time told from the story's after a closing verb", () => {
  it("reads a count of units and a word that relates them", () => {
    expect(spoken(`${BAKER}“We will open again,” she said two weeks later.`)).toContain("Anna Berg: We will open again");
    expect(spoken(`${BAKER}“The oven broke,” Berg said hours earlier.`)).toContain("Anna Berg: The oven broke");
    expect(spoken(`${BAKER}“The flour ran out,” Berg said moments later.`)).toContain("Anna Berg: The flour ran out");
    expect(spoken(`${BAKER}“The rent doubled,” Berg said a couple of years ago.`)).toContain("Anna Berg: The rent doubled");
  });

  it("reads a count of units before 'after' or 'before' and its phrase", () => {
    expect(spoken(`${BAKER}“It never crossed my mind that the shop would close,” she said several months after the fire.`)).toContain("Anna Berg: It never crossed my mind that the shop would close");
    expect(spoken(`${BAKER}“We sold every loaf,” Berg said three days before the fair.`)).toContain("Anna Berg: We sold every loaf");
  });

  it("reads a day or a pointed time with a part of the day", () => {
    expect(spoken(`${BAKER}“The van never came,” Berg said late Monday night.`)).toContain("Anna Berg: The van never came");
    expect(spoken(`${BAKER}“The van never came,” Berg said Friday morning.`)).toContain("Anna Berg: The van never came");
    expect(spoken(`${BAKER}“The van never came,” Berg told reporters early Tuesday afternoon.`)).toContain("Anna Berg: The van never came");
  });

  it("does not read a month as a time with no count", () => {
    expect(spoken(`${BAKER}Berg said May would be the busiest month.`)).toEqual(["Anna Berg: May would be the busiest month"]);
  });
});
