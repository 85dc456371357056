import { describe, expect, it } from 'vitest';
import { MAILTO_PHONE_LENGTH, MAILTO_SAFE_LENGTH, fitsQr, mailtoHref, mailtoLimit, planMailto, summaryFileName, utf8Length } from '$lib/incident/share';

describe('mailto', () => {
	it('encodes subject and body, with CRLF line breaks', () => {
		const href = mailtoHref('anshin@ipa.go.jp', '相談 & 質問', 'a\nb?c=d');
		expect(href.startsWith('mailto:anshin@ipa.go.jp?subject=')).toBe(true);
		const url = new URL(href);
		expect(url.searchParams.get('subject')).toBe('相談 & 質問');
		expect(url.searchParams.get('body')).toBe('a\r\nb?c=d');
	});

	it('falls back to the subject only when the full URL would be too long', () => {
		expect(planMailto('x@example.jp', 's', 'short').kind).toBe('full');
		const long = planMailto('x@example.jp', 's', 'あ'.repeat(300));
		expect(long.kind).toBe('subject-only');
		expect(long.href.length).toBeLessThanOrEqual(MAILTO_SAFE_LENGTH);
		expect(long.href).not.toContain('body=');
	});

	it('puts a whole Japanese summary into the link on a phone, up to the phone limit', () => {
		expect(mailtoLimit(false)).toBe(MAILTO_SAFE_LENGTH);
		expect(mailtoLimit(true)).toBe(MAILTO_PHONE_LENGTH);
		// About 5,000 Japanese characters: a long summary, far past the desktop cap.
		const body = '不審なメールを開いてしまった。\n'.repeat(330);
		const desktop = planMailto('x@example.jp', '相談', body, mailtoLimit(false));
		expect(desktop.kind).toBe('subject-only');
		const phone = planMailto('x@example.jp', '相談', body, mailtoLimit(true));
		expect(phone.kind).toBe('full');
		expect(new URL(phone.href).searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
		// Past the phone limit too: copy and paste there as well.
		const huge = planMailto('x@example.jp', '相談', 'あ'.repeat(12_000), mailtoLimit(true));
		expect(huge.kind).toBe('subject-only');
		expect(huge.href.length).toBeLessThanOrEqual(MAILTO_PHONE_LENGTH);
	});
});

describe('QR size', () => {
	it('counts UTF-8 bytes', () => {
		expect(utf8Length('aあ😀')).toBe(1 + 3 + 4);
		expect(fitsQr('あ'.repeat(900))).toBe(true);
		expect(fitsQr('あ'.repeat(1000))).toBe(false);
	});
});

describe('summary file name', () => {
	it('uses the date in Japan, also before 09:00 there when UTC is still on the day before', () => {
		// 2026-03-02 08:30 in Japan is 2026-03-01 23:30 UTC
		expect(summaryFileName(new Date('2026-03-01T23:30:00Z'))).toBe('shodo-navi-summary-2026-03-02.txt');
		// New Year's morning in Japan
		expect(summaryFileName(new Date('2026-12-31T15:00:00Z'))).toBe('shodo-navi-summary-2027-01-01.txt');
		expect(summaryFileName(new Date('2026-03-02T14:59:59Z'))).toBe('shodo-navi-summary-2026-03-02.txt');
	});
});
