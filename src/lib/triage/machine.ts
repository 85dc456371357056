import { assertEvent, assign, setup } from 'xstate';
import { QUESTIONS, TECHNICAL, type AnswerOf, type Answers, type QuestionId, type WhatHappened } from './answers';

export { QUESTIONS, WHAT_HAPPENED, type AnswerOf, type Answers, type QuestionId, type WhatHappened } from './answers';

/**
 * The triage flow. Raise MACHINE_VERSION whenever a saved snapshot of an older machine could not
 * be restored as it is (a step renamed or removed, an answer's meaning changed): a mismatched
 * snapshot starts a fresh triage instead of resuming somewhere that no longer exists.
 */
export const MACHINE_VERSION = 1;

/** Screens that ask nothing: the user reads and continues. */
export const INFO_STEPS = ['firstAid', 'emergency', 'details'] as const;
export type InfoStep = (typeof INFO_STEPS)[number];

/** The order of the flow. Each step is shown only when it applies to the answers so far. */
export const STEPS = [
	'firstAid',
	'safety',
	'emergency',
	'who',
	'orgItStaff',
	'orgSupport',
	'orgSize',
	'orgMedical',
	'what',
	'emailOpened',
	'emailClicked',
	'passwordEntered',
	'leakCause',
	'personalData',
	'sensitiveData',
	'financialData',
	'over1000',
	'moneyLost',
	'ongoing',
	'policeReport',
	'details',
	'result'
] as const satisfies readonly (QuestionId | InfoStep | 'result')[];
export type Step = (typeof STEPS)[number];

export function isQuestion(step: string): step is QuestionId {
	return Object.hasOwn(QUESTIONS, step);
}

export function isStep(step: string): step is Step {
	return (STEPS as readonly string[]).includes(step);
}

export function isAnswer<Q extends QuestionId>(question: Q, value: unknown): value is AnswerOf<Q> {
	return (QUESTIONS[question] as readonly unknown[]).includes(value);
}

/** Incidents after which personal data held by an organisation may have leaked. */
const MAY_LEAK: readonly WhatHappened[] = TECHNICAL.filter((w) => w !== 'support-scam');
const MAY_COST_MONEY: readonly WhatHappened[] = [
	'ransomware',
	'suspicious-email',
	'bec',
	'phishing',
	'account-takeover',
	'support-scam',
	'malicious-app',
	'fake-shop',
	'other'
];

const isOrg = (a: Answers) => a.who === 'organisation';
const yesOrUnknown = (v: string | undefined) => v === 'yes' || v === 'unknown';

/** Whether a step is part of the flow, given the answers so far. Later answers that no longer apply are kept but unused. */
export function applies(step: Step, a: Answers): boolean {
	switch (step) {
		case 'emergency':
			return a.safety === 'yes';
		case 'orgItStaff':
		case 'orgSupport':
		case 'orgSize':
		case 'orgMedical':
			return isOrg(a);
		case 'emailOpened':
			return a.what === 'suspicious-email';
		case 'emailClicked':
			return a.what === 'suspicious-email' && a.emailOpened !== 'no';
		case 'passwordEntered':
			return a.what === 'phishing' || (applies('emailClicked', a) && yesOrUnknown(a.emailClicked));
		case 'leakCause':
			return a.what === 'data-leak';
		case 'personalData':
			return (
				isOrg(a) &&
				a.what !== undefined &&
				MAY_LEAK.includes(a.what) &&
				a.what !== 'data-leak' &&
				(a.what !== 'suspicious-email' || (applies('emailClicked', a) && yesOrUnknown(a.emailClicked)))
			);
		case 'sensitiveData':
		case 'financialData':
		case 'over1000':
			return isOrg(a) && (a.what === 'data-leak' || (applies('personalData', a) && yesOrUnknown(a.personalData)));
		case 'moneyLost':
			return a.what !== undefined && MAY_COST_MONEY.includes(a.what);
		case 'ongoing':
			return a.what !== 'spam' && a.what !== 'illegal-content';
		case 'policeReport':
			return a.what !== 'spam';
		default:
			return true;
	}
}

/**
 * The step after `from`. While editing one answer from the result, steps already answered are
 * passed over, so the user returns towards the result and only sees what the change makes new.
 */
export function nextStep(from: Step, answers: Answers, editing: boolean): Step {
	const start = STEPS.indexOf(from) + 1;
	for (const step of STEPS.slice(start)) {
		if (!applies(step, answers)) continue;
		if (editing && (step === 'details' || (isQuestion(step) && answers[step] !== undefined))) continue;
		return step;
	}
	return 'result';
}

export interface TriageContext {
	answers: Answers;
	/** Steps already shown, most recent last: BACK returns to the last one. */
	history: Step[];
	/** True between 「変更」 on the result and the return to the result. */
	editing: boolean;
}

export type TriageEvent =
	| { type: 'CONTINUE' }
	| { type: 'ANSWER'; value: string }
	| { type: 'BACK' }
	| { type: 'EDIT'; step: QuestionId }
	| { type: 'RESTART' };

function answersAfter(context: TriageContext, event: TriageEvent, from: Step): Answers | undefined {
	if (event.type === 'CONTINUE') return isQuestion(from) ? undefined : context.answers;
	if (event.type === 'ANSWER' && isQuestion(from) && isAnswer(from, event.value)) {
		return { ...context.answers, [from]: event.value };
	}
	return undefined;
}

const initialContext = (): TriageContext => ({ answers: {}, history: [], editing: false });

export const triageMachine = setup({
	types: {
		context: {} as TriageContext,
		events: {} as TriageEvent
	},
	guards: {
		/** The event is a valid answer (or a CONTINUE on a screen without a question) and leads to `to`. */
		leadsTo: ({ context, event }, params: { from: Step; to: Step }) => {
			const answers = answersAfter(context, event, params.from);
			return answers !== undefined && nextStep(params.from, answers, context.editing) === params.to;
		},
		historyEndsWith: ({ context }, params: { step: Step }) => context.history.at(-1) === params.step,
		editsStep: ({ event }, params: { step: QuestionId }) => {
			assertEvent(event, 'EDIT');
			return event.step === params.step;
		}
	},
	actions: {
		recordAnswer: assign(({ context, event }, params: { question: QuestionId }) => {
			assertEvent(event, 'ANSWER');
			return { answers: { ...context.answers, [params.question]: event.value } };
		}),
		pushHistory: assign(({ context }, params: { step: Step }) => ({ history: [...context.history, params.step] })),
		popHistory: assign(({ context }) => ({ history: context.history.slice(0, -1) })),
		startEditing: assign({ editing: true }),
		stopEditing: assign({ editing: false }),
		reset: assign(() => initialContext())
	}
}).createMachine({
	id: 'triage',
	initial: 'firstAid',
	context: initialContext,
	on: {
		RESTART: { target: '.firstAid', actions: 'reset' }
	},
	states: Object.fromEntries(STEPS.map((step) => [step, stateFor(step)])) as Record<Step, ReturnType<typeof stateFor>>
});

function stateFor(step: Step) {
	const later = STEPS.slice(STEPS.indexOf(step) + 1);
	const forward = later.map((to) => ({
		guard: { type: 'leadsTo' as const, params: { from: step, to } },
		target: to,
		actions: [
			...(isQuestion(step) ? [{ type: 'recordAnswer' as const, params: { question: step } }] : []),
			{ type: 'pushHistory' as const, params: { step } }
		]
	}));
	const back = STEPS.map((to) => ({
		guard: { type: 'historyEndsWith' as const, params: { step: to } },
		target: to,
		actions: 'popHistory' as const
	}));
	if (step === 'result') {
		return {
			entry: 'stopEditing' as const,
			on: {
				BACK: back,
				EDIT: STEPS.filter(isQuestion).map((to) => ({
					guard: { type: 'editsStep' as const, params: { step: to } },
					target: to,
					actions: ['startEditing' as const, { type: 'pushHistory' as const, params: { step } }]
				}))
			}
		};
	}
	return {
		on: {
			[isQuestion(step) ? 'ANSWER' : 'CONTINUE']: forward,
			...(step === 'firstAid' ? {} : { BACK: back })
		}
	};
}

export type TriageMachine = typeof triageMachine;
