import { describe, expect, it } from "vitest";
import { sharedGazetteer } from "../../loaders/actors.ts";
import { fullBodyName } from "../../loaders/speakers/body-names.ts";

const gazetteer = sharedGazetteer();

describe("fullBodyName (speakers/body-names.ts)", () => {
  it("takes the article's fuller form of a name from the paragraph that writes it", () => {
    const raw = "The agency issued a warning.\n\nThe Chilean Maritime Safety Office said the port would close.\n\nThe country's Maritime Safety Office later said more.";
    expect(fullBodyName("the country's Maritime Safety Office", raw, gazetteer)).toBe("Chilean Maritime Safety Office");
  });

  it("joins no capitalised words across a line break to the name", () => {
    const raw = "PORT NEWS\nMaritime Safety Office warns of storms\n\nThe country's Maritime Safety Office said ships should stay in port.";
    expect(fullBodyName("the country's Maritime Safety Office", raw, gazetteer)).toBe("the country's Maritime Safety Office");
  });

  it("keeps the name as it stands when the article writes two fuller forms", () => {
    const raw = "The Chilean Maritime Safety Office said one thing.\nThe Peruvian Maritime Safety Office said another.\nThe Maritime Safety Office said more.";
    expect(fullBodyName("the Maritime Safety Office", raw, gazetteer)).toBe("the Maritime Safety Office");
  });

  it("adds the initials the article writes after the name", () => {
    const raw = "The Harbour News Agency (HNA) reported the launch.\nThe official Harbour News Agency said it failed.";
    expect(fullBodyName("the official Harbour News Agency", raw, gazetteer)).toBe("Harbour News Agency (HNA)");
  });
});
