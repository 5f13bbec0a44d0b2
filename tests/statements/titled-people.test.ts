import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const speakers = (body: string) => statementsOf(body).map((r) => [r.speaker, r.speaker_role]);

describe("a description that takes up a person named with a title, speaking or not", () => {
  it("takes up a titled person the gazetteer does not know", () => {
    const body = "Defence Minister Tomas Verhoeven toured the harbour on Friday. The defence minister said the new quay would open in May.";
    expect(speakers(body)).toEqual([["Tomas Verhoeven", "Defence Minister"]]);
  });

  it("reads a bare title as the last person named with it before", () => {
    const body = "Fisheries Minister Tomas Verhoeven toured the harbour on Friday with Mayor Ines Carvalho. The minister said the new quay would open in May.";
    expect(speakers(body)).toEqual([["Tomas Verhoeven", "Fisheries Minister"]]);
  });

  it("does not take a deputy's or a vice-president's title for the bare one", () => {
    const body = "Deputy Fisheries Minister Olena Marchuk toured the harbour on Friday. The minister said the new quay would open in May.";
    expect(speakers(body)).toEqual([["the minister", "minister"]]);
  });

  it("leaves a body named after its spokesperson the body", () => {
    const body = "Harbour Ministry spokesperson Lina Sorensen spoke to reporters. According to the Harbour Ministry, the quay will open in May.";
    expect(statementsOf(body).map((r) => r.speaker)).toEqual(["the Harbour Ministry"]);
  });

  it("reads a title that opens a paragraph as the person's role", () => {
    const body = "Fisheries Minister Tomas Verhoeven toured the harbour on Friday.\n\n\"The quay will open in May,\" Verhoeven said.";
    expect(speakers(body)).toEqual([["Tomas Verhoeven", "Fisheries Minister"]]);
  });
});
