// Framework data loader: one article's text with the spans of every row extracted from it.
import { parseArgs } from "node:util";
import { sourceView } from "../../../loaders/sources.ts";
import { writeJson } from "../../../loaders/site.ts";

const { values } = parseArgs({ options: { id: { type: "string" } } });
await writeJson((data) => sourceView(data, values.id!));
