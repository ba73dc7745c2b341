import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { PdfJob, PdfResult } from '../../shared/bridge/contract';
import { secureWebPreferences } from './window';
import { err, ok } from '../../shared/core/result';

/**
 * A report as an A4 PDF: rendered in a hidden, sandboxed window with
 * JavaScript off, then saved where the user chooses (never to the ticket
 * printer, which is what print:html is for).
 */
export async function saveReportPdf(job: PdfJob, parent: BrowserWindow | null): Promise<PdfResult> {
  const win = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences(undefined), javascript: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(job.html)}`);
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 } });
    const options = { title: 'Save report as PDF', defaultPath: job.fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return err({ message: 'not saved: no file was chosen' });
    await writeFile(choice.filePath, pdf);
    return ok({ savedTo: choice.filePath });
  } catch (thrown) {
    return err({ message: thrown instanceof Error ? thrown.message : String(thrown) });
  } finally {
    win.destroy();
  }
}
