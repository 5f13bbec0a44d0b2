import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

/** The rows of one type, as [actor, target]. */
const ofType = (type: string, text: string) => coded([text]).filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);

describe("a hostile act promised on a condition is a threat", () => {
  it("a modal before a verb of force, with 'if' after or before it", () => {
    const threats: [string, string, string][] = [
      ["Peru would resume fighting in Chile if Chile rearms its border units.", "PER", "CHL"],
      ["If Chile had long-range weapons, it could strike Peruvian camps.", "CHL", "PER"],
      ["Bolivia will attack Peru if its troops cross the river.", "BOL", "PER"],
      ["Ecuador could retaliate against Colombia if the raids continue.", "ECU", "COL"],
      ["Chile might invade Peru if talks fail.", "CHL", "PER"],
      ["Peru would bomb Bolivian bases if attacked again.", "PER", "BOL"],
      ["Venezuela would blockade Guyana's ports if the oil drilling went ahead.", "VEN", "GUY"],
      ["If the border stays closed, Brazil will impose countermeasures on Argentina.", "BRA", "ARG"],
      ["Kenya would shoot down Somali aircraft if they entered its airspace.", "KEN", "SOM"],
      ["Chile will take military action against Peru if the blockade continues.", "CHL", "PER"],
    ];
    for (const [text, actor, target] of threats) expect(ofType("THREATEN", text), text).toContainEqual([actor, target]);
  });

  it("a question, a wish or 'even if' makes no threat", () => {
    expect(ofType("THREATEN", "Reporters asked if Chile would attack Peru.")).toEqual([]);
    expect(ofType("THREATEN", "Peru would attack Chile only as if it were a game.")).toEqual([]);
    expect(ofType("THREATEN", "Chile will send aid to Peru if the floods continue.")).toEqual([]);
  });
});

describe("setting up a body or channel to work together is cooperation", () => {
  it("a task force, working group, commission, mechanism or hotline set up by the sides", () => {
    const set: [string, string][] = [
      ["Chile and Peru established a joint task force to fight smuggling.", "CHL;PER"],
      ["Chile and Peru launched a joint monitoring mechanism in May.", "CHL;PER"],
      ["Chile and Peru set up a joint commission on border security.", "CHL;PER"],
      ["Brazil and Argentina formed a working group on trade.", "BRA;ARG"],
      ["Brazil set up a working group with Argentina on border trade.", "BRA;ARG"],
      ["Kenya and Ethiopia opened a military hotline on Friday.", "KEN;ETH"],
      ["Japan and Vietnam created a coordination centre for sea rescues.", "JPN;VNM"],
      ["Ghana and Togo inaugurated a joint committee on fisheries.", "GHA;TGO"],
      ["Peru and Ecuador formed a joint venture to build the pipeline.", "PER;ECU"],
      ["Chile and Bolivia established a monitoring team for the river.", "CHL;BOL"],
    ];
    for (const [text, actor] of set) expect(ofType("COOPERATE", text).map(([a]) => a), text).toContain(actor);
  });

  it("a body set up with no light verb before it, or another kind of opening, is none", () => {
    expect(ofType("COOPERATE", "Chile opened an investigation into the smuggling.")).toEqual([]);
    expect(ofType("COOPERATE", "The commission met in Lima on Monday.")).toEqual([]);
  });
});

describe("speaking with or engaging a named side is consultation", () => {
  it("the side spoken to is the target", () => {
    const spoken: [string, string, string][] = [
      ["The Chilean foreign minister spoke to his Peruvian counterpart on Tuesday.", "CHL", "PER"],
      ["Chile spoke with Peru on Monday about the border.", "CHL", "PER"],
      ["The Brazilian envoy continues to engage Argentina on the dispute.", "BRA", "ARG"],
      ["Kenya's president talked with Ethiopia's prime minister on Friday.", "KEN", "ETH"],
      ["Japan's foreign minister spoke directly with Vietnam's foreign minister.", "JPN", "VNM"],
      ["Ghana has engaged Togo over the border incidents.", "GHA", "TGO"],
      ["The Bolivian president spoke by phone with Chile's president.", "BOL", "CHL"],
      ["Ecuador's envoy talked to Colombia's foreign minister in Quito.", "ECU", "COL"],
      ["The Peruvian president speaks with Chile's president every month.", "PER", "CHL"],
      ["Mexico's foreign minister spoke separately to Guatemala's president.", "MEX", "GTM"],
    ];
    for (const [text, actor, target] of spoken) expect(ofType("CONSULT", text), text).toContainEqual([actor, target]);
  });

  it("speaking to reporters or to an assembly, engaging enemy forces, or fighting are not talks", () => {
    expect(ofType("CONSULT", "Chile's president spoke to reporters in Lima on Monday.")).toEqual([]);
    expect(ofType("CONSULT", "The Peruvian president spoke at the General Assembly on Tuesday.")).toEqual([]);
    expect(ofType("CONSULT", "Bolivian troops engaged Chilean forces near the border.")).toEqual([]);
    expect(ofType("CONSULT", "Peru talked about Chile's plans on Monday.")).toEqual([]);
  });
});
