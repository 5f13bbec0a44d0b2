import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, findDates, monthEnd, monthStart, mondayOf, periodEnd, readDateExpressions, weekday } from "../loaders/dates.ts";

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

  it("reads a date written with dots day first, and one with slashes month first", () => {
    expect(one("Posted 05.11.2024", "2024-12-01")).toMatchObject({ date: "2024-11-05", precision: "day" });
    expect(one("Posted 25.12.2023", "2024-12-01")).toMatchObject({ date: "2023-12-25", precision: "day" });
    expect(one("Posted on 5/11/2024", "2024-12-01")).toMatchObject({ date: "2024-05-11", precision: "day" });
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

describe("calendar arithmetic on day numbers", () => {
  // The plain Date formulas the fast path replaces: the two must agree on every day.
  const viaDate = {
    addDays: (iso: string, days: number) => new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10),
    weekday: (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7,
    monthStart: (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10),
    monthEnd: (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10),
  };
  const isoDate = fc.date({ min: new Date("1000-03-01T00:00:00Z"), max: new Date("9999-10-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it("adds days and names weekdays as Date does, across leap years and centuries", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -800, max: 800 }), (iso, days) => {
        expect(addDays(iso, days)).toBe(viaDate.addDays(iso, days));
        expect(weekday(iso)).toBe(viaDate.weekday(iso));
      }),
      { numRuns: 3000 },
    );
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("1900-02-28", 1)).toBe("1900-03-01");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(weekday("2024-06-24")).toBe(0);
  });

  it("gives month starts and ends as Date does, and falls back to Date outside years 1000–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(monthStart(year, month)).toBe(viaDate.monthStart(year, month));
        expect(monthEnd(year, month)).toBe(viaDate.monthEnd(year, month));
        expect(periodEnd(monthStart(year, month), "month")).toBe(viaDate.monthEnd(year, month));
      }),
    );
    expect(monthEnd(2024, 2)).toBe("2024-02-29");
    expect(addDays("9999-12-31", 1)).toBe(viaDate.addDays("9999-12-31", 1));
    expect(monthStart(12000, 1)).toBe(viaDate.monthStart(12000, 1));
  });
});

describe("date expressions are read once and resolved against any date", () => {
  it("resolves the same expressions against two reference dates as parsing afresh would", () => {
    const text = "On Tuesday, officials said shipments ran from August to January, and again on June 24.";
    const expressions = readDateExpressions(text);
    expect(expressions.map((e) => e.text)).toEqual(["On Tuesday", "August to January", "June 24"]);
    for (const ref of ["2024-06-27", "2023-02-10", undefined]) {
      expect(findDates(text, ref, 5, expressions)).toEqual(findDates(text, ref, 5));
    }
  });

  it("reads no expression from text that names no month, weekday or year", () => {
    expect(readDateExpressions("Officials said the shells arrived at noon, two days ago.")).toEqual([]);
  });
});

describe("a month with its year named after it", () => {
  it("reads 'August last year', 'March this year' and 'May next year' in the year they name", () => {
    const at = (text: string) => findDates(text, "2024-09-13").map((d) => [d.text, d.date, d.lastDay]);
    expect(at("It has sent containers since August last year.")).toEqual([["since August last year", "2023-08-01", "2023-08-31"]]);
    expect(at("It began in March this year.")).toEqual([["in March this year", "2024-03-01", "2024-03-31"]]);
    expect(at("It will open in May next year.")).toEqual([["in May next year", "2025-05-01", "2025-05-31"]]);
    expect(at("It came in August, last year it left.").map((d) => d[0])).toEqual(["in August", "last year"]);
  });
});
