/**
 * The explainer's build-time figures (loaders/explainer.ts): the same numbers the page used
 * to count from the four tables, and its charts' data as rows while they draw a mark per
 * row, as counts that add up to the rows past MAX_MARKS.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLES_DIR, PROJECT_DIR } from "../loaders/cli.ts";
import { explainerOf, MAX_MARKS, periodOf, periodStart, stanceVoices, type CountRow } from "../loaders/explainer.ts";
import type { Tables } from "../loaders/tables.ts";
import { corpusTables } from "./helpers.ts";

const { tables } = corpusTables(ARTICLES_DIR);
const sum = (rows: Array<{ n?: number }>) => rows.reduce((n, r) => n + (r.n ?? 1), 0);

/** The seeds' rows repeated: copies of every event and statement under new ids, enough to pass MAX_MARKS. */
function repeated(times: number): Tables {
  const copy = <T extends object>(rows: T[], id: keyof T) => Array.from({ length: times }, (_, i) => rows.map((r) => ({ ...r, [id]: `${String(r[id])}-${i}` }))).flat();
  return { ...tables, events: copy(tables.events, "event_id"), statements: copy(tables.statements, "statement_id") };
}

describe("the explainer's figures", () => {
  it("count what the tables hold", () => {
    const x = explainerOf(tables);
    expect(x.articles.count).toBe(tables.articles.length);
    expect(x.articles.outlets).toEqual([...new Set(tables.articles.map((a) => a.outlet).filter(Boolean))].sort());
    expect(x.events.count).toBe(tables.events.length);
    expect(x.events.dated).toBe(tables.events.filter((e) => e.date).length);
    expect(x.statements.count).toBe(tables.statements.length);
    expect(x.statements.denials).toBe(tables.statements.filter((s) => s.stance === "deny").length);
    expect(x.statements.charges).toBe(tables.statements.filter((s) => s.stance === "accuse" || s.stance === "condemn").length);
    // The earliest denial: no denial is dated earlier (its own date, else its article's).
    const published = new Map(tables.articles.map((a) => [a.article_id, a.published]));
    const when = (s: { date: string; article_id: string }) => s.date || published.get(s.article_id) || "9999";
    const denials = tables.statements.filter((s) => s.stance === "deny");
    expect(Boolean(x.statements.firstDenial)).toBe(denials.length > 0);
    if (x.statements.firstDenial) expect(denials.every((s) => when(s) >= when(x.statements.firstDenial!))).toBe(true);
    expect(x.events.beforeAxis.count + x.events.chart.length).toBe(x.events.dated);
  });

  it("count as reports of arms reaching Russia only shipments done or alleged, not planned or denied", () => {
    const aid = tables.events.find((e) => e.event_type === "AID") ?? tables.events[0];
    const shipment = (event_id: string, status: string) => ({ ...aid, event_id, event_type: "AID", actor: "PRK", target: "RUS", status }) as (typeof tables.events)[number];
    const others = tables.events.filter((e) => e.event_type !== "AID");
    const x = explainerOf({ ...tables, events: [...others, shipment("a", "alleged"), shipment("b", "planned"), shipment("c", "occurred"), shipment("d", "denied"), shipment("e", "alleged")] });
    expect([x.events.transfers, x.events.transfersAlleged]).toEqual([3, 2]);
    // Likewise a summit only planned is no summit held.
    const summit = (event_id: string, status: string) => ({ ...shipment(event_id, status), event_type: "CONSULT" }) as (typeof tables.events)[number];
    const y = explainerOf({ ...tables, events: [...tables.events.filter((e) => e.event_type !== "CONSULT"), summit("s1", "occurred"), summit("s2", "planned"), summit("s3", "planned")] });
    expect([y.events.consults, y.events.consultsPlanned]).toEqual([1, 2]);
  });

  it("give the charts their rows while few, and exact counts per period past MAX_MARKS", () => {
    const few = explainerOf(tables);
    expect(few.events.counted).toBe(false);
    expect(few.statements.chart).toHaveLength(tables.statements.filter((s) => s.date).length);
    const times = Math.ceil((MAX_MARKS + 1) / Math.max(1, Math.min(tables.events.length, tables.statements.filter((s) => s.date).length))) + 1;
    const many = explainerOf(repeated(times));
    expect(many.events.counted && many.statements.counted).toBe(true);
    expect(sum(many.statements.chart as CountRow[])).toBe(times * tables.statements.filter((s) => s.date).length);
    expect(sum(many.events.chart as CountRow[])).toBe(times * few.events.chart.length);
    // One row per period, actor and type: as many rows as the seeds have such groups, whatever the copies.
    const period = periodOf(few.events.chart.map((e) => e.date));
    expect(new Set(many.events.chart.map((e) => (e as CountRow).period))).toEqual(new Set([period]));
    expect(many.events.chart.length).toBe(new Set(few.events.chart.map((e) => JSON.stringify([periodStart(e.date, period), (e as { actor: string }).actor, (e as { event_type: string }).event_type]))).size);
    expect(JSON.stringify(many).length).toBeLessThan(JSON.stringify(repeated(times).events).length / 4);
  });

  it("say who accuses, condemns, denies, warns and threatens, from the rows (every country of a joint statement; media and analysts as \"\")", () => {
    const said = (stance: string, speaker_country: string) => ({ stance, speaker_country }) as Tables["statements"][number];
    const voices = stanceVoices([said("deny", "RUR"), said("accuse", "BOR;SYL"), said("accuse", "BOR"), said("warn", ""), said("other", "RUR"), said("deny", "SYL"), said("deny", "RUR")]);
    expect(voices).toEqual([
      { stance: "accuse", countries: [{ code: "BOR", n: 2 }, { code: "SYL", n: 1 }] },
      { stance: "deny", countries: [{ code: "RUR", n: 2 }, { code: "SYL", n: 1 }] },
      { stance: "warn", countries: [{ code: "", n: 1 }] },
    ]);
    expect(explainerOf(tables).statements.voices.find((v) => v.stance === "deny")?.countries.reduce((n, c) => n + c.n, 0) ?? 0).toBeGreaterThanOrEqual(tables.statements.filter((s) => s.stance === "deny").length);
  });

  it("an empty corpus has no figures and no chart data", () => {
    const x = explainerOf({ articles: [], events: [], statements: [], quantities: [] });
    expect(x).toMatchObject({ articles: { count: 0, outlets: [] }, events: { count: 0, chart: [], firstAccusation: null, paragraph: ["The articles record no event."] }, statements: { count: 0, chart: [], firstDenial: null }, amounts: { rows: [] } });
  });

  it("counts past the same number of marks, by the same periods, as the charts (src/components/binned-chart.js)", () => {
    const chart = readFileSync(join(PROJECT_DIR, "src", "components", "binned-chart.js"), "utf8");
    expect(Number(/export const MAX_MARKS = (\d+);/.exec(chart)?.[1])).toBe(MAX_MARKS);
    expect(chart).toContain("if (days <= 200) return PERIODS.week;");
    expect(chart).toContain("if (days <= 6 * 366) return PERIODS.month;");
    expect([periodOf(["2024-01-01", "2024-07-19"]), periodOf(["2024-01-01", "2024-07-20"]), periodOf(["2018-01-01", "2024-01-05"]), periodOf(["2018-01-01", "2024-01-07"])]).toEqual(["week", "month", "month", "year"]);
    expect([periodStart("2024-06-30", "week"), periodStart("2024-07-01", "week"), periodStart("2024-06-30", "month"), periodStart("2024-06-30", "year")]).toEqual(["2024-06-24", "2024-07-01", "2024-06-01", "2024-01-01"]);
  });
});
