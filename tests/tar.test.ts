/**
 * The archive of source views reads back file by file with tar-stream (what Framework uses
 * to serve data/sources/<id>.json out of data/sources.tar), long and non-ASCII names
 * included, byte for byte the same on every run.
 */
import { PassThrough, Readable } from "node:stream";
import { extract } from "tar-stream";
import { describe, expect, it } from "vitest";
import { writeTar } from "../loaders/tar.ts";

async function tarArchive(files: Array<[string, string]>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeTar(files, out);
  return Buffer.concat(chunks);
}

async function readTar(bytes: Uint8Array): Promise<Array<[string, string]>> {
  const tar = extract();
  Readable.from([Buffer.from(bytes)]).pipe(tar);
  const files: Array<[string, string]> = [];
  for await (const entry of tar) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    files.push([entry.header.name, Buffer.concat(chunks).toString("utf8")]);
  }
  return files;
}

describe("writeTar", () => {
  it("round-trips files through tar-stream, long and non-ASCII names included", async () => {
    const files: Array<[string, string]> = [
      ["a.json", '{"x": 1}'],
      ["empty.json", ""],
      [`${"long-".repeat(30)}name.json`, "long name"],
      ["ünïcödé-기사.json", "한국어 “quotes” 🙂"],
      ["block.json", "x".repeat(512)],
    ];
    expect(await readTar(await tarArchive(files))).toEqual(files);
  });

  it("is deterministic and block-aligned", async () => {
    const files: Array<[string, string]> = [["one.json", "1"], ["two.json", "22"]];
    const a = await tarArchive(files);
    expect(a).toEqual(await tarArchive(files));
    expect(a.length % 512).toBe(0);
  });
});
