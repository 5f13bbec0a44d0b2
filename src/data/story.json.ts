// Framework data loader: the explainer's headline figures and the sentences written from the
// tables (loaders/estimates.ts, loaders/story-prose.ts), so that the page draws and says only
// what the rows support.
import { writeJson } from "../../loaders/site.ts";
import { storyOf } from "../../loaders/story.ts";

await writeJson(({ tables }) => storyOf(tables));
