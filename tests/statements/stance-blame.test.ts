import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("blame and wrongdoing laid on someone with no verb of accusing", () => {
  it("reads harm caused, failure and fraud told as done as an accusation", () => {
    expect(stances("During the rally, Senator Ola Berg said the new law is causing rents to rise.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the housing programme has failed the tenants.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the council's tender was a fraud.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("leaves a cause with no harm laid on anyone alone", () => {
    expect(stances("Senator Ola Berg said the bridge will reopen in May.")).toEqual([["Ola Berg", "other"]]);
  });
});
