import { useEffect } from 'react';
import { Panel, Separator } from 'react-resizable-panels';
import { useServices, useUi } from '../app-context';
import { togglePreviewCommand } from './preview-commands';
import { PreviewPane } from './preview-pane';

/**
 * Where the Preview region goes in the workbench (right of the Inspector). Always mounted, so View > Toggle
 * Preview exists even while the pane is hidden; the pane itself mounts only when shown.
 */
export function PreviewSlot() {
  const { commands } = useServices();
  const shown = useUi((s) => s.panels.preview);
  useEffect(() => commands.register([togglePreviewCommand()]), [commands]);
  if (!shown) return null;
  return (
    <>
      <Separator className="separator" />
      <Panel id="preview" defaultSize="30" minSize="18">
        <PreviewPane />
      </Panel>
    </>
  );
}
