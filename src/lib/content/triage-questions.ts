import { z } from 'zod';
import { QUESTIONS, type AnswerOf, type QuestionId } from '$lib/triage/machine';
import raw from '$content/triage/questions.json';
import { Localized, Source } from './schema';

const Question = z.object({
	title: Localized,
	help: Localized.optional(),
	options: z.record(z.string(), Localized)
});

export const QuestionsFile = z
	.object({
		questions: z.record(z.string(), Question),
		sources: z.array(Source).min(1)
	})
	.superRefine((file, ctx) => {
		// The texts must cover exactly the questions and answers the machine accepts, in the same order.
		for (const [id, options] of Object.entries(QUESTIONS)) {
			const q = file.questions[id];
			if (!q) {
				ctx.addIssue({ code: 'custom', message: `missing question ${id}`, path: ['questions', id] });
				continue;
			}
			const keys = Object.keys(q.options);
			if (keys.join() !== options.join()) {
				ctx.addIssue({ code: 'custom', message: `options of ${id} must be ${options.join(', ')}`, path: ['questions', id, 'options'] });
			}
		}
		for (const id of Object.keys(file.questions)) {
			if (!Object.hasOwn(QUESTIONS, id)) ctx.addIssue({ code: 'custom', message: `unknown question ${id}`, path: ['questions', id] });
		}
	});

const file = QuestionsFile.parse(raw);

export interface QuestionText<Q extends QuestionId = QuestionId> {
	title: Localized;
	help?: Localized;
	options: { value: AnswerOf<Q>; label: Localized }[];
}

export function questionText<Q extends QuestionId>(id: Q): QuestionText<Q> {
	const q = file.questions[id]!;
	return {
		title: q.title,
		help: q.help,
		options: QUESTIONS[id].map((value) => ({ value: value as AnswerOf<Q>, label: q.options[value]! }))
	};
}

export const questionSources = file.sources;
