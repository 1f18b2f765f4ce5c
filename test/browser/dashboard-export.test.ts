import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { TestSystem } from '../support/test-system';
import { expectAccessible } from './support/expect-accessible';
import { signIn } from './support/sign-in';
import { withBrowserSystem } from './support/with-browser-system';

const SUMMARY = 'Người bị dụ sang biên giới làm việc';
const PLACE = 'thôn Bu Prăng';

/**
 * The dashboard's exports ask whether the tips' narratives are needed; only with a stated reason does the file carry
 * them, and the reason goes with the request (and into the audit log).
 */
describe('dashboard export with or without narratives', () => {
  let system: TestSystem;
  let browser: Browser;

  withBrowserSystem((started) => ({ system, browser } = started), { worker: false });
  beforeAll(async () => {
    const [registrar] = await system.db.query(`SELECT id FROM users WHERE username = 'coordinator'`);
    await system.db.query(
      `INSERT INTO tips (reference, channel, received_at, summary, location, urgency, investigating_agency_code, status, workflow_id, registered_by)
       VALUES ('TIP-EXPORT-1', 'HOTLINE_111', now(), $1, $2, 'NORMAL', 'CA_TINH_CSDT', 'VERIFYING', 'tip-verification-TIP-EXPORT-1', $3)`,
      [SUMMARY, PLACE, registrar.id],
    );
  });

  async function exportCsv(page: Page, reason: string | null): Promise<string> {
    await page.getByRole('button', { name: 'Tải về CSV' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Có cần nội dung tin báo (địa điểm, tóm tắt) trong tệp không?').waitFor();
    if (reason !== null) {
      await dialog.getByLabel('Có, tôi nêu lý do').check();
      await dialog.getByText('Tệp sẽ có địa điểm và tóm tắt của các tin báo; lý do được ghi vào nhật ký truy cập.').waitFor();
      // Too short a reason is refused here, before anything is downloaded.
      await dialog.getByLabel('Lý do cần nội dung tin báo').fill('ngắn');
      await dialog.getByRole('button', { name: 'Tải xuống' }).click();
      await dialog.getByText('Hãy nêu lý do, ít nhất 15 ký tự').waitFor();
      await dialog.getByLabel('Lý do cần nội dung tin báo').fill(reason);
    } else {
      await dialog.getByText('Tệp sẽ không có địa điểm và tóm tắt của tin báo.').waitFor();
    }
    await expectAccessible(page, 'export dialog');
    const download = page.waitForEvent('download');
    await dialog.getByRole('link', { name: 'Tải xuống' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    await dialog.waitFor({ state: 'detached' });
    return text;
  }

  it('downloads the tips without narratives by default, and with them once a reason is given', async () => {
    const page = await signIn(browser, system.http.baseUrl, 'coordinator', {
      context: { acceptDownloads: true, viewport: { width: 1280, height: 800 } },
    });
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Tổng hợp, thống kê' }).click();
    await page.getByRole('heading', { name: 'Tổng hợp, thống kê', level: 1 }).waitFor();

    const plain = await exportCsv(page, null);
    expect(plain).toContain('TIP-EXPORT-1');
    expect(plain).not.toContain(SUMMARY);
    expect(plain).not.toContain(PLACE);

    const reason = 'Báo cáo chuyên đề quý I gửi Ban Chỉ đạo';
    const full = await exportCsv(page, reason);
    expect(full).toContain(SUMMARY);
    expect(full).toContain(PLACE);

    const audited = await system.db.query(`SELECT detail FROM audit_log WHERE action = 'STATISTICS_EXPORTED' ORDER BY arrival`);
    expect(audited.map((r: { detail: { narratives: boolean; reason?: string } }) => [r.detail.narratives, r.detail.reason ?? null])).toEqual([
      [false, null],
      [true, reason],
    ]);
    expect(audited[1].detail.subjects).toEqual(['TIP-EXPORT-1']);
  });
});
