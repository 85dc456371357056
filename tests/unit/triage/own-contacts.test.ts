import { describe, expect, it } from 'vitest';
import { route } from '$lib/triage/routing';
import type { Answers } from '$lib/triage/flow';
import type { Profile } from '$lib/profile/schema';
import { MANAGER, OTASUKETAI, profileWith } from '../../fixtures/profiles';

const NOW = new Date('2026-06-15T03:00:00Z');
/** The profile's contacts are desks like any other: the same route, given the profile. */
function result(answers: Answers, profile: Profile | undefined) {
	return route({ answers, now: NOW, profile });
}
const ids = (recs: { deskId: string }[]) => recs.map((r) => r.deskId);

const malwareAtWork = { safety: 'no', who: 'organisation', what: 'malware' } as const;

describe('own contacts in the result', () => {
	it('puts the お助け隊 contract first for a malware alert at a small company, with its 24-hour line in the reason', () => {
		const recs = result(malwareAtWork, profileWith('organisation', { otasuketai: OTASUKETAI }));
		expect(recs[0]?.deskId).toBe('own-otasuketai');
		expect(recs[0]?.urgency).toBe('now');
		expect(recs[0]?.reasons[0]?.ja).toBe('平時の備えに登録した契約先です。まず連絡します（24時間窓口: 0120-000-111）。');
		expect(recs[0]?.desk?.contacts[0]).toMatchObject({ kind: 'phone', number: '0120-000-111' });
	});

	it('replaces the general お助け隊 desk with the contract, even when the contract question says yes', () => {
		const answers = { ...malwareAtWork, orgSupport: 'yes' };
		expect(ids(route({ answers, now: NOW }))).toContain('otasuketai');
		const recs = result(answers, profileWith('organisation', { otasuketai: OTASUKETAI }));
		expect(ids(recs)).not.toContain('otasuketai');
		expect(ids(recs).filter((id) => id === 'own-otasuketai')).toHaveLength(1);
	});

	it('leaves the お助け隊 contract out when the user says there is no support contract now', () => {
		const recs = result({ ...malwareAtWork, orgSupport: 'no' }, profileWith('organisation', { otasuketai: OTASUKETAI }));
		expect(ids(recs)).not.toContain('own-otasuketai');
	});

	it('puts the internal manager first for an organisation (seed 004), before the お助け隊 contract', () => {
		const recs = result(malwareAtWork, profileWith('organisation', { manager: MANAGER, otasuketai: OTASUKETAI }));
		expect(ids(recs).slice(0, 2)).toEqual(['own-manager', 'own-otasuketai']);
		// A spam mail is not technical: the manager still comes first, the お助け隊 contract does not apply.
		const spam = result({ safety: 'no', who: 'organisation', what: 'spam' }, profileWith('organisation', { manager: MANAGER, otasuketai: OTASUKETAI }));
		expect(ids(spam)[0]).toBe('own-manager');
		expect(ids(spam)).not.toContain('own-otasuketai');
	});

	it('keeps 110 above every own contact when a life is threatened', () => {
		const recs = result({ ...malwareAtWork, safety: 'yes' }, profileWith('organisation', { manager: MANAGER }));
		expect(ids(recs).slice(0, 2)).toEqual(['police-110', 'own-manager']);
	});

	it('replaces "your bank or card company" with the registered one, at its urgency, keeping its reasons', () => {
		const answers = { safety: 'no', who: 'individual', what: 'fake-shop', moneyLost: 'yes' };
		const plain = route({ answers, now: NOW });
		expect(ids(plain)).toContain('bank-or-card');
		const recs = result(answers, profileWith('individual', { bank: { name: '○○銀行', urgentPhone: '0120-222-333' } }));
		expect(ids(recs)).not.toContain('bank-or-card');
		expect(recs[0]?.deskId).toBe('own-bank');
		expect(recs[0]?.reasons.slice(1)).toEqual(plain.find((r) => r.deskId === 'bank-or-card')?.reasons);
		// No money lost: the bank is not named, so neither is the user's own.
		expect(ids(result({ ...answers, moneyLost: 'no' }, profileWith('individual', { bank: { phone: '0120-222-333' } })))).not.toContain('own-bank');
	});

	it('changes nothing without a profile, or with contacts that cannot be reached', () => {
		const plain = route({ answers: malwareAtWork, now: NOW });
		expect(result(malwareAtWork, undefined)).toEqual(plain);
		expect(result(malwareAtWork, profileWith('organisation', { otasuketai: { name: 'only a name' } }))).toEqual(plain);
	});

	it('does not offer organisation contacts to a person', () => {
		const recs = result({ safety: 'no', who: 'individual', what: 'malware' }, profileWith('individual', { manager: MANAGER, otasuketai: OTASUKETAI }));
		expect(ids(recs)).not.toContain('own-manager');
		expect(ids(recs)).not.toContain('own-otasuketai');
	});

	it('picks the prefecture’s police desk where the content has one (Tokyo), and the national page elsewhere', () => {
		const answers = { ...malwareAtWork, what: 'ransomware', orgSupport: 'no', policeReport: 'no' } as Answers;
		expect(ids(route({ answers, now: NOW }))).toContain('police-prefectural-cyber');
		const tokyo = result(answers, profileWith('organisation', {}, { prefecture: 'JP-13' }));
		expect(ids(tokyo)).toContain('police-tokyo-cyber');
		expect(ids(tokyo)).not.toContain('police-prefectural-cyber');
		const osaka = result(answers, profileWith('organisation', {}, { prefecture: 'JP-27' }));
		expect(ids(osaka)).toContain('police-prefectural-cyber');
	});
});
