import { lazy, Suspense, useEffect, useState } from 'react';
import { useServices } from '../app-context';

// The view and its worker load on first use, not at start.
const BalanceDialog = lazy(() => import('./balance-dialog').then((m) => ({ default: m.BalanceDialog })));

/** Opens the Balance view when someone asks (the status bar, a fight's inspector): an event, not a store field. */
export function BalanceHost() {
  const { events } = useServices();
  const [open, setOpen] = useState<{ focus: string | null } | null>(null);
  useEffect(() => events.on('show-balance', ({ nodeId }) => setOpen({ focus: nodeId })), [events]);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <BalanceDialog focus={open.focus} onClose={() => setOpen(null)} />
    </Suspense>
  );
}
