/**
 * The `voice` export: a CSV a recording studio can work from, one row per spoken line (narration and dialog)
 * in reading order, keyed by the line's stable string id so takes, translations and the runtime export agree.
 */
import type { Mission } from '../../format/mission.types';
import { lineStringId, missionStrings, type MissionString } from '../../strings/mission-strings';
import type { ExportOptions, ExportResult } from '../export.types';
import { csvText } from '../csv-text';
import { flowOrder } from '../flow-order';

/** The header row, in column order. */
export const VOICE_COLUMNS = ['line_id', 'speaker', 'text', 'context', 'node'] as const;

/** Who speaks a narration line without a speaker. */
const NARRATOR = 'Narrator';

/** One row per spoken line, in the reading order of `flowOrder` (`options.faction`'s opening first). */
export function exportVoice(mission: Mission, options: ExportOptions = {}): ExportResult {
  const byPath = new Map<string, MissionString>();
  for (const s of missionStrings(mission)) if (s.kind === 'line') byPath.set(s.path, s);
  const indexOf = new Map(mission.nodes.map((node, i) => [node, i]));
  const castNames = new Map<string, string>();
  for (const c of mission.cast) if (!castNames.has(c.id)) castNames.set(c.id, c.name);
  const locationNames = new Map<string, string>();
  for (const l of mission.locations) if (!locationNames.has(l.id)) locationNames.set(l.id, l.name);

  const rows: string[][] = [];
  for (const node of flowOrder(mission, options).nodes) {
    if (node.type !== 'narration' && node.type !== 'dialog') continue;
    const speaker = node.data.speaker === undefined ? NARRATOR : (castNames.get(node.data.speaker) ?? node.data.speaker);
    const where = node.data.location === undefined ? '' : `, in ${locationNames.get(node.data.location) ?? node.data.location}`;
    node.data.lines.forEach((text, i) => {
      const s = byPath.get(`/nodes/${indexOf.get(node) as number}/data/lines/${i}`);
      // missionStrings names every line of every node; the fallbacks only keep a row if that ever broke.
      rows.push([s?.id ?? lineStringId(node.id, i), speaker, text, `${s?.context ?? `at "${node.title}"`}${where}`, node.id]);
    });
  }
  return { text: csvText(VOICE_COLUMNS, rows), diagnostics: [] };
}
