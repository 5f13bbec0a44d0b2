import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a speech verb's -ing form after a preposition", () => {
  it("speaks for the clause's subject", () => {
    expect(spoken("Tom Hale went on the radio on Tuesday and began by saying he would never judge a doctor.")).toEqual(["Tom Hale: he would never judge a doctor"]);
    expect(spoken("Tom Hale courted the farmers by telling them that their harvest would be bought.")).toEqual(["Tom Hale: their harvest would be bought"]);
    expect(spoken("Anna Berg left the hall after warning that the dam could fail.")).toEqual(["Anna Berg: the dam could fail"]);
    expect(spoken("The union won the vote by arguing that wages had fallen for a decade.")).toEqual(["the union: wages had fallen for a decade"]);
    expect(spoken("Anna Berg opened the session by announcing that the quay would close.")).toEqual(["Anna Berg: the quay would close"]);
  });

  it("is no statement of the subject's after 'for' or 'of', or when not said", () => {
    expect(spoken("Tom Hale was criticized for saying that the flood was a hoax.")).toEqual([]);
    expect(spoken("The council closed the quay without saying why.")).toEqual([]);
    expect(spoken("The mayor earned praise by cutting the budget.")).toEqual([]);
  });
});

describe("a speech verb's -ing form after a document and the time it was put out", () => {
  it("speaks for who put the document out", () => {
    expect(spoken("Tom Hale posted a series of messages early Friday saying that his rival had lied.")).toEqual(["Tom Hale: his rival had lied"]);
    expect(spoken("Tom Hale sent two tweets on Monday saying that the count was rigged.")).toEqual(["Tom Hale: the count was rigged"]);
    expect(spoken("The campaign ran an ad arguing that the toll would hurt farmers.")).toEqual(["the campaign: the toll would hurt farmers"]);
    expect(spoken("The council published letters last week saying the quay was unsafe.")).toEqual(["the council: the quay was unsafe"]);
    expect(spoken("The union issued a statement condemning the closure.")).toEqual(["the union: condemning the closure"]);
  });

  it("is none after a thing that is no document", () => {
    expect(spoken("A video of Anna Berg saying that the dam was safe went viral.")).toEqual([]);
  });

  it("reads whom the document went to between it and its participle", () => {
    expect(spoken("A group of tenants sent a letter to the housing board urging them to reconsider.")).toEqual(["a group of tenants: urging them to reconsider"]);
    expect(spoken("The farmers sent a letter on Monday to the harbour board of the county urging a new vote.")).toEqual(["the farmers: urging a new vote"]);
  });

  it("is none when what was sent to someone is no document", () => {
    expect(spoken("The farmers sent a truck to the harbour board urging a new vote.")).toEqual([]);
  });
});

describe("a participle after a clause whose subject is a described body", () => {
  it("speaks for that body", () => {
    expect(spoken("In August, several farm groups granted the mill an extension, saying its funds were smaller than expected.")).toEqual(["several farm groups: its funds were smaller than expected"]);
    expect(spoken("Two local unions ended the strike on Monday, saying the offer was fair.")).toEqual(["Two local unions: the offer was fair"]);
    expect(spoken("The regional water board raised its fees, arguing that the pipes were failing.")).toEqual(["the regional water board: the pipes were failing"]);
  });
});
