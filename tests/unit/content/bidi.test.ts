import { describe, expect, it } from 'vitest';
import { escapeBidiJson, hasBidiControls, showBidi } from '$lib/content/bidi';
import { renderSummary } from '$lib/incident/summary';
import { noticeText, policeSheetSections, ppcFields } from '$lib/incident/documents';
import { serialiseExport, incidentTitle } from '$lib/incident/transfer';
import { parseImport } from '$lib/incident/transfer-read';
import { buildArchive } from '$lib/incident/archive';
import { policeSheet, ppcDraft } from '$lib/content/documents';
import { ownDesk } from '$lib/profile/own-desks';
import { emptyProfile } from '$lib/profile/schema';
import { strFromU8, unzipSync } from 'fflate';
import { NOW, ransomCase } from '../../fixtures/incidents';

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const RAW = /[\u202A-\u202E\u2066-\u2069]/;
const NAME = '請求書\u202Egpj.exe';

/** Counts the raw bidi controls left in some texts. */
const raw = (...texts: string[]) => texts.join('').split('').filter((c) => RAW.test(c)).length;

function hostile() {
	const incident = ransomCase();
	incident.details.whatHappened = `${NAME} を開いた\u2067あと\u2069`;
	incident.details.whySuspected = NAME;
	incident.timeline.push({ id: 't9', at: '2026-03-02T00:40:00.000Z', text: NAME, kind: 'seen' });
	incident.sender = { name: '\u202Bname', organisation: 'org\u202A', phone: '', email: '' };
	return incident;
}

describe('bidi controls', () => {
	it('each of the nine shows as a visible marker, and nothing else changes', () => {
		for (const c of CONTROLS) {
			expect(hasBidiControls(`a${c}b`)).toBe(true);
			expect(showBidi(`a${c}b`)).toBe(`a[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]b`);
		}
		expect(showBidi(NAME)).toBe('請求書[U+202E]gpj.exe');
		expect(showBidi('普通の文 \u200E ok')).toBe('普通の文 \u200E ok');
		expect(hasBidiControls('普通の文')).toBe(false);
	});

	it('the summary, the police sheet, the PPC draft and its notice carry none raw', () => {
		const incident = hostile();
		const summary = renderSummary(incident, { locale: 'ja', now: NOW });
		expect(summary.body).toContain('請求書[U+202E]gpj.exe');
		const sheet = policeSheetSections(incident, policeSheet, { locale: 'ja' });
		const fields = ppcFields(incident, ppcDraft, {}, { locale: 'ja' });
		const texts = [
			summary.subject,
			summary.body,
			...summary.reminders,
			...sheet.flatMap((s) => s.rows.flatMap((r) => [r.label ?? '', r.value])),
			...fields.map((f) => f.value),
			noticeText(incident, ppcDraft, fields, 'ja')
		];
		expect(raw(...texts)).toBe(0);
	});

	it('the export escapes them as \\u202e and still reads back to exactly what was stored', async () => {
		const incident = hostile();
		const { text } = serialiseExport([{ ok: true, incident }], NOW);
		expect(raw(text)).toBe(0);
		expect(text).toContain('請求書\\u202egpj.exe');
		const back = parseImport(text);
		expect(back.ok && back.contents.incidents[0]).toEqual(incident);
		const zip = await buildArchive({ format: 'shodo-navi-export', version: 1, exportedAt: NOW.toISOString(), incidents: [incident] }, []);
		expect(raw(strFromU8(unzipSync(zip)['shodo-navi-export.json']!))).toBe(0);
		expect(escapeBidiJson(JSON.stringify({ a: '\u2066' }))).toBe('{"a":"\\u2066"}');
	});

	it('the list\'s title and an own contact on the result and card show the markers', () => {
		expect(incidentTitle(hostile())).toBe('請求書[U+202E]gpj.exe を開いた[U+2067]あと[U+2069]');
		const profile = emptyProfile(NOW);
		profile.contacts.otasuketai = { ...profile.contacts.otasuketai, name: '\u202Eサポート', phone: '0120-000-000', reference: 'A\u2066123', notes: 'x\u202Dy' };
		const desk = ownDesk(profile, 'otasuketai')!;
		expect(raw(JSON.stringify(desk).replace(/\\u[0-9a-f]{4}/g, ''), desk.name.ja, desk.organisation?.ja ?? '', ...desk.notes.map((n) => n.ja))).toBe(0);
		expect(desk.organisation?.ja).toBe('[U+202E]サポート');
	});
});
