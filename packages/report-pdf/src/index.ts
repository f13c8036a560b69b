/** Placeholder until the briefing issue lands. */
export const placeholder = true;
