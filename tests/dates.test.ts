import { describe, expect, it } from "vitest";
import { findDates, mondayOf, periodEnd } from "../loaders/dates.ts";

const one = (text: string, ref: string) => {
  const found = findDates(text, ref);
  expect(found).toHaveLength(1);
  const { date, precision, dateEnd, lastDay } = found[0];
  return { text: found[0].text, date, precision, dateEnd, lastDay };
};

describe("dates in prose, resolved into the past", () => {
  it("resolves a weekday to the latest such day on or before the article's date", () => {
    expect(one("An official on Monday criticised the US.", "2024-06-24")).toMatchObject({ text: "on Monday", date: "2024-06-24", precision: "day" });
    expect(one("The Post reported on Saturday.", "2024-06-24")).toMatchObject({ date: "2024-06-22" });
    expect(one("A statement published Tuesday by state media.", "2022-11-08")).toMatchObject({ date: "2022-11-08" });
  });

  it("puts a month later in the year than the article in the year before", () => {
    expect(one("In September, US officials confirmed a finding.", "2022-11-08")).toMatchObject({ date: "2022-09-01", precision: "month" });
    expect(one("In December, the ship was seized.", "2023-02-10")).toMatchObject({ date: "2022-12-01", precision: "month", lastDay: "2022-12-31" });
  });

  it("resolves a range backwards: from August to January", () => {
    expect(one("Shells moved from August to January, the report said.", "2024-06-24")).toEqual({
      text: "from August to January", date: "2023-08-01", precision: "month", dateEnd: "2024-01-01", lastDay: "2024-01-31",
    });
  });

  it("gives week, month and year precision to relative expressions", () => {
    expect(one("Putin visited last week.", "2024-06-24")).toMatchObject({ date: "2024-06-17", precision: "week", lastDay: "2024-06-23" });
    expect(one("Forces may arrive as early as next month.", "2024-06-24")).toMatchObject({ date: "2024-07-01", precision: "month" });
    expect(one("Kim is likely to head there later this month.", "2023-09-06")).toMatchObject({ date: "2023-09-01", precision: "month" });
    expect(one("Earlier this year, Russia vetoed it.", "2022-11-08")).toMatchObject({ date: "2022-01-01", precision: "year" });
    expect(one("68 countries attended last year.", "2023-09-06")).toMatchObject({ date: "2022-01-01", precision: "year", lastDay: "2022-12-31" });
  });

  it("reads explicit dates and years", () => {
    expect(one("in Hanoi, Vietnam Feb 28, 2019.", "2024-06-24")).toMatchObject({ date: "2019-02-28", precision: "day" });
    expect(one("It supplied rockets in 2022 for use by Wagner.", "2023-09-06")).toMatchObject({ text: "in 2022", date: "2022-01-01", precision: "year" });
    expect(one("On Nov. 2, Kirby said so.", "2022-11-08")).toMatchObject({ date: "2022-11-02" });
  });

  it("lets a forward-looking clause point ahead", () => {
    expect(one("The city is hosting the forum from September 10-13.", "2023-09-06")).toMatchObject({ date: "2023-09-10", dateEnd: "2023-09-13" });
    expect(one("They will meet on Friday.", "2024-06-24")).toMatchObject({ date: "2024-06-28" });
  });

  it("resolves only dates with a year when the article's date is unknown", () => {
    expect(findDates("On Monday, in July 2021 and in July.", undefined).map((m) => m.date)).toEqual(["2021-07-01"]);
  });

  it("does not take numbers and ordinals for dates", () => {
    expect(findDates("It marked the 70th anniversary with 1.6 million shells a day after.", "2023-08-03")).toEqual([]);
  });

  it("has week and period helpers", () => {
    expect(mondayOf("2024-06-30")).toBe("2024-06-24");
    expect(periodEnd("2024-02-01", "month")).toBe("2024-02-29");
  });
});
