import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a document aside opened by a comma and left unclosed before the verb", () => {
  it("leaves the subject before the comma as the speaker", () => {
    expect(spoken("The director of army information, Col. Rafael Ortiz, in a statement said troops had freed six hostages near Arica. He said two gunmen were killed.")).toEqual([
      "Rafael Ortiz: troops had freed six hostages near Arica",
      "Rafael Ortiz: two gunmen were killed",
    ]);
    expect(spoken("The Chilean navy, in a brief statement said the frigate had returned to port.")).toEqual(["the Chilean navy: the frigate had returned to port"]);
    expect(spoken("Peru's foreign ministry, in a statement on Friday said the envoy was recalled.")).toEqual(["Peru's foreign ministry: the envoy was recalled"]);
  });

  it("reads the closed aside as before", () => {
    expect(spoken("The Chilean navy, in a statement, said the frigate had returned to port.")).toEqual(["the Chilean navy: the frigate had returned to port"]);
  });
});
