// Framework data loader: the data dictionary (column, type, meaning, example) of every table.
import { dataDictionary } from "../../loaders/datapackage.ts";
import { writeJson } from "../../loaders/site.ts";

await writeJson(({ tables }) => dataDictionary(tables));
