import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

const MAYOR = "Mayor Tom Reed toured the docks on Monday.\n\n";

describe("a paragraph that ends with its attribution and a colon", () => {
  it("gives the quotation that opens the next paragraph to the verb's subject", () => {
    expect(spoken(`${MAYOR}He said:\n\n"The harbour is silting up and nobody is paying for it."`)).toEqual(["Tom Reed: The harbour is silting up and nobody is paying for it."]);
    expect(spoken(`${MAYOR}Reed told the crowd:\n\n“The harbour is silting up and nobody is paying for it.”`)).toEqual(["Tom Reed: The harbour is silting up and nobody is paying for it."]);
    expect(spoken(`${MAYOR}The harbour board wrote in its report:\n\n“Dredging must start before the winter storms.”`)).toEqual(["the harbour board: Dredging must start before the winter storms."]);
  });

  it("reads on through the quotation's next sentences", () => {
    const rows = spoken(`${MAYOR}Reed said:\n\n“We have waited ten years for the money. Boats cannot land. Where is the money?”`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^Tom Reed: We have waited ten years/);
  });

  it("gives the quotation to the person a line of its own names, with a role after a comma", () => {
    expect(spoken(`${MAYOR}Tom Reed, mayor of Eastport:\n\n“I just spoke with the board, and I am worried about the quay.”`)).toEqual(["Tom Reed: I just spoke with the board, and I am worried about the quay."]);
    expect(spoken(`${MAYOR}Port director Lena Voss:\n\n“Nothing larger than a trawler can land here now.”`)).toEqual(["Lena Voss: Nothing larger than a trawler can land here now."]);
    expect(spoken(`${MAYOR}The three options:\n\n“Dredge, rebuild or close the quay.”`)).toEqual([]);
  });

  it("leaves a paragraph after the colon that is not a quotation alone", () => {
    expect(spoken(`${MAYOR}Reed said:\n\nThe harbour is silting up.`)).toEqual([]);
    expect(spoken(`${MAYOR}The plan has three parts:\n\n“Dredge, rebuild and reopen.”`)).toEqual([]);
  });
});

describe("the writer's clause after a closing attribution's comma", () => {
  it("ends the attribution at a conjunction, and keeps the quotation", () => {
    expect(spoken(`${MAYOR}“You should resign and give back the money,” Reed told the director, after he admitted the fraud.`)).toContain("Tom Reed: You should resign and give back the money");
    expect(spoken(`${MAYOR}“We will rebuild the quay,” Reed said, as the crowd cheered his promise.`)).toContain("Tom Reed: We will rebuild the quay");
    expect(spoken(`${MAYOR}“The budget is empty,” Reed said, while the council denied any shortfall.`)).toContain("Tom Reed: The budget is empty");
    expect(spoken(`${MAYOR}“I will not sign it,” Reed said, because the plan cut the ferry service.`)).toContain("Tom Reed: I will not sign it");
  });
});
