/**
 * Tar archives, written with tar-stream (the library Framework reads them with): Framework
 * serves `data/sources/<id>.json` out of a `data/sources.tar` that one data loader writes,
 * instead of running one loader process per article. Entries have mode 0644, owner 0 and
 * mtime 0, so the same files give the same bytes.
 */
import { pipeline } from "node:stream/promises";
import { pack } from "tar-stream";

/** Writes a tar archive of the given files (name → contents), in the order given, to `out`. */
export async function writeTar(files: Iterable<[string, string | Uint8Array]>, out: NodeJS.WritableStream): Promise<void> {
  const archive = pack();
  const written = pipeline(archive, out);
  for (const [name, contents] of files) {
    await new Promise<void>((resolve, reject) => {
      archive.entry({ name, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0, uname: "", gname: "" }, contents, (error) => (error ? reject(error) : resolve()));
    });
  }
  archive.finalize();
  await written;
}
