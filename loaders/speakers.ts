/** The speakers reader lives in loaders/speakers/; this keeps the imports written against this path working. */
export * from "./speakers/index.ts";
