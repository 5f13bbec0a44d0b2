import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a body described, then named in apposition", () => {
  it("gives the words to the name between the commas", () => {
    expect(spoken("The Chilean arms procurement agency, Andean Procurement Office, confirmed the details of the deal in a separate statement.")).toEqual(["Andean Procurement Office: confirmed the details of the deal in a separate statement"]);
    expect(spoken("The Chilean procurement agency, the Andean Procurement Office, said the deal was signed.")).toEqual(["the Andean Procurement Office: the deal was signed"]);
  });

  it("leaves a description with a clause between commas to the description", () => {
    expect(spoken("The agency, which Peru funds, said the deal was signed.")).toEqual(["the agency: the deal was signed"]);
  });
});
