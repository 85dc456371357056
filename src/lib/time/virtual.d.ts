// The holiday table, served by holidaysPlugin (holidays.server.ts) as plain data.
declare module 'virtual:holidays' {
	export const holidays: import('./holidays.server').HolidayTable;
}
