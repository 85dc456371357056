import { japanInstant } from '$lib/time/japan-time';
import { planDateList } from './plan';
import type { Plan, PlanDate } from './schema';
import type { CalendarEvent } from '$lib/calendar/ics';

/** One date of the plan as a calendar event: the .ics maker's (src/lib/calendar/ics.ts; only its type is imported here). */
export type PlanCalendarEvent = CalendarEvent;

/** A deadline without a time reminds at 09:00 the day before (15 hours before its midnight). */
export const DEADLINE_ALARM_MINUTES = 15 * 60;

export interface PlanDatesOptions {
	/** Makes the events' ids stable and unique: the same date of the same incident updates, never doubles. */
	incidentId: string;
	/** What the date is for, in the page's words (the screens own the wording). */
	title: (date: PlanDate) => string;
	description?: string;
	/** Only these dates (one date's file); every date of the plan when left out. */
	ids?: readonly string[];
}

/** The plan's dates (the PPC's, callbacks, the insurer's, own ones) as calendar events, earliest first. */
export function planDates(plan: Plan, { incidentId, title, description, ids }: PlanDatesOptions): PlanCalendarEvent[] {
	return planDateList(plan)
		.filter((d) => !ids || ids.includes(d.id))
		.map((d) => {
			const deadline = d.kind === 'ppc-preliminary' || d.kind === 'ppc-final';
			return {
				uid: `${incidentId}/${d.id}`,
				title: title(d),
				...(description ? { description } : {}),
				...(d.time ? { start: japanInstant(d.date, d.time) } : { date: d.date }),
				...(deadline && !d.time ? { alarmMinutesBefore: DEADLINE_ALARM_MINUTES } : {})
			};
		});
}
