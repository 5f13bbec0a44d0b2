/**
 * What the site's charts take from the data rather than from lists in the pages: the name of
 * every actor code the tables use, and the allowed values of every enumerated column.
 */
import { describe, expect, it } from "vitest";
import { actorNames } from "../loaders/actor-names.ts";
import { sharedGazetteer } from "../loaders/actors.ts";
import { columnEnums } from "../loaders/column-enums.ts";
import type { EventRow } from "../loaders/events/index.ts";
import type { StatementRow } from "../loaders/statements.ts";

describe("actor names for the charts", () => {
  it("names every code the tables use, states before their capitals or ministries, bodies by their name", () => {
    const events = [{ actor: "ISR;PRK", target: "LBN" }, { actor: "UN", target: "" }] as EventRow[];
    const statements = [{ speaker_country: "ARE", target: "SDN" }] as StatementRow[];
    expect(actorNames({ events, statements }, sharedGazetteer())).toEqual({
      ARE: "United Arab Emirates", ISR: "Israel", LBN: "Lebanon", PRK: "North Korea", SDN: "Sudan", UN: "United Nations",
    });
  });
});

describe("column enums for the charts", () => {
  it("lists each enumerated column's values in the schema's order, without the empty cell", () => {
    const enums = columnEnums();
    expect(enums.events.status).toEqual(["occurred", "planned", "alleged", "denied"]);
    expect(enums.events.event_type).toHaveLength(16);
    expect(enums.statements.stance[0]).toBe("accuse");
    expect(enums.statements.date_precision).toEqual(["day", "week", "month", "year"]);
    expect(enums.events.actor).toBeUndefined();
  });
});
