import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("a passive in the next sentence that names who told the one before", () => {
  it("gives the sentence before to the agent of 'This was stated by …'", () => {
    expect(spoken("Peru has moved about 500 soldiers to the border for drills. This was stated by army spokeswoman Ana Torres, as cited by local radio.")).toEqual([
      "Ana Torres: Peru has moved about 500 soldiers to the border for drills",
    ]);
  });

  it("reads a demonstrative with a noun, and a date before the agent's end", () => {
    expect(spoken("Chilean and Peruvian patrols have clashed on the river for the first time. This development was confirmed by Chilean Defence Minister Pablo Soto on Tuesday.")).toEqual([
      "Pablo Soto: Chilean and Peruvian patrols have clashed on the river for the first time",
    ]);
  });

  it("reads a light verb only after a noun of saying", () => {
    expect(spoken("Chile has agreed to sell two frigates to Peru. The revelation was made by Admiral Pedro Rojas on Monday.")).toEqual(["Pedro Rojas: Chile has agreed to sell two frigates to Peru"]);
    expect(spoken("Peru bought a new patrol drone last year. This drone was made by a Chilean firm.")).toEqual([]);
  });

  it("leaves a sentence that has its own speaker, and the attributing sentence itself, alone", () => {
    expect(spoken("Lima backs a political solution, the ministry said. This was confirmed by spokesman Luis Vega.")).toEqual(["the ministry: Lima backs a political solution"]);
    expect(spoken("Lima backs a talks process. The statement was made by spokesman Luis Vega at a briefing. This was reported by a Chilean daily.")).toEqual([
      "Luis Vega: Lima backs a talks process",
    ]);
  });
});

describe("a speaker's noun phrase with its place after 'with'", () => {
  it("keeps 'analysts with the institute' whole before a closing verb", () => {
    expect(spoken("The Peruvian tankers did not hide their cargo, analysts with the Lima Maritime Institute told the newspaper.")).toEqual([
      "analysts with the Lima Maritime Institute: The Peruvian tankers did not hide their cargo",
    ]);
  });
});

describe("an adverbial of circumstance after a closing verb", () => {
  it("reads 'amid …' as part of the attribution, not as content", () => {
    expect(spoken("Lima keeps broad ties with Santiago, spokeswoman Rosa Diaz stated amid reports of troop movements.")).toEqual(["Rosa Diaz: Lima keeps broad ties with Santiago"]);
  });
});

describe("a surname that is also a title word", () => {
  it("reads the word after a courtesy title as the name ('Mr. King')", () => {
    expect(spoken("Mr. King said that he had never been told what to say on air.")).toEqual(["King: he had never been told what to say on air"]);
    expect(spoken("“We need the money to pay our crews,” Mr. King said.")).toEqual(["King: We need the money to pay our crews"]);
  });
});

describe("a verb that speaks only before 'that', in its bare form", () => {
  it("reads 'maintain that' after a plural subject, and not without its 'that'", () => {
    expect(spoken("Chilean officials maintain that Peru ran a missile program until 2003.")).toEqual(["Chilean officials: Peru ran a missile program until 2003"]);
    expect(spoken("Chilean officials maintain the old border posts.")).toEqual([]);
  });
});

describe("a verb of saying as the infinitive of a verb that keeps its subject", () => {
  it("gives 'continues to insist' and 'continued to deny' to the subject before them", () => {
    expect(spoken("Peru continues to insist its drone program is peaceful.")).toEqual(["Peru: its drone program is peaceful"]);
    expect(spoken("Lima has continued to deny that it sent troops to the border.")).toEqual(["Lima: it sent troops to the border"]);
  });
});

describe("a description that names the possessor in an earlier speaker's phrase", () => {
  it("is its own speaker, not the earlier phrase ('the Chilean navy' after 'the Chilean navy’s Pacific Command and …')", () => {
    expect(spoken("A ferry was hit, the Chilean navy’s Pacific Command and Peru’s maritime trade agency said. The rebels fired a missile at the ferry, the Chilean navy said.")).toEqual([
      "the Chilean navy’s Pacific Command and Peru’s maritime trade agency: A ferry was hit",
      "the Chilean navy: The rebels fired a missile at the ferry",
    ]);
  });

  it("still takes up an earlier speaker it names whole", () => {
    expect(spoken("A ferry was hit, the Chilean navy’s Pacific Command said. The rebels fired a missile at the ferry, the Pacific Command said.")).toEqual([
      "the Chilean navy’s Pacific Command: A ferry was hit",
      "the Chilean navy’s Pacific Command: The rebels fired a missile at the ferry",
    ]);
  });
});

describe("a document's words told by 'read' and a source after it", () => {
  it("reads the quotation before '…, the statement reads, according to …', inside its marks", () => {
    const rows = statementsOf("“Lima chose a sacred mission,” the council statement reads, according to the Andean News Agency.");
    expect(rows.map((r) => [r.speaker, r.quote, r.kind])).toEqual([["the council statement", "Lima chose a sacred mission", "direct"]]);
  });
});

describe("a body named with a slash", () => {
  it("reads 'Radio Free Europe/Radio Liberty reported' as the outlet that carries the words", () => {
    const rows = statementsOf("“We are deeply worried by the reports,” Chilean spokesman Luis Vega said, Radio Free Europe/Radio Liberty reported.");
    expect(rows.map((r) => [r.speaker, r.quote])).toEqual([["Luis Vega", "We are deeply worried by the reports"]]);
  });
});

describe("a fronted participle phrase before a verb with its own words after it", () => {
  it("reads the words after the verb, not the participle phrase before the speaker", () => {
    expect(spoken("Speaking at a press briefing, Rojas dismissed as baseless the claims about Peruvian troops.")).toEqual(["Rojas: dismissed as baseless the claims about Peruvian troops"]);
  });

  it("keeps a clause that opens with an -ing word and has its own verb as the words said", () => {
    expect(spoken("Shifting rains in the Andes could ruin a million farmers, Ana Ruiz said in her interview.")).toEqual(["Ana Ruiz: Shifting rains in the Andes could ruin a million farmers"]);
  });
});

describe("a body named by its own noun of office ('the Treasury', 'the air force')", () => {
  it("is a body that 'it' takes up, not a person named Treasury", () => {
    expect(spoken("The Chilean Treasury said sanctions were imposed on two firms. It said the move would freeze their assets.")).toEqual([
      "the Chilean Treasury: sanctions were imposed on two firms",
      "the Chilean Treasury: the move would freeze their assets",
    ]);
  });
});

describe("a surname that is a title word after a given name", () => {
  it("reads 'Charlie King' as the name, and 'Mr. King' later as the same person", () => {
    expect(spoken("“Nobody in Lima asked us,” said Charlie King, a Peruvian union leader. Mr. King left early. “The answer is simple,” Mr. King said.")).toEqual([
      "Charlie King: Nobody in Lima asked us",
      "Charlie King: The answer is simple",
    ]);
  });
});

describe("a name with a short parenthesis before its apposition", () => {
  it("reads 'Rep. Ana Ruiz (D-N.M.), chair of the caucus, said …' as Ana Ruiz", () => {
    expect(spoken("Rep. Ana Ruiz (D-N.M.), chair of the port caucus, said members will help the fishermen.")).toEqual(["Ana Ruiz: members will help the fishermen"]);
  });
});

describe("a restrictive relative clause between the speaker and the verb", () => {
  it("gives the words to the noun the clause describes, with the clause, not to a noun inside it", () => {
    expect(spoken("Officials who spoke on condition of anonymity said the Peruvian troops had left.")).toEqual([
      "Officials who spoke on condition of anonymity: the Peruvian troops had left",
    ]);
    expect(spoken("A Chilean soldier who was captured near the river said he wanted to go home.")).toEqual(["a Chilean soldier who was captured near the river: he wanted to go home"]);
  });

  it("leaves a relative that is the verb's own subject, and a name's apposition, as they were read", () => {
    expect(spoken("Ana Ruiz is a senator who has repeatedly said the port must close.")).toEqual(["a senator: the port must close"]);
    expect(spoken("Luis Vega, the mayor who met them, said the prisoners were hurt.")).toEqual(["Luis Vega: the prisoners were hurt"]);
  });
});

describe("a document placed by a participle of saying before its verb", () => {
  it("speaks itself ('a navy statement posted on Telegram said'), not the place it was posted", () => {
    expect(spoken("A Chilean navy statement posted on Telegram said the gun had first been seen in October.")).toEqual([
      "a Chilean navy statement: the gun had first been seen in October",
    ]);
  });
});

describe("a text told by 'read' with what it is about before the verb", () => {
  it("reads '“…,” a navy statement about the attack read' as the statement's quotation", () => {
    const rows = statementsOf("“The crew ignored our warnings,” a Chilean navy statement about the attack read.");
    expect(rows.map((r) => [r.speaker, r.quote, r.kind])).toEqual([["a Chilean navy statement", "The crew ignored our warnings", "direct"]]);
  });
});
