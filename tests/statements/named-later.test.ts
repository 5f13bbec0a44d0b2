import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("an unnamed speaker the article names next", () => {
  it("gives a description the person who speaks in the next sentences", () => {
    expect(spoken("Two of the rockets that hit the harbour were old, a local official has said. Maren Okafor, head of the port police, said they had found the remnants.")).toEqual([
      "Maren Okafor: Two of the rockets that hit the harbour were old",
      "Maren Okafor: they had found the remnants",
    ]);
  });

  it("reads a definite description with the name in apposition as the same person", () => {
    expect(spoken("New ferries have been ordered, a spokesman for the harbour board said on Friday. The spokesman, Jeon Ha-gyu, said more would follow.")).toEqual([
      "Jeon Ha-gyu: New ferries have been ordered",
      "Jeon Ha-gyu: more would follow",
    ]);
  });

  it("keeps the description when the next person is said to be another one", () => {
    expect(spoken("The ferries were cancelled, a spokesman said. Another official, Dana Holm, said the figure was lower.")).toEqual([
      "a spokesman: The ferries were cancelled",
      "Dana Holm: the figure was lower",
    ]);
  });

  it("keeps a plural or anonymous description, and one whose person spoke before", () => {
    expect(spoken("The ferries were cancelled, officials said. Dana Holm, the harbour master, said the pier was shut.")[0]).toBe("officials: The ferries were cancelled");
    expect(spoken("Dana Holm said the pier was shut. The ferries were cancelled, a port official said. Holm said later that the pier had reopened.")[1]).toBe("a port official: The ferries were cancelled");
  });

  it("keeps a description when the person named next speaks for another country", () => {
    expect(spoken("The shells were old, a South Korean official said. Japanese Defence Minister Kenji Sato said the launch had failed.")[0]).toBe("a South Korean official: The shells were old");
  });

  it("keeps a source cited with 'according to', who does not introduce the next speaker", () => {
    expect(spoken("Okafor will visit the harbour on Sunday, according to a campaign aide. Dana Holm, her opponent, said the pier was unsafe.")[0]).toBe("a campaign aide: Okafor will visit the harbour on Sunday");
  });

  it("keeps a description when the person named next was named before it", () => {
    expect(spoken("Dana Holm toured the pier. The ferries were cancelled, a port official said. Holm, the harbour master, said the pier was shut.")[0]).toBe("a port official: The ferries were cancelled");
  });

  it("does not take a lone capitalised word that may be an outlet for the person", () => {
    expect(spoken("The pier was shut, a port official said. HNA writes that the ferries stopped.")[0]).toBe("a port official: The pier was shut");
  });
});
