/** Placeholder until the timeline issue lands. */
export const placeholder = true;
