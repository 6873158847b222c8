/**
 * Performance marks for the benchmarks (bench/): `dalil:<step>` user-timing marks on
 * the page's performance timeline, which DevTools and the bench read. A mark costs a
 * microsecond or two and allocates one small entry; nothing else is recorded or sent.
 */

export type TimingStep =
  | 'start'
  | 'settings:end'
  | 'inject:start'
  | 'inject:end'
  | 'extract:start'
  | 'extract:end'
  | 'message:start'
  | 'message:end'
  | 'paint:start'
  | 'paint:end'
  | 'painted';

export function mark(step: TimingStep): void {
  performance.mark(`dalil:${step}`);
}

/** Marks `dalil:painted` once the next frame (style, layout, paint of the highlights) is done. */
export function markPainted(): void {
  requestAnimationFrame(() => setTimeout(() => mark('painted'), 0));
}
