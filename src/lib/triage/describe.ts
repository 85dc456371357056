import type { Locale } from '$lib/paraglide/runtime';
import { triageTree, type TriageTree } from '$lib/content/triage';
import { recoverySets } from '$lib/content/recovery';
import { evaluate, type Answers } from './flow';
import { ppcReportFor, type PpcReport } from './routing';


/** What the triage learned, in words, for the details form and the summary for the desks. */
export interface TriageSummary {
	/** The situation in a sentence (the answers' `describe`), to start "what happened" with. */
	situation?: string;
	/** Each answer whose question has a summary label, in the order asked. */
	lines: { label: string; value: string }[];
	/** From the police question: a damage report, or a consultation. */
	policeRequest?: 'damage-report' | 'consultation';
	/** Where a personal-data report may be due. */
	ppc?: PpcReport;
	/** The words of every step a plan can hold, by its id in the plan ('next/<id>'), ticked or stale alike. */
	stepText: Record<string, string>;
}

export function summarizeTriage(
	answers: Readonly<Answers>,
	locale: Locale,
	{ discoveredAt, now }: { discoveredAt?: string; now: Date },
	tree: TriageTree = triageTree
): TriageSummary {
	const e = evaluate(tree, answers);
	const lines: TriageSummary['lines'] = [];
	const situation: string[] = [];
	for (const q of tree.questions) {
		const option = q.options.find((o) => o.value === e.answers[q.id]);
		if (!option) continue;
		if (option.describe) situation.push(option.describe[locale]);
		if (q.summary) lines.push({ label: q.summary[locale], value: (option.describe ?? option.label)[locale] });
	}
	const police = e.answers.policeReport;
	return {
		situation: situation.length ? situation.join(locale === 'ja' ? '。' : '. ') : undefined,
		lines,
		policeRequest: police === 'yes' ? 'damage-report' : police === 'no' ? 'consultation' : undefined,
		ppc: ppcReportFor(e, { discoveredAt, now }, tree),
		stepText: Object.fromEntries([
			...tree.nextSteps.map((st) => [`next/${st.id}`, st.text[locale]]),
			...recoverySets.flatMap((set) => set.steps.map((st) => [`recovery/${set.id}/${st.id}`, st.text[locale]]))
		])
	};
}
