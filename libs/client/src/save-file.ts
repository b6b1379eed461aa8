/** The file name a data export is saved under: `pivotal-data-2026-12-07.json`. */
export const dataExportFileName = (generatedAt: string): string => `pivotal-data-${generatedAt.slice(0, 10)}.json`;

/** Has the browser save `text` as a file named `fileName` (a download, nothing uploaded). */
export const saveTextFile = (fileName: string, text: string, type = 'application/json'): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
