// A worker thread starts without the TypeScript loader its parent may run under (tsx,
// vitest), so it loads the worker module through tsx's API.
import { tsImport } from "tsx/esm/api";

const worker = await tsImport("./extract-worker.ts", import.meta.url);

export default worker.default;
