/** Saves a file from an extension page: a Blob URL and an <a download>, which every browser allows. */
import type { ExportFile } from '../glossary/export';

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function download(file: ExportFile): void {
  downloadBlob(new Blob([file.content], { type: file.mime }), file.filename);
}
