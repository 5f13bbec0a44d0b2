import { describe, expect, it } from "vitest";
import { runSpelledAsSurname } from "../../loaders/speakers/name-runs.ts";

describe("runSpelledAsSurname (speakers/name-runs.ts)", () => {
  it("gives the first run that ends in the word as its surname, else the first run", () => {
    const hits = [
      { start: 0, name: "Jordan Valley" },
      { start: 40, name: "Jim Jordan" },
      { start: 90, name: "Ann Jordan" },
    ];
    expect(runSpelledAsSurname(hits, "Jordan")).toBe("Jim Jordan");
    expect(runSpelledAsSurname([{ start: 5, name: "Jordan Valley" }], "Jordan")).toBe("Jordan Valley");
  });

  it("reads a curly apostrophe as a straight one", () => {
    expect(runSpelledAsSurname([{ start: 0, name: "Tom O’Hara" }], "O'Hara")).toBe("Tom O’Hara");
  });

  it("answers each list once: asked again, it gives the same name without searching the list anew", () => {
    const hits = [{ start: 0, name: "Ruiz Foundation" }, { start: 30, name: "Ana Ruiz" }];
    expect(runSpelledAsSurname(hits, "Ruiz")).toBe("Ana Ruiz");
    // The index is complete before anyone asks; a run added later is not looked at (the answer is kept).
    hits.unshift({ start: 0, name: "Eva Ruiz" });
    expect(runSpelledAsSurname(hits, "Ruiz")).toBe("Ana Ruiz");
  });
});
