import { z } from 'zod';
import raw from '$content/first-aid/first-aid.json';
import { IsoDate, Localized, POWER_OFF, Source } from './schema';


const Text = Localized.refine((t) => !POWER_OFF.test(t.ja) && !POWER_OFF.test(t.en), {
	error: 'first aid must never say to turn a device off'
});

export const FirstAid = z.object({
	rules: z.array(z.object({ id: z.string().min(1), title: Text, body: Text })).min(1),
	disconnect: z
		.array(z.object({ id: z.enum(['lan', 'wifi', 'windows', 'mac', 'iphone', 'android']), label: Localized, steps: z.array(Text).min(1) }))
		.min(1),
	notes: z.array(Text),
	sources: z.array(Source).min(1),
	checked: IsoDate
});
export type FirstAid = z.infer<typeof FirstAid>;

export const firstAid: FirstAid = FirstAid.parse(raw);
