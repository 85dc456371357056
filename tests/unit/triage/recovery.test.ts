import { describe, expect, test } from 'vitest';
import { recoverySets } from '$lib/content/recovery';
import { readyMessageContent } from '$lib/content/ready-messages';
import { fillMessage, nextScamWarning, readyMessages, recoverySteps } from '$lib/triage/recovery';
import { nextStepItems, nextSteps } from '$lib/triage/routing';

const base = { safety: 'no', who: 'individual' };

describe('recoverySteps', () => {
	test('an account taken over gets the account set, each step with a unique id, a source, a date and how sure it is', () => {
		const steps = recoverySteps({ ...base, what: 'account-takeover', moneyLost: 'no' });
		expect(steps.length).toBeGreaterThan(1);
		expect(new Set(steps.map((s) => s.setId))).toEqual(new Set(['account-takeover']));
		expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
		for (const s of steps) {
			expect(s.id).toBe(`${s.setId}/${s.id.split('/')[1]}`);
			expect(s.sources.length).toBeGreaterThan(0);
			expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(s.setTitle.ja).toBeTruthy();
		}
	});

	const sets = (answers: Record<string, string>) => [...new Set(recoverySteps(answers).map((s) => s.setId))];
	const org = { safety: 'no', who: 'organisation' };

	test.each([
		['ransomware, an individual', { ...base, what: 'ransomware', moneyLost: 'no' }, ['ransomware']],
		['a business email scam, money sent', { ...org, what: 'bec', moneyLost: 'yes', orgSupport: 'no', personalData: 'no' }, ['bec']],
		['card details entered on a phishing page', { ...base, what: 'phishing', passwordEntered: 'yes', moneyLost: 'yes' }, ['card-details']],
		['charges on the card', { ...base, what: 'card-charges' }, ['card-details']],
		['a lost phone', { ...base, what: 'lost-device', deviceStolen: 'no', moneyLost: 'no' }, ['lost-device']],
		['a malicious app', { ...base, what: 'malicious-app', moneyLost: 'no' }, ['malicious-app']],
		['a leak at a company', { ...org, what: 'data-leak', leakCause: 'attack', reportCase: 'over1000' }, ['data-leak']],
		['ransomware at a company holding personal data', { ...org, what: 'ransomware', orgSupport: 'no', personalData: 'yes', reportCase: 'sensitive', moneyLost: 'no' }, ['ransomware', 'data-leak']],
		['a leak an individual heard of', { ...base, what: 'data-leak' }, []]
	])('%s gets its set(s)', (_name, answers, expected) => {
		expect(sets(answers)).toEqual(expected);
	});

	test('a step with its own condition shows only when it holds: the recall of a transfer needs money sent', () => {
		const ids = (moneyLost: string) => recoverySteps({ ...org, what: 'bec', moneyLost, orgSupport: 'no', personalData: 'no' }).map((s) => s.id);
		expect(ids('yes')).toContain('bec/recall-transfer');
		expect(ids('unknown')).toContain('bec/recall-transfer');
		expect(ids('no')).not.toContain('bec/recall-transfer');
		expect(ids('no')).toContain('bec/keep-mails');
	});

	test('phishing without card details is not the card set', () => {
		expect(sets({ ...base, what: 'phishing', passwordEntered: 'no' })).toEqual([]);
		expect(sets({ ...base, what: 'phishing', passwordEntered: 'yes', moneyLost: 'no' })).toEqual([]);
	});

	test('an answer counts only while its question is asked: another situation has no account steps', () => {
		expect(recoverySteps({ ...base, what: 'harassment' }).some((s) => s.setId === 'account-takeover')).toBe(false);
	});

	test('a set is content: a set passed in is looked up with the same conditions', () => {
		const sets = [
			{ ...recoverySets[0]!, id: 'only-org', when: { tag: 'org' }, steps: [{ ...recoverySets[0]!.steps[0]!, id: 'a' }, { ...recoverySets[0]!.steps[0]!, id: 'b', when: { what: 'bec' } }] }
		];
		const org = { safety: 'no', who: 'organisation', what: 'bec' };
		expect(recoverySteps(org, undefined, sets).map((s) => s.id)).toEqual(['only-org/a', 'only-org/b']);
		expect(recoverySteps({ ...org, what: 'spam' }, undefined, sets).map((s) => s.id)).toEqual(['only-org/a']);
		expect(recoverySteps({ ...base, what: 'bec' }, undefined, sets)).toEqual([]);
	});
});

describe('readyMessages and fillMessage', () => {
	test("mails in the company's name offer the message to partners; a leak links the notice document", () => {
		const org = { safety: 'no', who: 'organisation' };
		expect(readyMessages({ ...org, what: 'malware', orgSupport: 'no', personalData: 'no' }).map((m) => m.id)).toEqual(['partners-mail']);
		expect(readyMessages({ safety: 'no', who: 'individual', what: 'malware' }).map((m) => m.id)).toEqual([]);
		const leak = readyMessages({ ...org, what: 'data-leak', leakCause: 'mistake', reportCase: 'sensitive' });
		expect(leak.map((m) => m.id)).toEqual(['leak-customers']);
		expect(leak[0]!.document).toEqual({ id: 'ppc-notice', href: '/incident/ppc-draft#ppc-notice' });
	});

	test('an account taken over offers the message to friends', () => {
		const ids = readyMessages({ ...base, what: 'account-takeover' }).map((m) => m.id);
		expect(ids).toContain('account-friends');
		expect(readyMessages({ ...base, what: 'harassment' }).map((m) => m.id)).not.toContain('account-friends');
	});

	test('every message, in both languages, has every slot filled and no {slot} left', () => {
		for (const content of readyMessageContent) {
			const [msg] = readyMessages({}, undefined, [{ ...content, when: {} }]);
			expect(msg).toBeDefined();
			const values = Object.fromEntries(msg!.slots.map((s) => [s, `<${s}>`]));
			for (const locale of ['ja', 'en'] as const) {
				const text = fillMessage(msg!, locale, values);
				expect(text, `${msg!.id} ${locale}`).not.toMatch(/\{\w+\}/);
				for (const s of msg!.slots) expect(text, `${msg!.id} ${locale}`).toContain(`<${s}>`);
				if (msg!.subject) expect(fillMessage(msg!, locale, values, 'subject')).not.toMatch(/\{\w+\}/);
			}
		}
	});

	test('an empty slot shows what it asks for, never a bare {slot}', () => {
		const [msg] = readyMessages({ ...base, what: 'account-takeover' });
		const ja = fillMessage(msg!, 'ja', { name: '  ' });
		expect(ja).toContain('［あなたの名前］');
		expect(fillMessage(msg!, 'en', {})).toContain('[your name]');
		expect(fillMessage(msg!, 'ja', { name: '山田', service: 'LINE' })).toContain('山田です。LINEのアカウント');
	});
});

describe('nextScamWarning', () => {
	test('has words in both languages and its sources', () => {
		expect(nextScamWarning.text.length).toBeGreaterThan(0);
		expect(nextScamWarning.sources.length).toBeGreaterThan(0);
		expect(nextScamWarning.title.en).toBeTruthy();
	});
});

describe('nextStepItems', () => {
	test('are the next steps with their content ids, in the same order', () => {
		const answers = { safety: 'no', who: 'organisation', what: 'ransomware', moneyLost: 'no' };
		const items = nextStepItems(answers);
		expect(items.map((i) => i.text)).toEqual(nextSteps(answers));
		expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['tell-manager', 'do-not-pay', 'keep-powered']));
	});
});

describe('recoveryStepIds', () => {
	test('are the ids of recoverySteps, in the same order, for every situation', async () => {
		const { recoveryStepIds } = await import('$lib/triage/recovery-ids');
		const { triageTree } = await import('$lib/content/triage');
		const whats = triageTree.questions.find((q) => q.id === 'what')!.options.map((o) => o.value);
		let seen = 0;
		for (const who of ['individual', 'organisation']) {
			for (const what of whats) {
				for (const moneyLost of ['yes', 'no']) {
					const answers = { safety: 'no', who, what, moneyLost, personalData: 'yes', reportCase: 'sensitive', passwordEntered: 'yes' };
					const ids = recoveryStepIds(answers);
					expect(ids, `${who} ${what} ${moneyLost}`).toEqual(recoverySteps(answers).map((s) => s.id));
					seen += ids.length;
				}
			}
		}
		expect(seen).toBeGreaterThan(50);
	});
});

describe('every set and message is reachable', () => {
	test('some answers to the first questions and the follow-ups lead to each set, each step and each message', async () => {
		const { triageTree } = await import('$lib/content/triage');
		const options = (id: string) => triageTree.questions.find((q) => q.id === id)!.options.map((o) => o.value);
		const steps = new Set<string>();
		const messages = new Set<string>();
		for (const who of options('who'))
			for (const what of options('what'))
				for (const moneyLost of options('moneyLost'))
					for (const reportCase of ['sensitive', 'unknown']) {
						const answers = { safety: 'no', who, what, moneyLost, passwordEntered: 'yes', personalData: 'yes', leakCause: 'attack', reportCase };
						for (const s of recoverySteps(answers)) steps.add(s.id);
						for (const m of readyMessages(answers)) messages.add(m.id);
					}
		expect([...steps].sort()).toEqual(recoverySets.flatMap((set) => set.steps.map((s) => `${set.id}/${s.id}`)).sort());
		expect([...messages].sort()).toEqual(readyMessageContent.map((m) => m.id).sort());
	});
});
