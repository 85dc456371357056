import { m } from '$lib/paraglide/messages';
import type { Role } from './roles';

/** The name of each own contact as the profile form and the drill show it (the desk card names it by ROLE_NAMES). */
export const roleName: Record<Role, () => string> = {
	manager: m.profile_role_manager,
	otasuketai: m.profile_role_otasuketai,
	itVendor: m.profile_role_itVendor,
	insurer: m.profile_role_insurer,
	bank: m.profile_role_bank
};
