import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { deskIds, type DeskId } from '$lib/content/desk-ids';
import order from '$content/desk-order.json';
import { desks, getDesk } from '$lib/content/desks';
import { validateDesks } from '$lib/content/validate';
import type { Contact, Hours } from '$lib/content/schema';

const files = readdirSync('content/desks').filter((f) => f.endsWith('.json'));
const phones = (id: DeskId) =>
	getDesk(id).contacts.filter((c): c is Extract<Contact, { kind: 'phone' }> => c.kind === 'phone');
const emails = (id: DeskId) =>
	getDesk(id).contacts.flatMap((c) => (c.kind === 'email' ? [c.address] : []));
const urls = (id: DeskId) => getDesk(id).contacts.flatMap((c) => (c.kind === 'web' ? [c.url] : []));
const text = (id: DeskId) => JSON.stringify(getDesk(id));

describe('desk content', () => {
	it('every file validates on its own', () => {
		for (const file of files) {
			const json = JSON.parse(readFileSync(`content/desks/${file}`, 'utf8'));
			expect(() => validateDesks({ [`/content/desks/${file}`]: json }), file).not.toThrow();
		}
	});

	it('takes each desk id from its file name, in the order of content/desk-order.json', () => {
		expect([...deskIds].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
		expect(desks.map((d) => d.id)).toEqual([...deskIds]);
		const listed = desks.map((d) => d.id).filter((id) => order.order.includes(id));
		expect(listed).toEqual(order.order.filter((id) => listed.includes(id)));
	});

	it('refuses a file whose id is not its file name, naming both', () => {
		const json = JSON.parse(readFileSync('content/desks/ipa-anshin.json', 'utf8'));
		expect(() => validateDesks({ '/content/desks/ipa-helpline.json': json })).toThrow(
			'content/desks/ipa-helpline.json: id: "ipa-anshin" must equal the file name "ipa-helpline"'
		);
	});

	it('holds every desk the issue names', () => {
		const named: DeskId[] = [
			'police-110', 'police-prefectural-cyber', 'police-npa-online', 'police-station', 'police-9110',
			'police-tokyo-cyber', 'ipa-anshin', 'ipa-organisation', 'ipa-jcrat', 'ipa-virus-report',
			'ipa-unauthorized-access-report', 'ipa-ransomware', 'ppc-leak-report', 'ppc-dial', 'otasuketai',
			'jpcert', 'antiphishing', 'spam-mail-center', 'fake-shop-council', 'consumer-hotline',
			'houterasu', 'safer-internet', 'ihaho', 'internet-hotline-center', 'moj-human-rights', 'accs',
			'tokyo-sme-cyber', 'mhlw-medical', 'provider-support', 'bank-or-card'
		];
		for (const id of named) expect(getDesk(id).id).toBe(id);
	});

	it('gives every desk a source and a checked date no later than its sources', () => {
		for (const desk of desks) {
			expect(desk.sources.length, desk.id).toBeGreaterThan(0);
			for (const source of desk.sources) expect(source.checked <= desk.checked, desk.id).toBe(true);
		}
	});

	it('gives a generic desk no contacts but a note on where to find one', () => {
		for (const id of ['bank-or-card', 'provider-support', 'police-station'] as const) {
			expect(getDesk(id).contacts).toEqual([]);
			expect(getDesk(id).notes.length).toBeGreaterThan(0);
		}
		expect(text('bank-or-card')).toContain('カードの裏面');
	});

	it('keeps Japanese and English both present for every phone label and note', () => {
		for (const desk of desks) {
			for (const note of desk.notes) expect(note.en.length, desk.id).toBeGreaterThan(0);
			for (const line of desk.doesNotHandle) expect(line.ja.length, desk.id).toBeGreaterThan(0);
		}
	});
});

describe('key facts against the sources', () => {
	it('IPA 安心相談窓口: phone, hours, mail; the New Year break has no dates in any source', () => {
		const [phone] = phones('ipa-anshin');
		expect(phone?.number).toBe('03-5978-7509');
		const hours = phone?.hours as Extract<Hours, { kind: 'weekly' }>;
		expect(hours.kind).toBe('weekly');
		expect(hours.sessions.map((s) => [s.days, s.open, s.close])).toEqual([
			[['mon', 'tue', 'wed', 'thu', 'fri'], '10:00', '12:00'],
			[['mon', 'tue', 'wed', 'thu', 'fri'], '13:30', '17:00']
		]);
		expect(hours.closedOnHolidays).toBe(true);
		expect(hours.yearlyClosure).toBeUndefined();
		expect(hours.likelyClosure).toMatchObject({ from: '12-29', to: '01-03' });
		expect(hours.likelyClosure?.note.ja).toContain('年末年始を除く');
		expect(emails('ipa-anshin')).toEqual(['anshin@ipa.go.jp']);
	});

	it('IPA 安心相談窓口: FAX and post are not presented as contacts, and the split is explained', () => {
		const contacts = JSON.stringify(getDesk('ipa-anshin').contacts);
		expect(contacts).not.toContain('03-5978-7518');
		expect(contacts).not.toContain('本駒込');
		expect(getDesk('ipa-anshin').audience).toBe('individual');
		expect(JSON.stringify(getDesk('ipa-anshin').changes)).toContain('2025年4月1日');
		const notTaken = getDesk('ipa-anshin').doesNotHandle.map((l) => l.ja);
		expect(notTaken).toContain('法的解釈に関する相談');
		expect(notTaken).toContain('犯罪者の検挙、事件捜査の要望');
		expect(notTaken.length).toBeGreaterThanOrEqual(9);
	});

	it('IPA organisation desk: email only', () => {
		expect(emails('ipa-organisation')).toEqual(['cs-support@ipa.go.jp']);
		expect(phones('ipa-organisation')).toEqual([]);
		expect(getDesk('ipa-organisation').audience).toBe('organisation');
	});

	it('J-CRAT: the seed address, marked unconfirmed, and what it does not take', () => {
		expect(emails('ipa-jcrat')).toEqual(['tokusou@ipa.go.jp']);
		expect(text('ipa-jcrat')).toContain('確認できていません');
		expect(text('ipa-jcrat')).toContain('.eml');
		expect(JSON.stringify(getDesk('ipa-jcrat').doesNotHandle)).toContain('ばらまき型');
	});

	it('police: 110 always, #9110 and 警視庁 on weekdays 8:30-17:15, old Tokyo number only as a change', () => {
		expect(phones('police-110').map((p) => [p.number, p.hours.kind])).toEqual([['110', 'always']]);
		for (const id of ['police-9110', 'police-tokyo-cyber'] as const) {
			const hours = phones(id)[0]?.hours;
			expect(hours?.kind === 'weekly' && hours.sessions).toEqual([
				{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: '17:15' }
			]);
		}
		expect(phones('police-tokyo-cyber')[0]?.number).toBe('03-5805-1731');
		expect(JSON.stringify(getDesk('police-tokyo-cyber').contacts)).not.toContain('3431-8109');
		expect(JSON.stringify(getDesk('police-tokyo-cyber').changes)).toContain('03-3431-8109');
		expect(getDesk('police-tokyo-cyber').region).toBe('JP-13');
	});

	it('police online desk: not a 被害届, replies take days, life threats to 110', () => {
		expect(urls('police-npa-online')).toContain('https://www.npa.go.jp/bureau/cyber/soudan.html');
		const all = text('police-npa-online');
		expect(all).toContain('被害届ではありません');
		expect(all).toContain('数日');
		expect(all).toContain('110番');
	});

	it('PPC: the dial is for questions only; leaks are reported on the leakAction page', () => {
		expect(phones('ppc-dial')[0]?.number).toBe('03-6457-9849');
		const hours = phones('ppc-dial')[0]?.hours;
		expect(hours?.kind === 'weekly' && hours.sessions[0]).toMatchObject({ open: '09:30', close: '17:30' });
		expect(JSON.stringify(getDesk('ppc-dial').doesNotHandle)).toContain('報告');
		expect(urls('ppc-leak-report')).toContain('https://www.ppc.go.jp/personalinfo/legal/leakAction/');
		expect(text('ppc-leak-report')).toContain('1,000人');
	});

	it('JPCERT/CC does not decrypt or restore; フィッシング対策協議会 takes forwarded mail', () => {
		expect(JSON.stringify(getDesk('jpcert').doesNotHandle)).toContain('復号');
		expect(urls('jpcert')).toEqual(['https://www.jpcert.or.jp/form/']);
		expect(emails('antiphishing')).toEqual(['info@antiphishing.jp']);
	});

	it('188, 法テラス and the Tokyo SME desk carry the numbers the sources give', () => {
		expect(phones('consumer-hotline')[0]?.number).toBe('188');
		expect(phones('houterasu')[0]).toMatchObject({ number: '0570-078374', hours: { kind: 'unknown' } });
		expect(phones('tokyo-sme-cyber')[0]?.number).toBe('03-5320-4773');
	});

	it('違法・有害情報相談センター is web only', () => {
		expect(getDesk('ihaho').contacts.map((c) => c.kind)).toEqual(['web']);
	});
});

const weekly = (id: DeskId) => phones(id)[0]?.hours as Extract<Hours, { kind: 'weekly' }>;
const urlFields = (file: string) =>
	[...readFileSync(`content/desks/${file}`, 'utf8').matchAll(/"url": "([^"]+)"/g)].map((m) => m[1]!);

describe('issue 9: closures, moved pages, wrong claims', () => {
	it('links no known-wrong or moved address, in contacts or sources', () => {
		const wrong = [
			/narismashi/, // seed 000's typo for …/e-commerce/narisumashi/
			/ipa\.go\.jp\/security\/anshin\/ransom_tokusetsu/, // moved to /security/anshin/measures/ (2023-11)
			/\/security\/outline\/todokede-j\.html/, // 2013 page; forms are under /security/todokede/crack-virus/
			/\/security\/ciadr\//, // 2019 page
			/keishicho\.metro\.tokyo\.jp\/sodan\/madoguchi\/sogo\.html/ // general consultation, not the cyber desk
		];
		for (const file of files) {
			for (const url of urlFields(file)) {
				for (const pattern of wrong) expect(url, `${file}: ${url}`).not.toMatch(pattern);
			}
		}
		expect(urls('fake-shop-council')).toEqual(['https://www.saferinternet.or.jp/e-commerce/narisumashi/']);
		expect(urls('ipa-ransomware')).toEqual(['https://www.ipa.go.jp/security/anshin/measures/ransom_tokusetsu.html']);
		for (const id of ['ipa-virus-report', 'ipa-unauthorized-access-report'] as const) {
			expect(urls(id)).toEqual(['https://www.ipa.go.jp/security/todokede/crack-virus/']);
		}
		expect(urls('police-tokyo-cyber')).toContain('https://www.keishicho.metro.tokyo.lg.jp/kurashi/cyber/cyber_sodan.html');
	});

	it('the scan itself catches the old typo and the old ransomware path', () => {
		const old = JSON.stringify({
			a: { url: 'https://www.saferinternet.or.jp/e-commerce/narismashi/' },
			b: { url: 'https://www.ipa.go.jp/security/anshin/ransom_tokusetsu.html' }
		});
		const found = [...old.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
		expect(found.some((u) => /narismashi/.test(u!))).toBe(true);
		expect(found.some((u) => /ipa\.go\.jp\/security\/anshin\/ransom_tokusetsu/.test(u!))).toBe(true);
	});

	it('marks 年末年始 without dates as a likely closure on every desk whose source says so', () => {
		for (const id of ['ipa-anshin', 'tokyo-sme-cyber', 'ppc-dial'] as const) {
			const hours = weekly(id);
			expect(hours.likelyClosure, id).toMatchObject({ from: '12-29', to: '01-03' });
			expect(hours.sessions.every((s) => !s.days.includes('sat') && !s.days.includes('sun')), id).toBe(true);
			expect(hours.closedOnHolidays, id).toBe(true);
		}
		expect(weekly('tokyo-sme-cyber').likelyClosure?.note.ja).toContain('都庁開庁日');
		expect(weekly('ppc-dial').likelyClosure?.note.ja).toContain('年末年始');
	});

	it('the fake-shop council is for shops; consumers are sent to SIA\'s hotline and 188', () => {
		const council = getDesk('fake-shop-council');
		expect(council.audience).toBe('organisation');
		expect(JSON.stringify(council.handles)).toContain('事業者');
		expect(JSON.stringify(council.doesNotHandle)).toContain('188');
		expect(JSON.stringify(council.doesNotHandle)).toContain('悪質ECサイトホットライン');
		expect(urls('sia-fake-shop-hotline')).toEqual(['https://www.saferinternet.or.jp/akushitsu_ec_form/']);
	});

	it('the IPA desks list the seven things to prepare of seed 000, with cloud services and what happened since', () => {
		for (const id of ['ipa-anshin', 'ipa-organisation'] as const) {
			const notes = JSON.stringify(getDesk(id).notes);
			expect(notes, id).toContain('7つ');
			expect(notes, id).toContain('クラウドサービス');
			expect(notes, id).toContain('その後に起きたこと');
		}
	});

	it('PPC: strong encryption exempts the report as well as the notice; the dial closes over 年末年始', () => {
		expect(JSON.stringify(getDesk('ppc-leak-report').notes)).toMatch(/報告も本人への通知も必要ありません/);
		expect(JSON.stringify(getDesk('ppc-leak-report').notes)).not.toContain('漏えいしたデータの人');
	});

	it('法テラス: the support line is not legal advice, and a mail form takes questions at any hour', () => {
		const desk = JSON.stringify(getDesk('houterasu'));
		expect(desk).toContain('法律相談とは異なります');
		expect(desk).toContain('いつでも');
	});

	it('お助け隊: the subsidy\'s new name, in dated words', () => {
		expect(JSON.stringify(getDesk('otasuketai').notes)).toContain('2026年度から');
		expect(JSON.stringify(getDesk('otasuketai').notes)).toContain('デジタル化・AI導入補助金');
	});

	it('adds the desks the seeds name: IPA\'s list of other desks, JNSA, みんなの人権110番, 迷惑メール転送', () => {
		expect(urls('ipa-external')).toEqual(['https://www.ipa.go.jp/security/anshin/external.html']);
		expect(urls('jnsa-incident-response')).toEqual(['https://www.jnsa.org/emergency_response/']);
		expect(text('jnsa-incident-response')).toContain('サイバーインシデント');
		// Read on MOJ's own page since (issue 23): confirmed, with its hours.
		expect(phones('moj-human-rights')[0]).toMatchObject({ number: '0570-003-110', certainty: 'confirmed' });
		expect(emails('spam-mail-center')).toEqual(['meiwaku@dekyo.or.jp']);
	});
});

describe('issue 9: how sure each fact is', () => {
	it('J-CRAT\'s address is unconfirmed; the chatbot date, 法テラス\'s hours, the Tokyo desk and 警視庁\'s number say how sure they are', () => {
		expect(getDesk('ipa-jcrat').contacts.find((c) => c.kind === 'email')?.certainty).toBe('unconfirmed');
		const chatbot = getDesk('ipa-anshin').notes.find((n) => n.ja.includes('チャットボット'));
		expect(chatbot?.certainty).toBe('quoted');
		expect(chatbot?.ja).toContain('2024年6月25日');
		expect(phones('houterasu')[0]?.hours.certainty).toBe('unconfirmed');
		expect(phones('tokyo-sme-cyber')[0]).toMatchObject({ certainty: 'seed', hours: { certainty: 'seed' } });
		expect(phones('police-tokyo-cyber')[0]).toMatchObject({ number: '03-5805-1731', certainty: 'quoted' });
	});

	it('a desk file without a certainty fails validation, naming the field', () => {
		const json = JSON.parse(readFileSync('content/desks/ppc-dial.json', 'utf8'));
		delete json.contacts[0].certainty;
		delete json.contacts[0].hours.certainty;
		delete json.notes[0].certainty;
		let message = '';
		try {
			validateDesks({ '/content/desks/ppc-dial.json': json });
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message).toContain('ppc-dial.json: contacts.0.certainty');
		expect(message).toContain('ppc-dial.json: contacts.0.hours.certainty');
		expect(message).toContain('ppc-dial.json: notes.0.certainty');
	});
});
