/**
 * Main-thread tasks from a trace. A task belongs to the content script when it contains
 * the evaluation of content.js, a call into one of its functions (timers, listeners), or
 * a reply from the extension system (extensions.mojom: storage, runtime.sendMessage),
 * whose promise continuations run in that task's microtask checkpoint. Durations are wall
 * time (`dur`) and the thread's CPU time (`tdur`, unaffected by other load on the machine).
 */
import type { TraceEvent } from './trace';

export interface Task {
  ts: number;
  wallMs: number;
  cpuMs: number;
  ours: boolean;
}

const text = (event: TraceEvent) => JSON.stringify(event.args ?? {});
/** The content script's bundles: the gate on every page, the reader where it is injected. */
const OURS = /chrome-extension:\/\/[a-p]{32}\/(?:content|reader)\.js/;

function marksContentScript(event: TraceEvent): boolean {
  if (
    (event.name === 'EvaluateScript' || event.name === 'FunctionCall' || event.name === 'v8.run') &&
    OURS.test(text(event))
  )
    return true;
  return event.name.startsWith('Receive mojo') && text(event).includes('"extensions.mojom.');
}

/** The renderer main thread: the one that evaluated the content script (or the page's first ParseHTML). */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const anchor =
    events.find((e) => e.name === 'EvaluateScript' && text(e).includes('/content.js')) ??
    events.find((e) => e.name === 'ParseHTML');
  return anchor && { pid: anchor.pid, tid: anchor.tid };
}

export function tasks(events: TraceEvent[]): Task[] {
  const thread = mainThread(events);
  if (!thread) return [];
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const top = own.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const markers = own.filter(marksContentScript).map((e) => e.ts);
  // EvaluateScript of a content script injected at document_idle is not always inside a RunTask.
  const loose = own.filter((e) => e.name === 'EvaluateScript' && OURS.test(text(e)));
  const out: Task[] = top.map((t) => ({
    ts: t.ts,
    wallMs: (t.dur ?? 0) / 1000,
    cpuMs: (t.tdur ?? 0) / 1000,
    ours: markers.some((m) => m >= t.ts && m <= t.ts + (t.dur ?? 0)),
  }));
  for (const e of loose) {
    if (out.some((t) => t.ours && e.ts >= t.ts && e.ts <= t.ts + t.wallMs * 1000)) continue;
    out.push({ ts: e.ts, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000, ours: true });
  }
  return out;
}

/** Timestamp (trace µs) of a user-timing mark, e.g. "dalil:painted" (its last occurrence). */
export function markTs(events: TraceEvent[], name: string): number | undefined {
  const found = events.filter((e) => e.name === name && e.cat.includes('user_timing'));
  return found.length ? found[found.length - 1].ts : undefined;
}

export interface Summary {
  cpuMs: number;
  wallMs: number;
  longestWallMs: number;
  longestCpuMs: number;
}

export function summarize(list: Task[]): Summary {
  return {
    cpuMs: list.reduce((sum, t) => sum + t.cpuMs, 0),
    wallMs: list.reduce((sum, t) => sum + t.wallMs, 0),
    longestWallMs: Math.max(0, ...list.map((t) => t.wallMs)),
    longestCpuMs: Math.max(0, ...list.map((t) => t.cpuMs)),
  };
}
