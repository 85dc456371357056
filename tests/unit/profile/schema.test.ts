import { describe, expect, it, test } from 'vitest';
import { migrateProfile, PROFILE_MIGRATIONS, profileVersion } from '$lib/profile/migrations';
import { readProfile } from '$lib/profile/read';
import { emptyProfile, Profile, PROFILE_VERSION, Usual } from '$lib/profile/schema';
import { Details } from '$lib/incident/schema';
import { detailFields } from '$lib/incident/detail-fields';
import { contactWarnings, dialable, normalisePhone, reachable } from '$lib/profile/warnings';
import { prefillDetails, reviewDue, untouched, USUAL_KEYS } from '$lib/profile/usual';
import { missingRoles, ownDesk, ownDesks, roleOfDeskId } from '$lib/profile/own-desks';
import { OTASUKETAI, PROFILE_NOW, profileWith } from '../../fixtures/profiles';

describe('Profile schema', () => {
	it('accepts an empty profile and a filled one', () => {
		expect(Profile.safeParse(emptyProfile(PROFILE_NOW)).success).toBe(true);
		expect(Profile.safeParse(profileWith('organisation', { otasuketai: OTASUKETAI }, { prefecture: 'JP-13' })).success).toBe(true);
	});

	it('refuses a prefecture that is not an ISO code, a missing role, and a wrong kind', () => {
		expect(Profile.safeParse({ ...emptyProfile(PROFILE_NOW), prefecture: 'Tokyo' }).success).toBe(false);
		expect(Profile.safeParse({ ...emptyProfile(PROFILE_NOW), prefecture: 'JP-48' }).success).toBe(false);
		const { bank: _bank, ...contacts } = emptyProfile(PROFILE_NOW).contacts;
		expect(Profile.safeParse({ ...emptyProfile(PROFILE_NOW), contacts }).success).toBe(false);
		expect(Profile.safeParse({ ...emptyProfile(PROFILE_NOW), kind: 'company' }).success).toBe(false);
	});

	it('keeps a half-typed phone number as typed and warns about it instead', () => {
		const p = profileWith('organisation', { manager: { phone: '03-12', email: 'yamada@' } });
		expect(Profile.safeParse(p).success).toBe(true);
		expect(contactWarnings(p.contacts.manager)).toEqual(['phone', 'email']);
		expect(reachable(p.contacts.manager)).toBe(false);
	});

	it('normalises the numbers people write into ones a phone dials', () => {
		expect(normalisePhone('０１２０（０００）１１１')).toBe('0120-000-111');
		expect(normalisePhone(' 03 1234 5678 ')).toBe('03-1234-5678');
		expect(dialable('0120-000-111')).toBe(true);
		expect(dialable('#9110')).toBe(true);
		expect(dialable('phone')).toBe(false);
	});
});

describe('profile migrations', () => {
	it('brings a profile without a version up to the current one, filling what is missing', () => {
		const old = { contacts: { otasuketai: { name: 'X', urgentPhone: '0120-000-111' } }, updatedAt: PROFILE_NOW.toISOString() };
		expect(profileVersion(old)).toBe(0);
		const read = readProfile(old);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.profile.schemaVersion).toBe(PROFILE_VERSION);
		expect(read.profile.kind).toBe('individual');
		expect(read.profile.contacts.otasuketai).toMatchObject({ name: 'X', urgentPhone: '0120-000-111', phone: '', email: '' });
		expect(read.profile.contacts.bank.name).toBe('');
		expect(read.profile.usual.os).toBe('');
	});

	it('is pure: the raw record is not changed', () => {
		const old = { updatedAt: PROFILE_NOW.toISOString() };
		const copy = structuredClone(old);
		migrateProfile(old);
		expect(old).toEqual(copy);
	});

	it('keeps damage visible: a present but wrong field still fails validation', () => {
		const read = readProfile({ updatedAt: PROFILE_NOW.toISOString(), contacts: { manager: { phone: 12 } } });
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.error).toContain('contacts.manager.phone');
	});

	it('refuses a profile from a newer app and one with no way through', () => {
		const newer = readProfile({ ...emptyProfile(PROFILE_NOW), schemaVersion: PROFILE_VERSION + 1 });
		expect(newer.ok).toBe(false);
		if (!newer.ok) expect(newer.error).toMatch(/newer version/);
		expect(migrateProfile({ schemaVersion: 0 }, {}, 1)).toEqual({ ok: false, error: 'No profile migration from schema 0 to 1.' });
		expect(readProfile('profile').ok).toBe(false);
		expect(Object.keys(PROFILE_MIGRATIONS)).toEqual(Array.from({ length: PROFILE_VERSION }, (_, i) => String(i)));
	});
});

describe('own contacts as desks', () => {
	it('makes a desk with call buttons from a reachable contact, the 24-hour line first', () => {
		const desk = ownDesk(profileWith('organisation', { otasuketai: { ...OTASUKETAI, phone: '03-5555-6666' } }), 'otasuketai');
		expect(desk?.id).toBe('own-otasuketai');
		expect(roleOfDeskId('own-otasuketai')).toBe('otasuketai');
		expect(desk?.name.ja).toBe('お助け隊サービスの契約先（まもるくんサポート）');
		expect(desk?.contacts.map((c) => (c.kind === 'phone' ? c.number : ''))).toEqual(['0120-000-111', '03-5555-6666']);
		expect(desk?.contacts[0]?.hours.kind).toBe('always');
		expect(desk?.notes[0]?.ja).toBe('契約番号: OT-12345');
	});

	it('makes none for a contact with only a name', () => {
		expect(ownDesk(profileWith('organisation', { insurer: { name: '保険' } }), 'insurer')).toBeUndefined();
		expect(ownDesks(undefined)).toEqual([]);
	});

	it('lists what is missing: all five for an organisation, the vendor and the bank for a person', () => {
		expect(missingRoles(profileWith('organisation', { otasuketai: OTASUKETAI }))).toEqual(['manager', 'itVendor', 'insurer', 'bank']);
		expect(missingRoles(profileWith('individual', { bank: { phone: '0120-111-222' } }))).toEqual(['itVendor']);
		expect(missingRoles(undefined)).toEqual(['itVendor', 'bank']);
		expect(missingRoles(undefined, 'organisation')).toEqual(['manager', 'otasuketai', 'itVendor', 'insurer', 'bank']);
	});
});

describe('usual devices and the yearly review', () => {
	const details = { deviceType: '', os: 'macOS 15', securitySoftware: '', cloudServices: '', whatHappened: 'x' };
	const usual = { deviceType: 'ノートパソコン', os: 'Windows 11', securitySoftware: 'Defender', cloudServices: '' };

	it('fills only empty items 1–4 and nothing else', () => {
		expect(prefillDetails(details, usual)).toEqual({ ...details, deviceType: 'ノートパソコン', securitySoftware: 'Defender' });
		expect(prefillDetails(details, undefined)).toBe(details);
	});

	it('knows an untouched incident', () => {
		const at = PROFILE_NOW.toISOString();
		expect(untouched({ createdAt: at, updatedAt: at, timeline: [] })).toBe(true);
		expect(untouched({ createdAt: at, updatedAt: '2026-06-01T00:00:01.000Z', timeline: [] })).toBe(false);
		expect(untouched({ createdAt: at, updatedAt: at, timeline: [{}] })).toBe(false);
	});

	it('is due a year after the last review, or after the profile was made if never reviewed', () => {
		const p = profileWith('individual', {}, { reviewedAt: '2025-06-01T00:00:00.000Z' });
		expect(reviewDue(p, new Date('2026-05-31T23:59:59.000Z'))).toBe(false);
		expect(reviewDue(p, new Date('2026-06-01T00:00:00.000Z'))).toBe(true);
		const never = profileWith('individual');
		expect(reviewDue(never, new Date('2027-05-01T00:00:00.000Z'))).toBe(false);
		expect(reviewDue(never, new Date('2027-06-01T00:00:00.000Z'))).toBe(true);
		expect(reviewDue(undefined, new Date('2030-01-01T00:00:00.000Z'))).toBe(false);
	});
});

describe('the usual devices and services are items 1–4 of the seven details', () => {
	test('USUAL_KEYS, the profile schema and the first four keys of the incident details agree, in order', () => {
		expect([...USUAL_KEYS]).toEqual(Object.keys(Usual.shape));
		expect([...USUAL_KEYS]).toEqual(Object.keys(Details.shape).slice(0, 4));
		expect(Object.keys(emptyProfile(PROFILE_NOW).usual)).toEqual([...USUAL_KEYS]);
	});

	test('every detail has its words on screen, in the schema’s order', () => {
		expect(detailFields().map((f) => f.key)).toEqual(Object.keys(Details.shape));
		for (const f of detailFields()) expect(f.label().length).toBeGreaterThan(0);
	});
});
