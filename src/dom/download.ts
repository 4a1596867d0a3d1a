/** Save a blob under a file name through a temporary link (the browser's download). */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke once the download has started; the click above is synchronous.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
