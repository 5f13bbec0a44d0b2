import { describe, expect, it } from "vitest";
import { spoken } from "../statements/read.ts";

// Initials written with stops ("the F.T.C.", as some papers write them) stand for the name the article writes
// out, as the same initials without stops do; two initials ("U.S.") are a state's and stay as they are.
describe("initials with stops take the name the article spells out", () => {
  it("a commission ('the F.T.C. said it would')", () => {
    const rows = spoken("The Federal Trade Commission opened a file on Monday, and the F.T.C. said it would close the case.");
    expect(rows).toContain("Federal Trade Commission (F.T.C.): it would close the case");
  });

  it("a bureau, another verb and tense ('the F.B.I. has warned that')", () => {
    const rows = spoken("Agents of the Federal Bureau of Investigation searched the office, and the F.B.I. has warned that more searches will follow.");
    expect(rows.some((r) => r.startsWith("Federal Bureau of Investigation (F.B.I.): "))).toBe(true);
  });

  it("stays as written when the article spells out no name of those initials", () => {
    const rows = spoken("Agents searched the office, and the F.B.I. has warned that more searches will follow.");
    expect(rows.some((r) => r.startsWith("the F.B.I.: ") || r.startsWith("F.B.I.: "))).toBe(true);
  });
});
