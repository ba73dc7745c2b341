import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveReportPdf } from './pdf';
import { BrowserWindow, dialog, resetElectron } from '../../test/mocks/electron';

vi.mock('electron', () => import('../../test/mocks/electron'));

beforeEach(() => resetElectron());

describe('saving a report as PDF', () => {
  it('renders A4 in a hidden window with scripts off, writes where the user chose, and closes the window', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'oss-pdf-')), 'q3.pdf');
    dialog.nextPath = target;
    const r = await saveReportPdf({ html: '<h1>Q3</h1>', fileName: 'q3.pdf' }, null);
    expect(r).toEqual({ ok: true, value: { savedTo: target } });
    expect(readFileSync(target, 'utf8')).toContain('%PDF');
    const win = BrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true } });
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4' }));
    expect(win.destroyed).toBe(true);
  });

  it('says so when the user cancels, and writes nothing', async () => {
    dialog.nextPath = null;
    expect(await saveReportPdf({ html: '<h1>Q3</h1>', fileName: 'q3.pdf' }, null)).toEqual({ ok: false, error: { message: 'not saved: no file was chosen' } });
    expect(BrowserWindow.instances[0]!.destroyed).toBe(true);
  });
});
