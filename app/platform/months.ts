/** The month an instant falls in, in UTC: `2026-11`. Monthly counters (reach, views, searches, indicators) key on it. */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7)
