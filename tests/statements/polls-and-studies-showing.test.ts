import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a poll, a study or a transcript that shows or finds", () => {
  it("speaks with a participle or a relative clause between it and its verb", () => {
    expect(spoken("The latest Lakeside/Ipsos opinion poll released Friday shows that the mayor leads his rival by 43 percent to 38 percent.")).toEqual([
      "the latest Lakeside/Ipsos opinion poll: the mayor leads his rival by 43 percent to 38 percent",
    ]);
    expect(spoken("The Lima Star/Andes Times Daybreak tracking poll, which tracks support for the candidates on a daily basis, showed that the mayor is leading.")).toEqual([
      "the Lima Star/Andes Times Daybreak tracking poll: the mayor is leading",
    ]);
  });

  it("reads a standing told as a clause of its own after 'shows', and a noun after 'of'", () => {
    expect(spoken("The average of polls taken over the past two weeks shows the mayor leading his rival by three points.")).toEqual([
      "the average of polls: the mayor leading his rival by three points",
    ]);
    expect(spoken("The transcript of the hearing shows that the mayor left the room early.")).toEqual(["the transcript of the hearing: the mayor left the room early"]);
    // What it shows is talk: the one who talked speaks (data/speech-verbs.yaml "talk about").
    expect(spoken("The transcript of the hearing shows that the mayor talked about housing.")).toEqual(["the mayor: talked about housing"]);
  });

  it("gives what a study by someone found to its author", () => {
    expect(spoken("A 2014 study by Lima Law School professor Ana Ruiz found 31 cases of fraud out of more than a billion ballots cast.")).toEqual([
      "Ana Ruiz: 31 cases of fraud out of more than a billion ballots cast",
    ]);
  });

  it("leaves pictures, a thing shown and data from a document alone", () => {
    expect(spoken("Video shows that the driver had his hands in the air.")).toEqual([]);
    expect(spoken("The report shows the leading candidate in a photo.")).toEqual([]);
    expect(spoken("Data from the navy report shows that Peru moved two frigates.")).toEqual([]);
  });

  it("takes no count of points for a verb of saying ('points out')", () => {
    expect(spoken("A tracking poll by the Lakeside Herald showed that the mayor is leading by five points.")).toEqual([
      "Lakeside Herald: the mayor is leading by five points",
    ]);
  });
});
