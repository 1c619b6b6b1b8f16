/**
 * The site's two ways of writing a day, in one place: the ISO day for machines (`datetime`
 * attributes, JSON-LD, the sitemap) and the long English form for readers. Every date is a day at
 * midnight UTC (src/lib/schemas.ts makes them so), so both are computed in UTC: in a local time
 * zone west of Greenwich "2026-11-25T00:00Z" would print as 24 November.
 */

/** "2026-11-25": the day as YYYY-MM-DD, in UTC. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

// Written out ("25 November 2026"): an all-digit date reads differently in the US and in Europe.
const LONG = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "25 November 2026": the day as readers see it, in UTC. */
export const longDay = (date: Date): string => LONG.format(date);
