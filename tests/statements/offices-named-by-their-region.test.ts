import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const who = (body: string) => statementsOf(body).map((r) => `${r.speaker} ${r.speaker_country}`.trim());

describe("an office named by a region of its state (data/world-places.yaml regions)", () => {
  it("speaks for the state that holds the region: 'Nebraska Sen. Ann Cole'", () => {
    expect(who("Nebraska Sen. Ann Cole said the levy was unfair.")).toEqual(["Ann Cole USA"]);
    expect(who("The Texas attorney general's office said the rules were fair.")).toEqual(["the Texas attorney general's office USA"]);
  });

  it("reads the regions of other federations alike: 'Ontario Premier', 'Queensland Premier', 'Kerala Chief Minister'", () => {
    expect(who("Ontario Premier Ann Cole said the levy was unfair.")).toEqual(["Ann Cole CAN"]);
    expect(who("Queensland Premier Bo Lee said the port would reopen.")).toEqual(["Bo Lee AUS"]);
    expect(who("Kerala Chief Minister Ravi Nair said the port would reopen.")).toEqual(["Ravi Nair IND"]);
  });

  it("gives no state to an academic of a university named for a place", () => {
    expect(who("Tom Vale, director of debate at the University of Oslo, said the levy was unfair.")).toEqual(["Tom Vale"]);
  });

  it("takes 'the Ohio senator' up as a senator, not as anyone whose office names Ohio", () => {
    const rows = who("Tom Vale, the governor of Ohio, said the rules were fair. Ann Cole, a senator, spoke next. Later, the Ohio senator said the vote was close.");
    expect(rows).toEqual(["Tom Vale USA", "Ann Cole USA"]);
  });
});
