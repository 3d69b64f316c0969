/** Seconds without an agent line (nor typing) before the engine hears of dead air. */
export const DEAD_AIR_SECONDS = 20;

/** What the hold button announces to the customer ("un instant, je vérifie"). */
export const ANNOUNCED_HOLD_SECONDS = 30;
