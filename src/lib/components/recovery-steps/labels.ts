import type { Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { RuleSource } from '$lib/content/triage';
import type { RecoveryStep } from '$lib/triage/recovery';

const SEED_TITLES: Record<string, () => string> = {
	'000': m.recovery_seed_000,
	'002': m.recovery_seed_002,
	'003': m.recovery_seed_003,
	'004': m.recovery_seed_004
};

/** A source in plain words: a page (its address, to link), a seed document by title and section, or a FACTS.md row. */
export function sourceLabel(source: RuleSource): { text: string; href?: string } {
	if ('url' in source) return { text: source.url.replace(/^https:\/\//, ''), href: source.url };
	if ('seed' in source) {
		const title = SEED_TITLES[source.seed.slice(0, 3)]?.() ?? source.seed;
		return { text: m.recovery_source_seed({ title, section: source.section }) };
	}
	return { text: m.recovery_source_facts({ name: source.facts }) };
}

/** The steps in their order, grouped by set (each set once, where its first step is). */
export function groupBySet(steps: readonly RecoveryStep[]): { setId: string; title: RecoveryStep['setTitle']; steps: RecoveryStep[] }[] {
	const groups = new Map<string, { setId: string; title: RecoveryStep['setTitle']; steps: RecoveryStep[] }>();
	for (const step of steps) {
		const group = groups.get(step.setId) ?? { setId: step.setId, title: step.setTitle, steps: [] };
		group.steps.push(step);
		groups.set(step.setId, group);
	}
	return [...groups.values()];
}

/** 'YYYY-MM-DD' as the reader writes dates: 2026年12月6日, or 6 Dec 2026. */
export function checkedDate(date: string, locale: Locale): string {
	const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
	if (locale === 'ja') return `${y}年${mo}月${d}日`;
	return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]} ${y}`;
}
