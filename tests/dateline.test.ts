import { describe, expect, it } from "vitest";
import { datelineAt, datelinesNear } from "../loaders/dateline.ts";

describe("wire datelines", () => {
  it("reads the city, the day and where the prose begins, in the forms wires write", () => {
    const cases: Array<[string, string, string | undefined, string]> = [
      ["OSLO, March 4 (Reuters) - Ministers met.", "OSLO", "03-04", "Ministers met."],
      ["NEW YORK (AP) — The council voted.", "NEW YORK", undefined, "The council voted."],
      ["LIMA -- Rain fell.", "LIMA", undefined, "Rain fell."],
      ["NAIROBI, Kenya (AP) — Talks ended.", "NAIROBI", undefined, "Talks ended."],
      ["HANOI, Sept. 30, 2024 (Xinhua/AFP) -- Ships left.", "HANOI", "09-30", "Ships left."],
      ["VLADIVOSTOK /Primorye Territory/, June 2. /TASS/. The port reopened.", "VLADIVOSTOK", "06-02", "The port reopened."],
      ["OSLO. Dec 5 (Interfax) - Ministers met.", "OSLO", "12-05", "Ministers met."],
      ["Lima [Peru], April 7: Ministers met.", "Lima", "04-07", "Ministers met."],
      ["San Jose [Costa Rica], Jan 5 (ANI): Ministers met.", "San Jose", "01-05", "Ministers met."],
      ["Rawalpindi, May 8, 2025: Ministers met.", "Rawalpindi", "05-08", "Ministers met."],
      ["Quito, Oct 25 (EFE).- Ministers met.", "Quito", "10-25", "Ministers met."],
      ["QUITO, Oct 25 (EFE).- Ministers met.", "QUITO", "10-25", "Ministers met."],
      ["Buenos Aires, Sept. 3 - Ministers met.", "Buenos Aires", "09-03", "Ministers met."],
      ["New Lima, Dec. 16 (CW) Ministers met.", "New Lima", "12-16", "Ministers met."]
    ];
    for (const [text, city, monthDay, prose] of cases) {
      const dateline = datelineAt(text, 0);
      expect(dateline, text).toMatchObject({ city, start: 0 });
      expect(dateline?.monthDay, text).toBe(monthDay);
      expect(text.slice(dateline!.end), text).toBe(prose);
    }
  });

  it("reads no title-case sentence opening as a dateline", () => {
    expect(datelineAt("Lima [Peru] said on Monday that ministers met.", 0)).toBeUndefined();
    expect(datelineAt("Lima, April 7: ministers met.", 0)).toBeUndefined();
    expect(datelineAt("Monday, April 7: Ministers met.", 0)).toBeUndefined();
    expect(datelineAt("Lima, Mayor 7: Ministers met.", 0)).toBeUndefined();
    expect(datelineAt("Lima: Ministers met.", 0)).toBeUndefined();
    expect(datelineAt("Lima, April 7 (local time) ministers met.", 0)).toBeUndefined();
  });

  it("keeps the year a dateline gives", () => {
    expect(datelineAt("HANOI, Sept. 30, 2024 (AFP) - Ships left.", 0)).toMatchObject({ year: 2024, dayText: "Sept 30, 2024" });
  });

  it("takes a credit line's dash at the end of a line as a dateline", () => {
    const text = "ABC —\nThe council voted.";
    expect(datelineAt(text, 0)).toMatchObject({ city: "ABC", end: 5 });
  });

  it("is not prose in capitals, a sentence's dash or a short acronym", () => {
    expect(datelineAt("Officials in OSLO - the capital - met.", 0)).toBeUndefined();
    expect(datelineAt("UN - a body of states.", 0)).toBeUndefined();
    expect(datelineAt("OSLO-based firms grew.", 0)).toBeUndefined();
  });

  it("finds the datelines that open a line near the start, after a headline", () => {
    const text = "Ships leave port\n\n  LIMA, May 1 (AFP) - Ships left.\nLater: OSLO - Talks.";
    expect(datelinesNear(text, 0, 200).map((d) => [d.city, text.slice(d.start, d.start + 4)])).toEqual([["LIMA", "LIMA"]]);
  });
});
