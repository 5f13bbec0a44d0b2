// Framework data loader: our extractors on the public benchmarks' development halves, beside published systems, computed at build time.
import { benchmarkReport } from "../../loaders/benchmarks/index.ts";
import { runCommand } from "../../loaders/cli.ts";
import { readRealNewsScores } from "../../loaders/benchmarks/realnews-record.ts";

await runCommand(() => {
  process.stdout.write(JSON.stringify({ benchmarks: benchmarkReport() ?? null, realnews: readRealNewsScores() ?? null }, null, 1));
});
