/** The scores a rule can move; compliance is pass/fail but its findings still carry points. */
export const CRITERIA = ['compliance', 'brandTone', 'recovery', 'adherence'] as const;
export type Criterion = (typeof CRITERIA)[number];
