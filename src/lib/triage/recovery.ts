import type { Certainty, Localized } from '$lib/content/schema';
import { triageTree, type RuleSource, type TriageTree } from '$lib/content/triage';
import { nextScamContent, recoverySets, type RecoveryLink, type RecoverySet } from '$lib/content/recovery';
import { MESSAGE_DOCUMENTS, readyMessageContent, type MessageContent, type MessageDocument } from '$lib/content/ready-messages';
import type { Locale } from '$lib/paraglide/runtime';
import { evaluate, holds, type Answers } from './flow';

/**
 * What to do after the first call, from the answers: the recovery steps of every situation that
 * holds (content/recovery/), the ready messages (content/messages/) and the next-scam warning.
 * Conditions mean what the rules' mean (flow.ts `holds`): an answer counts only while its question
 * is asked. Only the plan imports this module, so only it loads the steps' words.
 */

export interface RecoveryStep {
	/** Unique across sets: '<set id>/<step id>'. */
	id: string;
	setId: string;
	setTitle: Localized;
	text: Localized;
	links: RecoveryLink[];
	/** Where to find it in the app, when no page is linked. */
	where?: Localized;
	sources: RuleSource[];
	checked: string;
	certainty: Certainty;
}

/** The recovery steps for these answers: every set whose `when` holds, by their order (then file name), each step whose own `when` holds too. */
export function recoverySteps(answers: Readonly<Answers>, tree: TriageTree = triageTree, sets: readonly RecoverySet[] = recoverySets): RecoveryStep[] {
	const e = evaluate(tree, answers);
	return sets
		.filter((set) => holds(set.when, e))
		.flatMap((set) =>
			set.steps
				.filter((s) => !s.when || holds(s.when, e))
				.map((s) => recoveryStepOf(set, s))
		);
}

/** One step of a set as the plan and the recovery's components show it. */
export function recoveryStepOf(set: RecoverySet, s: RecoverySet['steps'][number]): RecoveryStep {
	return {
		id: `${set.id}/${s.id}`,
		setId: set.id,
		setTitle: set.title,
		text: s.text,
		links: s.links ?? [],
		...(s.where ? { where: s.where } : {}),
		sources: s.sources,
		checked: s.checked,
		certainty: s.certainty
	};
}

export interface ReadyMessage {
	id: string;
	title: Localized;
	/** Who it is for. */
	audience: Localized;
	/** The text with {slots}: fill it with `fillMessage`. */
	body: Localized;
	subject?: Localized;
	/** The slot names the text uses, in the order of the content. */
	slots: string[];
	/** What each slot asks for (shown in place of an empty slot). */
	slotLabels: Record<string, Localized>;
	/** A message that is an existing document: where it is (the body only introduces it). */
	document?: { id: MessageDocument; href: string };
	sources: RuleSource[];
	checked: string;
	certainty: Certainty;
}

function toReadyMessage(m: MessageContent): ReadyMessage {
	return {
		id: m.id,
		title: m.title,
		audience: m.audience,
		body: m.body,
		...(m.subject ? { subject: m.subject } : {}),
		slots: Object.keys(m.slots),
		slotLabels: m.slots,
		...(m.document ? { document: { id: m.document, href: MESSAGE_DOCUMENTS[m.document] } } : {}),
		sources: m.sources,
		checked: m.checked,
		certainty: m.certainty
	};
}

/** The ready messages for these answers, in file order. */
export function readyMessages(answers: Readonly<Answers>, tree: TriageTree = triageTree, messages: readonly MessageContent[] = readyMessageContent): ReadyMessage[] {
	const e = evaluate(tree, answers);
	return messages.filter((m) => holds(m.when, e)).map(toReadyMessage);
}

/**
 * A message's text in `locale` with its slots filled. A slot left empty shows what it asks for in
 * brackets (「［あなたの名前］」), so a copied message never carries a bare {name}.
 */
export function fillMessage(
	msg: Pick<ReadyMessage, 'body' | 'slotLabels'>,
	locale: Locale,
	values: Readonly<Record<string, string>>,
	field: 'body' | 'subject' = 'body'
): string {
	const text = field === 'subject' ? (msg as Partial<ReadyMessage>).subject : msg.body;
	if (!text) return '';
	return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = Object.hasOwn(values, name) ? values[name]!.trim() : '';
		if (value) return value;
		const label = msg.slotLabels[name];
		return label ? (locale === 'ja' ? `［${label.ja}］` : `[${label.en}]`) : whole;
	});
}

/** The warning about the next scam, on every plan. */
export const nextScamWarning: { title: Localized; text: Localized[]; sources: RuleSource[]; checked: string; certainty: Certainty } = nextScamContent;
