/**
 * Chrome tracing over CDP (the page's session): the same events DevTools' Performance
 * panel records. Complete events carry `tdur`, the thread's CPU time, which unlike wall
 * time does not grow when the machine is busy with other work.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

export const CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline',
];

export async function startTrace(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  } as never);
  return session;
}

export async function stopTrace(session: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => {
    session.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream ?? ''));
  });
  await session.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = (await session.send('IO.read', { handle: stream, size: 1 << 22 })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream });
  await session.detach();
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}
