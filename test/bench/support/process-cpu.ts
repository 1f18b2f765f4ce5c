import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Linux clock ticks per second (USER_HZ): /proc's CPU times are counted in them. */
const TICKS = 100;

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

const pids = (): number[] =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);

/** [ppid, CPU seconds (user + system)] of a process from /proc/<pid>/stat, or null once it is gone. */
function stat(pid: number): { ppid: number; cpuSeconds: number; reapedCpuSeconds: number; rssKiB: number } | null {
  const text = read(`/proc/${pid}/stat`);
  if (!text) return null;
  // The command name is in parentheses and may hold spaces: the fields are counted after its closing one.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return {
    ppid: Number(fields[1]),
    cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS,
    // Children that ended and were waited for (PostgreSQL's closed connections): counted in their parent from then on.
    reapedCpuSeconds: (Number(fields[13]) + Number(fields[14])) / TICKS,
    rssKiB: Number(fields[21]) * 4,
  };
}

/** The process listening on a TCP port of this machine (from /proc/net/tcp*), or null when none of ours is. */
export function listenerOf(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6'])
    for (const line of (read(table) ?? '').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] local address:port, cols[3] state (0A = LISTEN), cols[9] socket inode.
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]);
    }
  for (const pid of pids()) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (link.startsWith('socket:[') && inodes.has(link.slice(8, -1))) return pid;
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return null;
}

/** CPU seconds and RSS of a process and all its descendants (PostgreSQL's backends are children of its postmaster). */
export function treeUsage(root: number): { cpuSeconds: number; rssKiB: number; processes: number } {
  const all = new Map<number, { ppid: number; cpuSeconds: number; reapedCpuSeconds: number; rssKiB: number }>();
  for (const pid of pids()) {
    const s = stat(pid);
    if (s) all.set(pid, s);
  }
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, s] of all)
      if (!inTree.has(pid) && inTree.has(s.ppid)) {
        inTree.add(pid);
        grew = true;
      }
  }
  let cpuSeconds = 0;
  let rssKiB = 0;
  for (const pid of inTree) {
    cpuSeconds += (all.get(pid)?.cpuSeconds ?? 0) + (all.get(pid)?.reapedCpuSeconds ?? 0);
    rssKiB += all.get(pid)?.rssKiB ?? 0;
  }
  return { cpuSeconds, rssKiB, processes: inTree.size };
}
