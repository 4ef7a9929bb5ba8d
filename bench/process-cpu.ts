// CPU time a process has used so far (user + system), read from /proc: where the machine's cores go
// during a run, split between the server, the simulator and the driver.
import { readFileSync } from "node:fs";

/** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ). */
const MS_PER_TICK = 10;

/** CPU milliseconds used by the process `pid` (its threads included), or 0 where /proc is missing. */
export function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return 0;
  }
}

/** This process's own CPU milliseconds (the driver). */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
