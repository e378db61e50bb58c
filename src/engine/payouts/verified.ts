import type { Payout } from "../types";

/**
 * Whether any value this payout used is unverified (a component, its case or a step). Kept apart
 * from render.ts (which needs decimal.js) so the pane's view can ask it (src/engine/light.ts).
 */
export function payoutUnverified(p: Payout): boolean {
  const d = p.derivation;
  if (d.case && !d.case.verified) return true;
  if (d.components.some((c) => !c.verified)) return true;
  return d.steps.some((s) => "verified" in s && s.verified === false);
}
