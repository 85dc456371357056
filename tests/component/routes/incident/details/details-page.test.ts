import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { openIncidentStore } from '$lib/storage';
import { newIncident } from '$lib/incident/schema';
import { createActor } from 'xstate';
import { triageMachine } from '$lib/triage/machine';
import { saveTriage } from '$lib/triage/persist';
import DetailsPage from '../../../../../src/routes/incident/details/+page.svelte';

async function seed() {
	const store = await openIncidentStore();
	const incident = newIncident('seeded', new Date('2026-03-02T00:00:00.000Z'));
	incident.discoveredAt = '2026-03-02T00:30:00.000Z';
	incident.details.deviceType = 'ノートパソコン';
	// A triage really run to the desks: a person whose files were encrypted.
	const actor = createActor(triageMachine()).start();
	actor.send({ type: 'CONTINUE' });
	for (const value of ['no', 'individual', 'ransomware']) actor.send({ type: 'ANSWER', value });
	incident.triage = saveTriage(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())), new Date('2026-03-02T00:31:00.000Z'));
	await store.put(incident);
	await store.setCurrent('seeded');
	return store;
}

describe('the details page', () => {
	it('prefills from what the app knows, lets items be skipped, and saves what is typed', async () => {
		const store = await seed();
		const user = userEvent.setup();
		render(DetailsPage);

		// The form loads after the page's first paint, with the editor and the stores.
		const what = await screen.findByLabelText(/^5\. 事象が発生した日/, {}, { timeout: 10_000 });
		expect(what).toHaveValue('ファイルが暗号化されて開けなくなり、身代金を求める表示が出た（ランサムウェアの疑い）');
		expect(screen.getByText('質問への回答から入れました。違っていれば直してください。')).toBeInTheDocument();
		expect(screen.getByLabelText('気づいた日時（日本時間）')).toHaveValue('2026-03-02T09:30');
		expect(screen.getByLabelText('1. 対象となる端末の種類')).toHaveValue('ノートパソコン');

		// Every item says it may be skipped; nothing is required.
		expect(screen.getAllByText('分からなければ空けたままで構いません').length).toBeGreaterThanOrEqual(7);
		for (const input of screen.getByTestId('details-form').querySelectorAll('input, textarea')) {
			expect(input).not.toBeRequired();
		}

		const os = screen.getByLabelText('2. 対象となる端末のOS');
		await user.type(os, 'Windows');
		// A kind suggestion, not a block.
		expect(await screen.findByText(/名前と番号があると伝わりやすくなります/)).toBeInTheDocument();
		await user.type(os, ' 11');
		await user.tab();
		await waitFor(async () => {
			const saved = await store.get('seeded');
			expect(saved?.ok && saved.incident.details.os).toBe('Windows 11');
		});
		const saved = await store.get('seeded');
		expect(saved?.ok && saved.incident.details.whatHappened).toContain('ランサムウェア');
		expect(screen.queryByText(/名前と番号があると/)).not.toBeInTheDocument();
		expect(screen.getByTestId('details-progress')).toHaveTextContent('3 / 7');
	}, 20_000);

	it('shows markup typed by the user as text', async () => {
		const user = userEvent.setup();
		render(DetailsPage);
		const why = await screen.findByLabelText(/^6\. ウイルス/, {}, { timeout: 10_000 });
		await user.click(why);
		await user.paste('<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>');
		expect(why).toHaveValue('<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>');
		expect(document.querySelector('img[src=x]')).toBeNull();
		expect((window as { hacked?: number }).hacked).toBeUndefined();
	}, 20_000);

	it('a key touches the field it is typed in and its draft, not the rest of the page', async () => {
		const store = await seed();
		const user = userEvent.setup();
		render(DetailsPage);
		const why = await screen.findByLabelText(/^6\. ウイルス/, {}, { timeout: 10_000 });
		await user.click(why);
		const writes = vi.spyOn(Storage.prototype, 'setItem');
		await user.type(why, '拡張子が変わった');
		await waitFor(async () => {
			const saved = await store.get('seeded');
			expect(saved?.ok && saved.incident.details.whySuspected).toBe('拡張子が変わった');
		});
		// localStorage holds the typed field's draft while a write is under way, nothing else: the
		// timeline's and the contacts' unsent text is not read again (it probed localStorage and read
		// IndexedDB on every key and every save).
		expect(new Set(writes.mock.calls.map(([key]) => key))).toEqual(new Set(['shodo-navi:draft:seeded']));
		writes.mockRestore();
	}, 20_000);
});
