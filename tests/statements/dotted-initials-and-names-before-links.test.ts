import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("a body named by initials with stops (speakers/phrase.ts isAcronymName)", () => {
  it("reads 'The F.B.I.' before its verb as a body, in either frame", () => {
    expect(spoken("The inquiry ended in May. The F.B.I. said the files were closed.")).toEqual(["F.B.I.: the files were closed"]);
    expect(spoken("The audit ended in May. The N.T.S.B. said on Monday that the brakes had failed.")).toEqual(["N.T.S.B.: the brakes had failed"]);
    expect(spoken("The audit ended in May, the N.T.S.B. reported.")).toEqual(["N.T.S.B.: The audit ended in May"]);
  });

  it("gives the body's row the kind of a body, not of a person", () => {
    const [row] = statementsOf("The F.A.A. warned that the runway was too short.");
    expect(row.speaker).toBe("F.A.A.");
    expect(row.speaker_role).toBe("");
  });
});

describe("a person's name before 'of', 'for' or 'at' and what they belong to (speakers/phrase.ts givenAndSurname)", () => {
  it("gives the words to the person, not to the body after the link", () => {
    expect(spoken("\"The harbour is full,\" said Tom Vale of the Harbour Trust.")).toEqual(["Tom Vale: The harbour is full"]);
    expect(spoken("The harbour is full, wrote Ann Cole for the Coastal Ledger.")).toEqual(["Ann Cole: The harbour is full"]);
    expect(spoken("Ana María Ruiz of the Andean Pilots Union said the channel was unsafe.")).toEqual(["Ana María Ruiz: the channel was unsafe"]);
  });

  it("leaves a body's own name with its link whole", () => {
    expect(spoken("The Royal Bank of Norland said the rates would rise.")).toEqual(["the Royal Bank of Norland: the rates would rise"]);
    expect(spoken("The Port Authority of Tacna said the harbour was full.")).toEqual(["the Port Authority of Tacna: the harbour was full"]);
  });
});

describe("'Del.', a delegate's title (data/speakers.yaml, data/sentence-words.yaml)", () => {
  it("reads the title's stop as no sentence end and leaves the title out of the name", () => {
    expect(spoken("\"The harbour is full,\" said Del. Ann Cole of Guam.")).toEqual(["Ann Cole: The harbour is full"]);
    expect(spoken("Del. Tom Vale said the levy would pass.")).toEqual(["Tom Vale: the levy would pass"]);
  });

  it("keeps a lower-case 'del' inside a name", () => {
    expect(spoken("\"The film is finished,\" said Guillermo del Toro.")).toEqual(["Guillermo del Toro: The film is finished"]);
    expect(spoken("Maria del Carmen Ruiz said the harbour was full.")).toEqual(["Maria del Carmen Ruiz: the harbour was full"]);
  });
});
