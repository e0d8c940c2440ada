import type { Input } from '@mission-studio/core/engine';

/** An input in a few words, for witnesses and differences: `choice andrews-briefing/agree-rounds`. */
export function formatInput(input: Input): string {
  switch (input.kind) {
    case 'choice':
      return `choice ${input.nodeId}/${input.choiceId}`;
    case 'hub':
      return `hub ${input.nodeId}/${input.optionId}`;
    case 'objective':
      return `objective ${input.nodeId}`;
    case 'combat':
      return `round ${input.nodeId}/${input.stance}`;
    case 'combat-auto':
      return `auto-resolve ${input.nodeId}`;
    case 'combat-force':
      return `force ${input.nodeId}/${input.outcome}`;
  }
}
