/**
 * The CPU time of the calling thread alone. process.cpuUsage() counts every thread of the
 * process (the workers, the garbage collector's helpers), so it cannot say whether the main
 * thread or a worker is the busy one; Linux keeps each thread's own count in
 * /proc/thread-self/stat (Node 20 has no process.threadCpuUsage).
 */
import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc's counts: USER_HZ, 100 on every Linux Node runs on. */
const TICKS_PER_SECOND = 100;

/** Milliseconds of CPU (user + system) this thread has used, or undefined where /proc does not say. */
export function threadCpuMs(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync("/proc/thread-self/stat", "utf8");
  } catch {
    return undefined;
  }
  // The fields after the command name (which may hold spaces) in parentheses; utime and stime are the 14th and 15th of the line.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
}
