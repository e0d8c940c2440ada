import type { MissionNode } from '@mission-studio/core/format';
import type { NodeUpdate } from '../port-items';

/** What a per-type form gets: its node, where the node is in the file, and how to store changes. */
export interface NodeFormProps<N extends MissionNode = MissionNode> {
  node: N;
  /** The node's JSON pointer, e.g. `/nodes/12`: field paths for problems are built on it. */
  base: string;
  /**
   * Stores new data. `field` (a path inside the node, e.g. `/data/lines/0`) names what is being typed in, so
   * a burst of typing in one field is one undo step; without it the change is a step of its own.
   */
  setData(data: N['data'], field?: string): void;
  /** Stores new data whose ports changed (a choice removed or renamed): its edges follow in the same step. */
  update(update: NodeUpdate): void;
}
