import { BrowserWindow } from 'electron';
import type { PrintJob, PrintResult } from '../../shared/bridge/contract';
import { secureWebPreferences } from './window';
import { err, ok } from '../../shared/core/result';

/**
 * Prints a self-contained HTML document silently to the configured printer
 * (a receipt printer at the front desk). The document is loaded in a hidden,
 * sandboxed window with JavaScript off, printed, and the window closed.
 */
export async function printHtml(job: PrintJob, printerName: string): Promise<PrintResult> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { ...secureWebPreferences(undefined), javascript: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(job.html)}`);
    return await new Promise<PrintResult>((resolve) => {
      win.webContents.print(
        {
          silent: true,
          printBackground: true,
          ...(printerName ? { deviceName: printerName } : {}),
          margins: { marginType: 'none' },
          // Microns. A thermal roll has no fixed length; 200 mm fits a ticket.
          pageSize: { width: job.widthMm * 1000, height: 200_000 },
        },
        (success, failureReason) => resolve(success ? ok(null) : err({ message: failureReason || 'the printer did not accept the job' })),
      );
    });
  } catch (thrown) {
    return err({ message: thrown instanceof Error ? thrown.message : String(thrown) });
  } finally {
    win.destroy();
  }
}
