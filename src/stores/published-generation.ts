let generation = 0;

/**
 * Counts publications made in this tab, so Répéter's library (loaded once per tab) joins the
 * published documents again when the trainer publishes and then opens Répéter without a reload.
 * Another tab's publications show after a reload there.
 */
export const publishedGeneration = () => generation;

/** Called by the studio after each publication. */
export const markPublished = () => {
  generation += 1;
};
