export const sessionCookie = 'plan_tracker_session';
export const idleLimitMs = 2 * 60 * 60 * 1000;
export const absoluteLimitMs = 12 * 60 * 60 * 1000;
