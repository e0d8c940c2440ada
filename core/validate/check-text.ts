import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';
import { nodePath } from './mission-index';

const blank = (s: string | undefined): boolean => s !== undefined && s.trim() === '';

/** `empty-text` (warning): titles, lines, choices, labels and endings that say nothing. */
export function checkText({ mission }: MissionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (message: string, path: string, nodeId?: string): void => {
    out.push({ code: 'empty-text', severity: 'warning', message, path, nodeId });
  };
  if (blank(mission.meta.title)) warn('the mission has no title', '/meta/title');
  mission.nodes.forEach((node, n) => {
    const base = nodePath(n);
    const id = node.id;
    if (blank(node.title)) warn(`'${id}' has no title`, `${base}/title`, id);
    switch (node.type) {
      case 'start':
      case 'end':
        if (blank(node.data.text)) warn(`'${id}' has no text`, `${base}/data/text`, id);
        break;
      case 'narration':
      case 'dialog':
        if (node.data.lines.length === 0 && node.type === 'narration') warn(`'${id}' has no lines`, `${base}/data/lines`, id);
        node.data.lines.forEach((line, i) => {
          if (blank(line)) warn(`line ${i + 1} of '${id}' is empty`, `${base}/data/lines/${i}`, id);
        });
        if (node.type === 'dialog') {
          node.data.choices.forEach((c, i) => {
            if (blank(c.text)) warn(`choice '${c.id}' of '${id}' has no text`, `${base}/data/choices/${i}/text`, id);
          });
        }
        break;
      case 'objective':
        if (blank(node.data.text)) warn(`objective '${id}' does not say what to do`, `${base}/data/text`, id);
        break;
      case 'hub':
        node.data.options.forEach((o, i) => {
          if (blank(o.label)) warn(`option '${o.id}' of '${id}' has no label`, `${base}/data/options/${i}/label`, id);
        });
        if (blank(node.data.continue.label)) warn(`the continue option of '${id}' has no label`, `${base}/data/continue/label`, id);
        break;
      default:
        break;
    }
  });
  return out;
}
