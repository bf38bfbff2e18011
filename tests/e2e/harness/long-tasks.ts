/**
 * Which long tasks of a page are Postwacht's doing. A Chromium trace of the page's renderer gives
 * every task and, inside it, every script call with the script's URL: the time spent in the
 * extension's own code (and in the layouts it forces) is known per task, on the same noisy machine
 * and in the same run as the site's own work.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface Task {
  /** How long the task took, ms. */
  ms: number;
  /** How much of it ran in the extension's own code, ms. */
  ownMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The tasks on the page renderers' main threads while `action` runs. */
export async function longTasksDuring(
  page: Page,
  extensionId: string,
  action: () => Promise<void>,
): Promise<Task[]> {
  const cdp = await page.context().newCDPSession(page);
  const events = await traced(cdp, action);
  await cdp.detach();
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const complete = events.filter(
    (e) => e.ph === 'X' && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`),
  );
  const own = complete.filter((e) => e.args?.data?.url?.startsWith(`chrome-extension://${extensionId}/`));
  return complete
    .filter((e) => e.name === 'RunTask')
    .map((task) => {
      const inside = own.filter(
        (e) =>
          e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0),
      );
      return { ms: Math.round((task.dur ?? 0) / 1000), ownMs: Math.round(unionMs(inside)) };
    });
}

/** A long task is Postwacht's when, without its own code, it would not have been over `limitMs`. */
export function attributable(tasks: readonly Task[], limitMs: number): Task[] {
  return tasks.filter((task) => task.ms > limitMs && task.ms - task.ownMs <= limitMs);
}

async function traced(cdp: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** Total time covered by the events (nested calls of our own code counted once), ms. */
function unionMs(events: readonly TraceEvent[]): number {
  const spans = events.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}
