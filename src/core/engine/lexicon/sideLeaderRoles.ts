/**
 * Roles that lead a sports side, which a country's name before them makes its national team's ("Serbia's captain",
 * "Iran's manager", "Colombia captain"; `sources/nationalSide.ts`). Alone each is an office of any body
 * (`heldRoles.ts`: a ship's captain, a company's manager). Lower case.
 */
export const SIDE_LEADER_ROLES: ReadonlySet<string> = new Set(['captain', 'manager']);
