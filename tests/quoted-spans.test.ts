import { describe, expect, it } from "vitest";
import { quotedSpans } from "../loaders/text.ts";

/** The old reading, one character at a time: what quotedSpans must still give. */
function byCharacter(raw: string, start: number, end: number, runOn: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = start; i < end; i++) {
    const c = raw[i];
    if (c === "“" || c === "«") open = i;
    else if ((c === "”" || c === "»") && open >= 0) {
      spans.push([open, i]);
      open = -1;
    } else if (c === '"') {
      if (straightOpen < 0 && open >= 0 && !/[\p{L}\p{N}]/u.test(raw[i + 1] ?? "")) {
        spans.push([open, i]);
        open = -1;
      } else if (straightOpen < 0) straightOpen = i;
      else {
        spans.push([straightOpen, i]);
        straightOpen = -1;
      }
    }
  }
  if (runOn && open >= 0) spans.push([open, end]);
  if (runOn && straightOpen >= 0) spans.push([straightOpen, end]);
  return spans;
}

describe("quotedSpans", () => {
  it("pairs curly marks, guillemets and straight marks, with offsets into the whole text", () => {
    const text = 'Intro. The mayor said “we will rebuild” and the council said "not this year". A poster read «never again».';
    const from = text.indexOf("The");
    expect(quotedSpans(text, from, text.length)).toEqual([
      [text.indexOf("“"), text.indexOf("”")],
      [text.indexOf('"'), text.lastIndexOf('"')],
      [text.indexOf("«"), text.indexOf("»")],
    ]);
  });

  it("drops a quotation left open, or runs it to the end of the range", () => {
    const text = "The ferry operator wrote “service resumes Monday. Bring tickets.";
    expect(quotedSpans(text)).toEqual([]);
    expect(quotedSpans(text, 0, text.length, true)).toEqual([[text.indexOf("“"), text.length]]);
    // A closing mark with nothing open is no quotation.
    expect(quotedSpans("The coach” smiled.")).toEqual([]);
  });

  it("reads only its range", () => {
    const text = '"Out of range," she said. Then "inside" it.';
    const from = text.indexOf("Then");
    expect(quotedSpans(text, from, text.length)).toEqual([[text.indexOf('"inside'), text.lastIndexOf('"')]]);
    expect(quotedSpans(text, 0, 5, true)).toEqual([[0, 5]]);
  });

  it("gives what a reading character by character gives, on generated texts", () => {
    const pieces = ["a", " ", "“", "”", "«", "»", '"', "word", "’", "\n"];
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + (next() % 30) }, () => pieces[next() % pieces.length]).join("");
      const start = next() % (text.length + 1);
      const end = start + (next() % (text.length - start + 1));
      for (const runOn of [false, true]) expect(quotedSpans(text, start, end, runOn)).toEqual(byCharacter(text, start, end, runOn));
    }
  });
});
