import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a quality a role asks said to be missing, with no verb of accusing (data/negated-qualities.yaml)", () => {
  it("accuses: not qualified, no plan, cannot be trusted, never a real job, lacks the judgment", () => {
    expect(stances("Senator Ola Berg said the mayor is not qualified to run the city.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the mayor has no plan for the port.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The mayor cannot be trusted,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the mayor has never held a real job in his life.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("The governor, Senator Ola Berg wrote, lacks the judgment to lead the state.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“She doesn't have the temperament for the office,” Senator Ola Berg told reporters.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("leaves a question, a plan not made, a lack told of 'there', of the speaker, or not told as done, as it was", () => {
    expect(stances("“Isn't she qualified?” Senator Ola Berg asked.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said there is no plan for the port yet.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“We are not prepared to lead this fight alone,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the mayor is not only qualified but also kind.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the board would not be qualified to rule on the case.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("broken faith, and a split quotation opened in the first person (data/evaluation-words.yaml)", () => {
  it("accuses by betrayal or a broken promise", () => {
    expect(stances("Senator Ola Berg said the mayor broke his promise to the teachers.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“They betrayed the voters of this district,” Senator Ola Berg wrote.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("reads past a first sentence in which the speaker judges itself", () => {
    expect(stances("“I have owned my mistakes,” Senator Ola Berg said. “The mayor refuses to take responsibility for his.”")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“I was wrong about the tax. The mayor was wrong about the port,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“I was wrong about the tax,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });

  it("keeps a denial", () => {
    expect(stances("Senator Ola Berg denied that the mayor had broken his promise.")).toEqual([["Ola Berg", "deny"]]);
  });
});
