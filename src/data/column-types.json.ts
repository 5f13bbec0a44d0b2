// Framework data loader: the type each column of each table is read as in the pages
// (src/components/typed-rows.js), from the tables' schema.
import { columnTypes } from "../../loaders/column-types.ts";
import { runCommand } from "../../loaders/cli.ts";

await runCommand(() => {
  process.stdout.write(JSON.stringify(columnTypes(), null, 1));
});
