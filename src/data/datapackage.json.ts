// Framework data loader: the Frictionless Data Package describing the CSV tables.
import { dataPackage } from "../../loaders/datapackage.ts";
import { writeJson } from "../../loaders/site.ts";

await writeJson(({ tables }) => dataPackage(tables));
