import { assertEvent, assign, setup } from 'xstate';
import type { TriageQuestions } from '$lib/content/triage';
import { triageQuestions } from '$lib/content/triage-questions';
import { FIRST_AID, RESULT, isAnswer, isQuestion, nextStep, showsDesks, steps, type Answers, type Step } from './flow';

export type { Answers, Step };

export { MACHINE_VERSION } from './machine-version';

export interface TriageContext {
	answers: Answers;
	/** Steps already shown, most recent last: BACK returns to the last one. */
	history: Step[];
	/** True between 「変更」 on the result and the return to the result. */
	editing: boolean;
	/**
	 * The answers the profile gave when the triage started (./profile-answers.ts), also in
	 * `answers` until the user changes them; a restart begins with them again. Absent without a profile.
	 */
	preset?: Answers;
}

export type TriageEvent =
	| { type: 'CONTINUE' }
	| { type: 'ANSWER'; value: string }
	| { type: 'BACK' }
	| { type: 'EDIT'; step: string }
	| { type: 'RESTART' };

/** What a triage starts with: the profile's answers, when it has any. */
export interface TriageInput {
	preset?: Answers;
}

const initialContext = (preset: Answers | undefined): TriageContext =>
	preset && Object.keys(preset).length > 0
		? { answers: { ...preset }, history: [], editing: false, preset: { ...preset } }
		: { answers: {}, history: [], editing: false };

/** One state per screen of the content's flow; the guards and actions are the same for any tree. */
export function createTriageMachine(tree: TriageQuestions) {
	const all = steps(tree);
	const questions = all.filter((s) => isQuestion(tree, s));

	// Every forward guard of a state asks about the same event: build its answers once, so the
	// flow's evaluation (cached per answers object) runs once per tap.
	const built = new WeakMap<TriageEvent, { context: TriageContext; from: Step; answers: Answers | undefined }>();
	function answersAfter(context: TriageContext, event: TriageEvent, from: Step): Answers | undefined {
		const cached = built.get(event);
		if (cached && cached.context === context && cached.from === from) return cached.answers;
		let answers: Answers | undefined;
		if (event.type === 'CONTINUE') answers = isQuestion(tree, from) ? undefined : context.answers;
		else if (event.type === 'ANSWER' && isAnswer(tree, from, event.value)) answers = { ...context.answers, [from]: event.value };
		built.set(event, { context, from, answers });
		return answers;
	}

	function stateFor(step: Step) {
		const later = all.slice(all.indexOf(step) + 1);
		const forward = later.map((to) => ({
			guard: { type: 'leadsTo' as const, params: { from: step, to } },
			target: to,
			actions: [
				...(isQuestion(tree, step) ? [{ type: 'recordAnswer' as const, params: { question: step } }] : []),
				{ type: 'pushHistory' as const, params: { step } }
			]
		}));
		const back = all.map((to) => ({
			guard: { type: 'historyEndsWith' as const, params: { step: to } },
			target: to,
			actions: 'popHistory' as const
		}));
		// The screens that show the desks offer 「変更」 on every answer given.
		const edit = showsDesks(tree, step)
			? {
					EDIT: questions.map((to) => ({
						guard: { type: 'editsStep' as const, params: { step: to } },
						target: to,
						actions: ['startEditing' as const, { type: 'pushHistory' as const, params: { step } }]
					}))
				}
			: {};
		if (step === RESULT) return { entry: 'stopEditing' as const, on: { BACK: back, ...edit } };
		return {
			on: {
				[isQuestion(tree, step) ? 'ANSWER' : 'CONTINUE']: forward,
				...(step === FIRST_AID ? {} : { BACK: back }),
				...edit
			}
		};
	}

	return setup({
		types: {
			context: {} as TriageContext,
			events: {} as TriageEvent
		},
		guards: {
			/** The event is a valid answer (or a CONTINUE on a screen without a question) and leads to `to`. */
			leadsTo: ({ context, event }, params: { from: Step; to: Step }) => {
				const answers = answersAfter(context, event, params.from);
				return answers !== undefined && nextStep(tree, params.from, answers, context.editing, context.preset) === params.to;
			},
			historyEndsWith: ({ context }, params: { step: Step }) => context.history.at(-1) === params.step,
			editsStep: ({ context, event }, params: { step: Step }) => {
				assertEvent(event, 'EDIT');
				return event.step === params.step && context.answers[params.step] !== undefined;
			}
		},
		actions: {
			recordAnswer: assign(({ context, event }, params: { question: Step }) => {
				assertEvent(event, 'ANSWER');
				return { answers: { ...context.answers, [params.question]: event.value } };
			}),
			pushHistory: assign(({ context }, params: { step: Step }) => ({ history: [...context.history, params.step] })),
			popHistory: assign(({ context }) => ({ history: context.history.slice(0, -1) })),
			startEditing: assign({ editing: true }),
			stopEditing: assign({ editing: false }),
			reset: assign(({ context }) => initialContext(context.preset))
		}
	}).createMachine({
		id: 'triage',
		initial: FIRST_AID,
		// Input stays untyped in setup, so createActor without one (a restored snapshot, no profile) type-checks.
		context: ({ input }) => initialContext((input as TriageInput | undefined)?.preset),
		on: {
			RESTART: { target: `.${FIRST_AID}`, actions: 'reset' }
		},
		states: Object.fromEntries(all.map((step) => [step, stateFor(step)])) as Record<Step, ReturnType<typeof stateFor>>
	});
}

export type TriageMachine = ReturnType<typeof createTriageMachine>;

let built: TriageMachine | undefined;

/**
 * The triage's machine for the content's questions, built on first use, not when the module is
 * evaluated: building its states (xstate's createMachine, one state per screen) was about a third of
 * the task that evaluates the triage's modules on the page's first visit, a task long enough to
 * count as blocking on a slow phone. The triage page builds it in a task of its own, before
 * TriageSession.open uses it.
 */
export function triageMachine(): TriageMachine {
	return (built ??= createTriageMachine(triageQuestions));
}
