import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("talks or a mediation broken off by one side is a sanction (talks-broken-off)", () => {
  it("a verb of breaking off, calling off or leaving before the talks: SANCTION alone, no meeting", () => {
    expect(coded(["Kenya broke off talks with Somalia on Monday."])).toEqual([["SANCTION", "KEN", "SOM"]]);
    expect(coded(["Chile has pulled out of the negotiations with Bolivia over the border."])).toEqual([["SANCTION", "CHL", "BOL"]]);
    expect(coded(["Syrian officers today ended mediation efforts between rival Lebanese militias."])).toEqual([["SANCTION", "SYR", "LBN"]]);
    expect(coded(["Qatari envoys ended their mediation between Ethiopia and Eritrea on Friday."])).toEqual([["SANCTION", "QAT", "ETH;ERI"]]);
  });

  it("talks ended by their two sides were held, and a mediation launched is one", () => {
    expect(coded(["The Kenyan and Ugandan leaders ended their talks on Monday."])).toEqual([["CONSULT", "KEN;UGA", ""]]);
    expect(coded(["Qatar launched a mediation effort between Ethiopia and Eritrea."])).toEqual([["CONSULT", "QAT", "ETH;ERI"]]);
  });
});
