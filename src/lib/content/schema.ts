import { z } from '../zod.ts';
import { isMailAddress } from './contact.ts';

/** Text in both languages. Japanese is the original; English is a faithful translation. */
export const Localized = z.object({
	ja: z.string().trim().min(1),
	en: z.string().trim().min(1)
});
export type Localized = z.infer<typeof Localized>;

export const IsoDate = z.iso.date();

/**
 * Words that contradict the first rule of first aid; advice must never tell anyone to power a device off.
 * Saying not to, or what powering off would lose, is the rule itself: 「電源を切らずに」, 「電源を切ると記録が
 * 失われる」, "do not turn it off" and "turning the power off can lose records" pass.
 */
export const POWER_OFF =
	/電源を(切|落と|オフに?)(?!らず|らない|らな|さず|さない|ると|すと)|シャットダウン(?!しない|せず)|(?<!(\bnot|\bnever|n't|\bwithout|\bturning|\bturning the) )(turn (it|the device|the computer) off|power (it )?off|shut (it )?down)/i;
/** Time of day in Japan, 'HH:MM', 24-hour. '24:00' is allowed as a closing time. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
	error: 'must be HH:MM (00:00-24:00)'
});
/** Month and day, 'MM-DD', for yearly closures such as 12-29 to 01-03. */
export const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
	error: 'must be MM-DD'
});
export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

/**
 * How sure a fact is, from ../shared/FACTS.md and the seeds:
 * - confirmed: read on the desk's own page (FACTS.md V);
 * - quoted: read only on other pages that quote it (V2);
 * - seed: found only in the seed documents, not checked against a later source;
 * - unconfirmed: not confirmed anywhere we could read (U); the app shows the source's wording.
 */
export const Certainty = z.enum(['confirmed', 'quoted', 'seed', 'unconfirmed']);
export type Certainty = z.infer<typeof Certainty>;

export const Session = z
	.object({ days: z.array(Weekday).min(1), open: ClockTime, close: ClockTime })
	.refine((s) => s.open < s.close, { error: 'open must be before close', path: ['close'] });
export type Session = z.infer<typeof Session>;

/**
 * When a contact method is answered, in Japan time. Every kind states how sure the hours are.
 * - always: day and night, every day (110).
 * - anytime: a form or mailbox that accepts messages at any time; replies come in office hours.
 * - weekly: sessions per weekday, optionally closed on national holidays and a yearly closure.
 * - unknown: hours not confirmed; the note says what the source says.
 */
export const Hours = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('always'), certainty: Certainty }),
	z.object({ kind: z.literal('anytime'), note: Localized.optional(), certainty: Certainty }),
	z.object({
		kind: z.literal('weekly'),
		sessions: z.array(Session).min(1),
		closedOnHolidays: z.boolean(),
		/** e.g. { from: '12-29', to: '01-03' }, inclusive, may wrap over the new year */
		yearlyClosure: z.object({ from: MonthDay, to: MonthDay }).optional(),
		/**
		 * A break the source names without dates (「年末年始除く」): we assume the window (government
		 * offices close 12-29 to 01-03) and the badge says the desk may be closed, never that it is open.
		 * The note gives the source's own words.
		 */
		likelyClosure: z.object({ from: MonthDay, to: MonthDay, note: Localized }).optional(),
		note: Localized.optional(),
		certainty: Certainty
	}),
	z.object({ kind: z.literal('unknown'), note: Localized, certainty: Certainty })
]);
export type Hours = z.infer<typeof Hours>;

/**
 * Which of the desk's sources a fact comes from: each entry is the `url` or the `seed` file name of
 * one of the desk's `sources`. A fact marked confirmed must name a source that is not a seed (the
 * content check refuses it otherwise, src/lib/content/validate.ts).
 */
export const From = z.array(z.string().min(1)).min(1);

export const Phone = z.object({
	kind: z.literal('phone'),
	/** As people write it: '03-5978-7509', '110', '#9110', '188', '0570-078374' (0570 numbers are often written in two groups) */
	number: z.string().regex(/^(#?\d{3,4}|0\d{1,4}-\d{1,4}-\d{3,4}|0570-\d{6})$/, {
		error: 'must be a Japanese number such as 03-5978-7509, 110 or #9110'
	}),
	label: Localized.optional(),
	hours: Hours,
	/** How sure the number is. */
	certainty: Certainty,
	from: From.optional()
});
export const Email = z.object({
	kind: z.literal('email'),
	// Exactly one address: a mailto: link built from it can carry nothing else.
	address: z.email().refine(isMailAddress, { error: 'one plain mail address, without ?, & or %' }),
	label: Localized.optional(),
	hours: Hours,
	certainty: Certainty,
	from: From.optional(),
	/** An address that takes the suspicious message itself, forwarded (フィッシング, 迷惑メール), not questions or summaries. */
	forwardOnly: z.literal(true).optional()
});
export const Web = z.object({
	kind: z.literal('web'),
	/** form: submits a report or question; page: information; chatbot: automated answers */
	purpose: z.enum(['form', 'page', 'chatbot']),
	url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
	label: Localized,
	hours: Hours,
	certainty: Certainty,
	from: From.optional()
});
export const Contact = z.discriminatedUnion('kind', [Phone, Email, Web]);
export type Contact = z.infer<typeof Contact>;

/** A URL whose path is "/" (or empty) and has no query: a site's home page. */
export const isHomePage = (url: string): boolean => {
	const u = new URL(url);
	return (u.pathname === '/' || u.pathname === '') && !u.search;
};

export const Source = z
	.object({
		title: z.string().min(1),
		/** A seed file in shared/seeds, e.g. '004_983349b1c0ef3f5b.txt', with its section heading. */
		seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).optional(),
		section: z.string().min(1).optional(),
		url: z.url({ protocol: /^https$/ }).optional(),
		/**
		 * Why a site's home page is the source, when `url` is one (a path of "/"). A source names the
		 * page actually read; a home page is accepted only with this reason.
		 */
		whyHomePage: z.string().min(1).optional(),
		checked: IsoDate
	})
	.refine((s) => s.seed || s.url, { error: 'a source needs a seed file or a URL' })
	.refine((s) => !s.url || !isHomePage(s.url) || s.whyHomePage, {
		error: 'a source names the page read, not a home page (path "/"); give "whyHomePage" if the home page is meant',
		path: ['url']
	})
	.refine((s) => !s.seed || s.section, { error: 'a seed source needs its section', path: ['section'] });
export type Source = z.infer<typeof Source>;

/** A note on a desk, with how sure it is. */
export const Note = Localized.extend({ certainty: Certainty, from: From.optional() });
export type Note = z.infer<typeof Note>;

export const Category = z.enum([
	'emergency',
	'police',
	'ipa',
	'personal-data',
	'business-support',
	'fraud-and-consumers',
	'harmful-content',
	'legal-and-rights',
	'sector'
]);
export type Category = z.infer<typeof Category>;

/**
 * What a desk is for, in the order of the result (content/triage/order.json says which tier each kind
 * belongs to and why). The first three desks of a result never share a kind.
 */
export const DeskKind = z.enum([
	'emergency',
	'stop-money',
	'police',
	'personal-data',
	'in-house',
	'support',
	'insurance',
	'advice',
	'coordination',
	'consumer',
	'rights',
	'sector',
	'information',
	'report'
]);
export type DeskKind = z.infer<typeof DeskKind>;

export const Desk = z.object({
	/** The file name without .json (checked by the loader). */
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and hyphens' }),
	name: Localized,
	organisation: Localized,
	category: Category,
	/** What it is for: decides its place in the result (content/triage/order.json). */
	kind: DeskKind,
	audience: z.enum(['individual', 'organisation', 'both']),
	/** 'national', or an ISO 3166-2 prefecture code such as 'JP-13' (Tokyo). */
	region: z.union([z.literal('national'), z.string().regex(/^JP-(0[1-9]|[1-3]\d|4[0-7])$/)]),
	summary: Localized,
	handles: z.array(Localized).min(1),
	doesNotHandle: z.array(Localized),
	/** A generic desk (your bank, your provider) may have none: the notes say how to find it. */
	contacts: z.array(Contact),
	notes: z.array(Note),
	/** Where a later official source changed what a seed says, what changed and why we follow it. */
	changes: z.array(Localized).optional(),
	sources: z.array(Source).min(1),
	/** The date the entry as a whole was last checked against its sources. */
	checked: IsoDate
});
export type Desk = z.infer<typeof Desk>;
