import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** Each row as "speaker [kind]: quote". */
function rows(body: string): string[] {
  return statementsOf(body).map((r) => `${r.speaker} [${r.kind}]: ${r.quote}`);
}

/**
 * Quotations laid out over paragraphs and lines, as news wires print them: a quotation running
 * over several paragraphs opens each with a mark and closes only the last; the attribution
 * stands in the first. The words of the following paragraphs are the same speaker's, one row.
 */
describe("a quotation over several paragraphs", () => {
  const second = "“And we will defend every mile of the coast. Peru knows it.”";

  it("carries the closing attribution's speaker over a paragraph left open", () => {
    // Two sentences of quotation after the attribution, the paragraph left open.
    expect(rows(`“We will not retreat,” Ruiz said. “Our navy is ready. It will sail at dawn.\n\n${second}\n\nVega said the talks would resume.`)).toEqual([
      "Ruiz [direct]: We will not retreat … Our navy is ready. It will sail at dawn. … And we will defend every mile of the coast. Peru knows it.",
      "Vega [indirect]: the talks would resume",
    ]);
  });

  it("carries an inverted attribution with an apposition, in straight marks", () => {
    expect(rows(`“We will not retreat,” said Ruiz, the admiral. "Our navy is ready. It will sail at dawn.\n\n"And we will defend every mile of the coast."`)).toEqual([
      "Ruiz [direct]: We will not retreat … Our navy is ready. It will sail at dawn. … And we will defend every mile of the coast.",
    ]);
  });

  it("carries a colon's quotation left open, over three paragraphs", () => {
    expect(rows(`Admiral Ana Ruiz told reporters: “Our navy is ready. It will sail at dawn.\n\n“The crews have trained for months. They know the coast.\n\n${second}`)).toEqual([
      "Ana Ruiz [direct]: Our navy is ready. It will sail at dawn. … The crews have trained for months. They know the coast. … And we will defend every mile of the coast. Peru knows it.",
    ]);
  });

  it("reads no verb of saying inside the paragraph left open as another speaker's", () => {
    // "Chile reaffirms" is the ministry's words, not Chile's statement.
    expect(rows(`The ministry said: “The treaty entered into force on Monday, and Chile reaffirms its commitment to it. Peru has signed too.\n\n“Both navies will patrol the strait.”`)).toEqual([
      "the ministry [direct]: The treaty entered into force on Monday, and Chile reaffirms its commitment to it. Peru has signed too. … Both navies will patrol the strait.",
    ]);
  });
});

describe("a quotation added after a participle and a colon", () => {
  it("is the speaker's quoted words, the colon no part of them", () => {
    expect(rows("Ruiz wrote on social media, adding: “The navy acted within the law.”")).toEqual(["Ruiz [direct]: The navy acted within the law."]);
    expect(rows("“The port is shut,” Ruiz said, adding: “The navy acted within the law.”")).toEqual(["Ruiz [direct]: The port is shut … The navy acted within the law."]);
    expect(rows("Ruiz said the port was shut, adding: “The navy acted within the law.”")).toEqual(["Ruiz [mixed]: the port was shut … The navy acted within the law."]);
  });
});

describe("a list set out after 'X said:' or 'X told reporters:'", () => {
  it("gives each line, with a bullet or a dash, to the lead's speaker", () => {
    expect(rows("Admiral Ana Ruiz told reporters:\n\n- The navy will patrol the strait from Monday.\n- Peru has been warned twice.\n\nVega said the talks would resume.")).toEqual([
      "Ana Ruiz [indirect]: The navy will patrol the strait from Monday",
      "Ana Ruiz [indirect]: Peru has been warned twice",
      "Vega [indirect]: the talks would resume",
    ]);
    expect(rows("The Chilean ministry said:\n\n• The navy will patrol the strait.\n• “Peru has been warned twice.”")).toEqual([
      "the Chilean ministry [indirect]: The navy will patrol the strait",
      "the Chilean ministry [direct]: Peru has been warned twice.",
    ]);
  });

  it("a list after a colon that no one says is nobody's words", () => {
    expect(rows("The budget sets out the navy’s tasks:\n\n- Patrols of the strait.\n- Rescue at sea.")).toEqual([]);
    // A section's label line, no verb of saying.
    expect(rows("Background:\n\n- Chile has patrolled the strait since May.\n- Peru sent two ships in June.")).toEqual([]);
    expect(rows("Ruiz said the navy was ready.\n\n- Patrols of the strait.\n- Rescue at sea.")).toEqual(["Ruiz [indirect]: the navy was ready"]);
  });
});

describe("an excerpt set out after a colon paragraph", () => {
  it("is a document's text whose own quotations name their speakers: the lead takes none of it, nor lends its name to a pronoun", () => {
    const found = rows('The Lima Herald reports:\n\n"The first time Vega saw the ships, she was on the pier. The frigates sailed at dawn.\n\n"Vega thought the whole thing was absurd. She was calm, sure.\n\n“It never worried me,” she said later, and the crews agreed."');
    expect(found.filter((r) => r.startsWith("The Lima Herald"))).toEqual([]);
  });
});

describe("a page cut inside a quotation", () => {
  it("gives the colon's speaker the words up to the cut, as one quotation", () => {
    const found = rows("The Chilean foreign ministry added:\n\n“The treaty entered into force on Monday, and Chile reaffirms its commitment to the accord. Together with Peru, Chile will conti");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^the Chilean foreign ministry \[direct\]: The treaty entered into force on Monday, and Chile reaffirms/);
  });
});

describe("a page cut inside a quotation after its attribution", () => {
  it("is direct, its words up to the cut without the broken word", () => {
    expect(rows("Admiral Ana Ruiz added, “Peru is using fishing boats as a shield, fully aware that its patrols would provoke a swift response. This endangers the crews, inc")).toEqual([
      "Ana Ruiz [direct]: Peru is using fishing boats as a shield, fully aware that its patrols would provoke a swift response. This endangers the crews",
    ]);
  });
});

describe("marks as pages write them", () => {
  it("closes a quotation on a left mark written where it ends", () => {
    for (const body of ["“The navy fought bravely,“ Ruiz told Vega during the talks.", "“The navy fought bravely,“ said Ruiz.", "“The navy fought bravely,“ the Peruvian admiral said."]) {
      expect(rows(body)).toHaveLength(1);
      expect(rows(body)[0]).toMatch(/\[direct\]: The navy fought bravely$/);
    }
  });

  it("keeps single quotes nested inside a run-on quotation", () => {
    expect(rows("Ruiz said: “The so-called ‘peace plan’ is dead. We will sail.\n\n“Peru knows it.”")).toEqual(["Ruiz [direct]: The so-called ‘peace plan’ is dead. We will sail. … Peru knows it."]);
  });
});

/**
 * A quotation of several sentences ending in a question, its attribution after it with the circumstance
 * of the saying: the splitter ends the sentence at "?”", the attribution's sentence holds no words.
 */
describe("a question quoted before its attribution and a circumstance", () => {
  it("gives the quotation to the speaker after it, whatever the circumstance", () => {
    for (const tail of ["when asked about his plans", "while visiting the port", "speaking to reporters"]) {
      expect(rows(`“We have decided. If we ask for asylum, would Chile take us?” Ruiz said, ${tail}.`)).toEqual(["Ruiz [direct]: We have decided. If we ask for asylum, would Chile take us?"]);
    }
    expect(rows("“Why now?” the Peruvian admiral asked, when pressed by reporters.")).toEqual(["the Peruvian admiral [direct]: Why now?"]);
  });

  it("leaves a second speaker's clause after the attribution to that speaker", () => {
    expect(rows("“Will it reopen?” Ruiz asked, while Vega said the port was closed.")).toEqual(["Vega [indirect]: the port was closed"]);
  });
});

/** Quotation marks that hold no one's words carry no speaker on. */
describe("quotations that are no statement", () => {
  it("scare quotes and a name of an operation open no statement and carry none on", () => {
    expect(rows("The so-called “peace plan” was signed on Monday.")).toEqual([]);
    expect(rows("“We will sail,” Ruiz said.\n\n“Operation Coastline” began on Monday, the navy said.")).toEqual(["Ruiz [direct]: We will sail", "the navy [mixed]: “Operation Coastline” began on Monday"]);
  });

  it("a quoted headline between reported statements is nobody's", () => {
    expect(rows("Ruiz said the navy was ready.\n\n“Chile sends frigates north”\n\nVega said the talks would resume.")).toEqual(["Ruiz [indirect]: the navy was ready", "Vega [indirect]: the talks would resume"]);
  });

  it("a title of a book opening a paragraph is no quotation carried on", () => {
    expect(rows("“We will sail,” Ruiz said.\n\n“The Long Coast” is his third book.")).toEqual(["Ruiz [direct]: We will sail"]);
  });

  it("a lone quotation after a reported statement is no row of its own (the gold leaves most unannotated)", () => {
    expect(rows("Ruiz said the navy was ready.\n\n“We will not retreat.”")).toEqual(["Ruiz [indirect]: the navy was ready"]);
  });
});
