// Route tests pin "today" so the sample data, generated up to the last
// complete quarter, is the same whenever they run.
export const testToday = new Date('2026-11-22T12:00:00Z');
