import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Wall time and peak memory of a command and all its child processes. */
export interface Measurement {
  seconds: number;
  /** Peak of the summed resident memory of the process tree, in bytes. */
  peakRssBytes: number;
  exitCode: number | null;
  output: string;
  /** True when the run was stopped for going over `killAboveBytes`. */
  killed?: boolean;
}

/** Options of measure. */
export interface MeasureOptions {
  /** Stops the whole process tree when its memory goes over this, so a shared machine never runs out. */
  killAboveBytes?: number;
}

/** The resident memory of every process in the tree rooted at `pid`, summed (Linux /proc). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/**
 * Runs a command, sampling the memory of its whole process tree four times a second.
 * Sampling can miss a spike shorter than 250 ms; for a build that runs minutes it is close.
 */
export function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  options: MeasureOptions = {},
): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    // Its own process group, so that a runaway tree can be stopped as a whole.
    const child = spawn(command, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.killAboveBytes !== undefined,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    let killed = false;
    const timer = setInterval(() => {
      if (!child.pid) return;
      peak = Math.max(peak, treeRss(child.pid));
      if (options.killAboveBytes !== undefined && peak > options.killAboveBytes && !killed) {
        killed = true;
        process.kill(-child.pid, 'SIGKILL');
      }
    }, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: peak,
        exitCode: code,
        output,
        ...(killed ? { killed } : {}),
      });
    });
  });
}

/**
 * Bytes in MB with one decimal.
 * @example formatMegabytes(1572864) // '1.5 MB'
 */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
