import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

const WIRE = "SANTIAGO, Chile (AP) — ";

describe("a body named by a proper name ending in a kind word, under a wire's dateline", () => {
  const frames = [
    "“The pass is closed,” the Chilean Intelligence Agency said in a statement.",
    "“The pass is closed,” the Chilean Intelligence Agency, SIEC, told reporters.",
    "“The pass is closed,” the Andean Border Service (SEF) warned on Monday.",
    "The Chilean Intelligence Agency said the pass is closed.",
    "The Andean Border Service has warned that the pass is closed.",
  ];
  it.each(frames)("speaks itself, not the wire: %s", (sentence) => {
    const rows = spoken(`${WIRE}${sentence}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^(?:the )?(?:Chilean Intelligence Agency|Andean Border Service)[^:]*: .*the pass is closed/i);
  });

  it("still lets a description of the kind take up the agency named before", () => {
    expect(spoken(`${WIRE}The Harbour News Agency reported that Peru shut the port.\n\nThe agency said the closure would last a week.`)).toEqual([
      "the Harbour News Agency: Peru shut the port",
      "the Harbour News Agency: the closure would last a week",
    ]);
  });
});

describe("initials in apposition between commas, in brackets or in title case", () => {
  it("name the body by its full name when used alone, however the words reach it", () => {
    const text = `${WIRE}“Peruvian units crossed the line twice,” the Chilean Intelligence Agency, SIEC, said.\n\nThe SIEC statement said the units had withdrawn. According to SIEC, the units crossed at night. SIEC also warned that it would close the pass.`;
    const rows = spoken(text);
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toMatch(/^(?:the )?Chilean Intelligence Agency/);
    expect(statementsOf(text).map((r) => r.speaker_country)).toEqual(["CHL", "CHL", "CHL", "CHL"]);
  });

  it("take the capitalised name beside them when they are another language's initials", () => {
    const rows = spoken("The Peruvian Foreign Intelligence Service, SIEX, said Chile had moved ships.\n\nSIEX added that the ships had left.");
    expect(rows.map((r) => r.slice(0, r.indexOf(":")))).toEqual(["the Peruvian Foreign Intelligence Service", "Peruvian Foreign Intelligence Service (SIEX)"]);
  });

  it("spell through a linking 'to' and keep the initials beside the name", () => {
    const rows = spoken("Turnout rose, according to the organizer Alliance to Restore Our Ports (AROP).\n\nAROP argues that dockers want their old shifts back.");
    expect(rows.at(-1)).toMatch(/^Alliance to Restore Our Ports \(AROP\): dockers want/);
  });

  it("do not take capitals that spell nothing for a name cut after a lower-case word", () => {
    const rows = spoken("Turnout rose, said a group working to Restore Our Ports (XQZ).\n\nXQZ argues that dockers want their old shifts back.");
    expect(rows.at(-1)).toMatch(/^XQZ: /);
  });

  it("read title-case initials that spell the name's leading letters, even in a headline before the name", () => {
    const text = "Atco says Peru broke the port deal\n\nLIMA — The Andean Trade Council (Atco) said on Monday that Peru had broken the deal.\n\n“We will not reopen the talks,” Atco said. Atco also accused Chile of stalling.";
    const rows = spoken(text);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) expect(r).toMatch(/^(?:the )?Andean Trade Council/);
  });

  it("leave a title-case word that spells nothing of the name beside it as written", () => {
    const rows = spoken("The Andean Trade Council, Lima, said the port was shut.\n\nLima said it would reopen.");
    expect(rows.at(-1)).toMatch(/^Lima: /);
  });
});

describe("a surname taken up one letter off", () => {
  const named = "Chilean mining engineer Tomas Valderrama said the tunnel had flooded twice.\n\n";
  it.each([
    ["a letter dropped", "Valderama added that the pumps had failed."],
    ["a letter added", "Valderramma added that the pumps had failed."],
    ["a letter changed", "Valderrana added that the pumps had failed."],
    ["as an inverted closing", "“The pumps had failed,” said Valderama."],
    ["in a closing after a quotation", "“The pumps had failed,” Valderama told reporters."],
  ])("is the person named before: %s", (_frame, sentence) => {
    const rows = spoken(`${named}${sentence}`);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^Tomas Valderrama: .*pumps had failed/);
  });

  it("is not read into a short name, nor into one of two close names", () => {
    expect(spoken("Peruvian envoy Ana Lima said the talks stalled.\n\nLina said Chile would return.").at(-1)).toMatch(/^Lina: /);
    const two = spoken("Tomas Valderrama and Luis Valderrami said the tunnel flooded.\n\nValderrama said the pumps failed. Valderramo said the pumps failed again.");
    expect(two.at(-1)).toMatch(/^Valderramo: /);
  });
});

describe("a body taken up inside a clause its own pronoun closes", () => {
  it("relays nothing through itself", () => {
    const text = "The guards were shot at the gate, the Andean Security Council (CSA) said in a statement. In the face of this attack, the CSA renews its pledge to restore order, it added.";
    const rows = statementsOf(text);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.via).filter((v) => /Council/i.test(v))).toEqual([]);
  });
});
