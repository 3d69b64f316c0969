// Each kind has its own shape (CSS) and icon, so kinds are told apart without colour.
export const KIND_ICONS = { agent: '▣', customer: '◯', decision: '◆', outcome: '■' } as const;
