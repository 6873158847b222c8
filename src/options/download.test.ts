// @vitest-environment happy-dom
/**
 * The download keeps its Blob URL alive after the click: Firefox cancels a download
 * whose URL is revoked before it starts, which happens after click() has returned.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { download, REVOKE_AFTER_MS } from './download';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('download', () => {
  it('clicks a hidden link to a Blob URL with the file name, and revokes the URL only later', async () => {
    vi.useFakeTimers();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:dalil/1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: Array<{ href: string; download: string; connected: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, connected: this.isConnected });
    });

    download({ filename: 'dalil.csv', mime: 'text/csv', content: 'ar,en\n' });

    const blob = created.mock.calls[0][0] as Blob;
    expect(await blob.text()).toBe('ar,en\n');
    expect(blob.type).toBe('text/csv');
    expect(clicks).toEqual([{ href: 'blob:dalil/1', download: 'dalil.csv', connected: true }]);
    expect(document.querySelector('a')).toBeNull();
    // Not when click() returns, nor a moment later: the download has not started yet.
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS - 1);
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoked).toHaveBeenCalledWith('blob:dalil/1');
  });
});
