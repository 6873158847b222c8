/**
 * Saves a file from an extension page: a Blob URL and an <a download>, which every
 * browser allows (Firefox's `downloads.download` refuses data: URLs, and the API would
 * need the `downloads` permission).
 */
import type { ExportFile } from '../glossary/export';

export const REVOKE_AFTER_MS = 10_000;

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after click() returns, and revoking the URL before it
  // starts cancels it: the URL is let go later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function download(file: ExportFile): void {
  downloadBlob(new Blob([file.content], { type: file.mime }), file.filename);
}
