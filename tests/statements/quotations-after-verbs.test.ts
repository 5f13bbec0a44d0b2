import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb that speaks only before a clause, with a quotation after its comma or colon", () => {
  it("reads the quotation as its words", () => {
    const cases: Array<[string, string]> = [
      ['Reporter Lena Voss asked, "Can you explain what you are doing to keep the quay open?"', "Can you explain what you are doing to keep the quay open?"],
      ['The mayor wondered aloud: "Who will pay for the new quay?"', "Who will pay for the new quay?"],
      ['The harbour master posted: "The quay is closed until Friday."', "The quay is closed until Friday."],
      ['The inspector questioned, "Why were the cranes never checked?"', "Why were the cranes never checked?"],
      ['The auditors concluded: "The accounts do not add up."', "The accounts do not add up."],
    ];
    for (const [sentence, words] of cases) {
      const rows = spoken(`Harbour news. ${sentence}`);
      expect(rows).toHaveLength(1);
      expect(rows[0].endsWith(`: ${words}`)).toBe(true);
    }
  });

  it("still reads no statement of an act without a clause", () => {
    expect(spoken("The council asked the ferry company for more boats.")).toEqual([]);
    expect(spoken("The ministry posted a photo of the new ferry.")).toEqual([]);
  });
});

describe("an adverbial between the verb and the colon of its quotation", () => {
  it("leaves the adverbial out of the words, also after a fronted phrase", () => {
    const cases = [
      'The mayor wrote on her blog: "Friends are together."',
      'The mayor said in a post on Friday: "Friends are together."',
      'Upon landing, the mayor wrote on her blog: "Friends are together."',
      'After the vote, the mayor told the crowd in the square: "Friends are together."',
      'The mayor added in a radio interview: "Friends are together."',
    ];
    for (const sentence of cases) expect(spoken(sentence)).toEqual(["the mayor: Friends are together."]);
  });

  it("keeps a title in quotation marks that closes the sentence as part of the occasion", () => {
    expect(spoken('"We will not sell the port," the mayor said on the radio show "Harbour Hour".')).toEqual(["the mayor: We will not sell the port"]);
  });
});

describe("a bare attribution after a question, with a participle of its own", () => {
  it("gives the question to the speaker", () => {
    expect(spoken('Ana Ruiz spoke last. "Who would have believed that we would win?" Ruiz said, looking out on the crowd.')).toEqual(["Ana Ruiz: Who would have believed that we would win?"]);
    expect(spoken('Ana Ruiz spoke last. "Is this the end of the ferry?" Ruiz asked, pointing at the quay.')).toEqual(["Ana Ruiz: Is this the end of the ferry?"]);
  });
});

describe("as per a source", () => {
  it("reads the source as the speaker, as according to", () => {
    expect(spoken("As per the port authority, the ferry crossed the strait at night.")).toEqual(["the port authority: the ferry crossed the strait at night"]);
    expect(spoken("The ferry crossed the strait at night, as per the harbour's own log.")).toEqual(["the harbour's own log: The ferry crossed the strait at night"]);
  });
});

describe("a written text that reads its words", () => {
  it("gives the words to the text", () => {
    expect(spoken('Dockers stood under a banner that read, "Fair pay for every crew."')).toEqual(["a banner: Fair pay for every crew."]);
    expect(spoken('The ferry showed pictures of the crews, with captions reading: "Our heroes of the sea."')).toEqual(["captions: Our heroes of the sea."]);
    expect(spoken('"Wages are too low," the union letter read.')).toHaveLength(1);
  });

  it("reads no one's words from a person who reads", () => {
    expect(spoken("The mayor read the report on the train.")).toEqual([]);
  });
});

describe("verbs of naming without a quotation", () => {
  it("speak when a pronoun and what it is called follow, or a noun phrase and an adjective end the clause", () => {
    const cases = [
      "The mayor called the charges unfounded.",
      "The mayor called it a common ailment of long campaigns.",
      "The union branded them reckless and greedy.",
      "The mayor called her a liar.",
      "The council called the new harbour fees unfair, and the port agreed.",
    ];
    for (const sentence of cases) expect(spoken(sentence)).toHaveLength(1);
  });

  it("do not speak when a call is made to someone or for something", () => {
    for (const sentence of ["The mayor called him on Monday.", "The mayor called the police at once.", "The mayor called a snap election.", "The mayor called the election early."]) expect(spoken(sentence)).toEqual([]);
  });
});

describe("a promise told in the progressive or as a participle", () => {
  it("is a statement of what is promised", () => {
    expect(spoken("Mayor Ana Ruiz is promising lower fees and more ferries.")).toEqual(["Ana Ruiz: promising lower fees and more ferries"]);
    expect(spoken("Mayor Ana Ruiz spoke to dock workers, promising to lift the curfew.")).toEqual(["Ana Ruiz: promising to lift the curfew"]);
    expect(spoken("It was a promising start for the new ferry.")).toEqual([]);
  });
});
