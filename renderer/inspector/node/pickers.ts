import { useMemo } from 'react';
import type { Mode } from '@mission-studio/core/format';
import type { Option } from '../fields';
import { useMissionPart } from '../use-inspector';

const NO_ITEMS: never[] = [];

/** The cast as options, "Name (id)". */
export function useCastOptions(): Option[] {
  const cast = useMissionPart('cast') ?? NO_ITEMS;
  return useMemo(() => cast.map((c) => ({ value: c.id, label: `${c.name} (${c.id})` })), [cast]);
}

/** The locations as options, "Name (kind)". */
export function useLocationOptions(): Option[] {
  const locations = useMissionPart('locations') ?? NO_ITEMS;
  return useMemo(() => locations.map((l) => ({ value: l.id, label: `${l.name} (${l.kind})` })), [locations]);
}

/**
 * The units as options, those of `mode` only when it is given (a ground fight takes ground units). Labels are
 * "Name (id)", or the name alone with `short` (the combat form's narrow rows).
 */
export function useUnitOptions(mode?: Mode, short = false): Option[] {
  const units = useMissionPart('units') ?? NO_ITEMS;
  return useMemo(
    () =>
      units
        .filter((u) => mode === undefined || u.kind === mode)
        .map((u) => ({ value: u.id, label: short ? u.name : `${u.name} (${u.id})` })),
    [units, mode, short],
  );
}

/** The mission's factions plus `any`, for a start node. */
export function useFactionOptions(): Option[] {
  const meta = useMissionPart('meta');
  const factions = meta?.factions ?? NO_ITEMS;
  return useMemo(() => [{ value: 'any', label: 'Any faction' }, ...factions.map((f) => ({ value: f, label: f }))], [factions]);
}
