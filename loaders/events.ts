/** The event coder lives in loaders/events/ (see its index.ts); this path stays importable for older imports. */
export * from "./events/index.ts";
