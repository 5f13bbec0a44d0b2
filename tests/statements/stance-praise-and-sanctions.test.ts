import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("praise of a partner in the reported clause", () => {
  it("reads thanks, heroism and a fight side by side as support", () => {
    expect(stances("President Ola Berg said he thanked the Chilean president for his visit to the islands.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("General Ida Moen said the Peruvian crews fought shoulder to shoulder with the fleet, showing great heroism.")).toEqual([["Ida Moen", "support"]]);
    expect(stances("President Ola Berg said the islands would never forget the sacrifices of the Peruvian sailors.")).toEqual([["Ola Berg", "support"]]);
  });

  it("leaves 'thanks to', a cause, neutral", () => {
    expect(stances("Captain Ida Moen said the ferry reached the port thanks to calm weather.")).toEqual([["Ida Moen", "other"]]);
  });
});

describe("commitment and readiness in more shapes", () => {
  it("reads them as support", () => {
    expect(stances("President Ola Berg said Chile and Peru were committed to a lasting peace.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("President Ola Berg said Chile and Peru are committing to open their borders to trade.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("President Ola Berg said Chile is ready to “unconditionally support” Peru's reforms.")).toEqual([["Ola Berg", "support"]]);
  });
});

describe("sanctions the speaker's side is imposing or another is to face", () => {
  it("reads them as a threat", () => {
    expect(stances("Minister Ola Berg said the ministry is imposing sanctions on three Peruvian shipping firms.")).toEqual([["Ola Berg", "threaten"]]);
    expect(stances("Minister Ola Berg said banks dealing with the fleet could face secondary sanctions.")).toEqual([["Ola Berg", "threaten"]]);
    expect(stances("Minister Ola Berg said Lima was preparing retaliatory measures against the islands.")).toEqual([["Ola Berg", "threaten"]]);
  });

  it("leaves sanctions told as imposed in the past a report", () => {
    expect(stances("Minister Ola Berg said the council imposed sanctions on the fleet in 2019.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("outrage felt and protests lodged", () => {
  it("reads them as condemnation", () => {
    expect(stances("Minister Ola Berg said he was appalled by the raids on the Peruvian ports.")).toEqual([["Ola Berg", "condemn"]]);
    expect(stances("Minister Ola Berg said his country had lodged a strong protest with Lima.")).toEqual([["Ola Berg", "condemn"]]);
  });
});

describe("force or a price promised in answer", () => {
  it("reads it as a threat", () => {
    expect(stances("General Ida Moen said any raid on the port would be met with overwhelming force.")).toEqual([["Ida Moen", "threaten"]]);
    expect(stances("General Ida Moen said Peru made a big mistake and will pay for it.")).toEqual([["Ida Moen", "threaten"]]);
    expect(stances("General Ida Moen said the navy would do “whatever necessary” to push the fleet back.")).toEqual([["Ida Moen", "threaten"]]);
  });
});
