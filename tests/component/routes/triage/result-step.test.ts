import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import ResultStep from '../../../../src/routes/triage/result-step.svelte';

const first = { safety: 'no', who: 'organisation', what: 'ransomware' };

describe('the desks on the result', () => {
	it('say they are busy from an answer until they are drawn for it, the frame after', async () => {
		const props = { answers: first, discoveredAt: undefined, asking: undefined, earlier: undefined, onanswer: () => {}, onedit: () => {}, drill: true };
		const { rerender } = render(ResultStep, props);
		const desks = screen.getByTestId('result-desks');
		expect(desks).not.toHaveAttribute('aria-busy');
		const before = desks.querySelectorAll('[data-desk]').length;

		// An answer under the desks that adds the PPC report.
		await rerender({ ...props, answers: { ...first, orgSupport: 'no', personalData: 'yes' } });
		expect(desks).toHaveAttribute('aria-busy', 'true');
		expect(desks.querySelector('[data-desk="ppc-leak-report"]')).toBeNull();

		await waitFor(() => expect(desks).not.toHaveAttribute('aria-busy'));
		expect(desks.querySelector('[data-desk="ppc-leak-report"]')).not.toBeNull();
		expect(desks.querySelectorAll('[data-desk]').length).toBeGreaterThan(before);
	});
});
