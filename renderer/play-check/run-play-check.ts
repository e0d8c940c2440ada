/**
 * The deeper check the app runs after the validator finds no error: core's `checkMission` with its defaults
 * (every reachable state up to 2,000,000, 1,000 fights per policy), the same function as `mission-studio
 * validate --balance`. No static diagnostics go in: the store shows the validator's own beside these findings.
 */
import { checkMission } from '@mission-studio/core/check';
import type { CheckOptions, MissionCheck } from '@mission-studio/core/check';
import type { Mission } from '@mission-studio/core/format';

/** Runs the play check of a mission whose static checks passed. */
export function runPlayCheck(
  mission: Mission,
  text: string,
  options: Pick<CheckOptions, 'onProgress' | 'maxStates' | 'signal'> = {},
): MissionCheck {
  return checkMission(mission, text, options);
}
