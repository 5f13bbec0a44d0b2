import { describe, it } from "vitest";
import { expectSpokenBy } from "./read.ts";

// A time with a pointer before it stands between the speaker and the verb ("late on Wednesday", "early
// Friday", "on last week"): the subject is read past it, for verbs of every class and after a fronted participle.
const READ: [frame: string, text: string, speaker: string, words: string][] = [
  ["late on Wednesday, object verb", "Ana Ruiz late on Wednesday thanked Jorge Vidal for the talks.", "Ana Ruiz", "Jorge Vidal"],
  ["on last week, said that", "Chilean Defence Minister Ana Ruiz on last week said that two drones had been shot down.", "Ana Ruiz", "two drones"],
  ["early Friday, said", "Ana Ruiz early Friday said two drones had been shot down.", "Ana Ruiz", "two drones"],
  ["late Tuesday, denied", "The Chilean ministry late Tuesday denied sending troops to the border.", "ministry", "sending troops"],
  ["fronted participle", "Speaking at a joint news conference in Lima, Ana Ruiz late on Wednesday thanked Jorge Vidal for the talks.", "Ana Ruiz", "Jorge Vidal"],
];

describe("a pointed time between the speaker and the verb", () => {
  it.each(READ)("%s", (_frame, text, speaker, words) => expectSpokenBy(text, speaker, words));
});
