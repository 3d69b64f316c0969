import { DEFAULT_TRAVERSAL_LIMIT } from '../script/script-graph';
import { exploreOutcomePaths, type OutcomePath } from '../script/script-paths';
import type { Script } from '../script/script-schema';

/** The paths panel: one shortest path per outcome, and what the bounded listing could not reach. */
export interface OutcomeCoverage {
  paths: OutcomePath[];
  /** Outcomes no path reaches: unreachable when `complete`, else not reached within the limit. */
  missing: string[];
  /** False when the listing stopped at its limit (« N chemins, arrêt à la limite »). */
  complete: boolean;
  /** Work done (« N chemins »). */
  transitions: number;
}

/**
 * The same bounded listing as `scripts:check --paths` (exploreOutcomePaths), with the outcomes it
 * did not reach: never throws on a huge or broken graph, says instead where it stopped.
 */
export function outcomeCoverage(
  script: Script,
  limit: number = DEFAULT_TRAVERSAL_LIMIT,
): OutcomeCoverage {
  const outcomes = script.steps.filter((step) => step.kind === 'outcome').map((step) => step.id);
  const { paths, complete, transitions } = exploreOutcomePaths(script, limit);
  const reached = new Set(paths.map((path) => path.outcomeId));
  const missing = outcomes.filter((id) => !reached.has(id));
  return { paths, missing, complete, transitions };
}
