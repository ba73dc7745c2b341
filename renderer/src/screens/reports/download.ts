/** Saves text as a CSV download (the browser's, or Electron's own download handling). Returns the file name. */
export function downloadCsv(csv: string, fileName: string): string {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return fileName;
}
