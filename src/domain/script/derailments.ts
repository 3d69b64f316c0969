/** Ways the customer goes off-script (DESIGN.md §3). */
export const DERAILMENTS = [
  'interruption',
  'outburst',
  'off_topic',
  'objection',
  'manager_demand',
  'legal_threat',
  'social_engineering',
  'silence',
  'misunderstanding',
] as const;
