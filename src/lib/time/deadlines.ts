import { addDays, japanDate } from './japan-time';

/**
 * Deadlines for reporting a personal-data leak to the PPC (個人情報保護委員会), counted in Japan
 * calendar dates (weekends and holidays included) with the day the business learned of it as
 * day 1, so "within 30 days" of learning on 1 April ends on 30 April. Counting from the next day
 * instead (民法 初日不算入) would give one day more; we show the earlier date so nobody is late.
 * Source: FACTS.md "PPC: deadlines" (guideline 3-5-3-3, 3-5-3-4): 速報 promptly, about 3-5 days;
 * 確報 within 30 days, or 60 days where the leak may have an unlawful purpose (e.g. unauthorized access).
 */
export interface PpcDeadlines {
	/** The Japan date the leak was noticed: day 1. */
	learnedOn: string;
	/** 速報: promptly; the last day of the rough guide of 3 to 5 days. */
	preliminaryBy: string;
	/** 確報: the last day. */
	finalBy: string;
	finalDays: 30 | 60;
}

export function ppcDeadlines(discoveredAt: Date | string, unlawfulPurpose: boolean): PpcDeadlines {
	const learnedOn = japanDate(discoveredAt);
	const finalDays = unlawfulPurpose ? 60 : 30;
	return {
		learnedOn,
		preliminaryBy: addDays(learnedOn, 5 - 1),
		finalBy: addDays(learnedOn, finalDays - 1),
		finalDays
	};
}
