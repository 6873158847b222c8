/**
 * A table that renders only the rows in view (plus a few), so ten thousand saved terms
 * or the whole pack scroll without a sluggish frame. Rows have one fixed height; spacer
 * rows stand in for the rest. `aria-rowcount`/`aria-rowindex` tell assistive technology
 * how big the table really is.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

const OVERSCAN = 6;

export interface VirtualTableProps {
  caption: string;
  header: ComponentChildren;
  rowCount: number;
  rowHeight: number;
  /** Renders row `index` as a <tr>; it receives aria-rowindex from here. */
  renderRow: (index: number) => VNode;
  /** Changing this scrolls back to the top (a new query). */
  resetKey?: string;
  columns: number;
}

export function VirtualTable(props: VirtualTableProps) {
  const { caption, header, rowCount, rowHeight, renderRow, resetKey, columns } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(640);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 640));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  const rows: VNode[] = [];
  for (let i = first; i < last; i++) rows.push(renderRow(i));

  return (
    <div class="scroller" ref={scroller} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <table class="terms" aria-rowcount={rowCount + 1}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>{header}</tr>
        </thead>
        <tbody>
          {first > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; it only keeps the scroll height.
            <tr aria-hidden="true" class="spacer">
              <td colSpan={columns} style={{ height: `${first * rowHeight}px` }} />
            </tr>
          )}
          {rows}
          {last < rowCount && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; it only keeps the scroll height.
            <tr aria-hidden="true" class="spacer">
              <td colSpan={columns} style={{ height: `${(rowCount - last) * rowHeight}px` }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
