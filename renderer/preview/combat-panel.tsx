import { memo, useMemo } from 'react';
import { usePreviewLocalize } from '../translations/use-localize';
import { combatantNamer } from '../translations/unit-names';
import { combatView, sideRows, type UnitBars } from './combat-view';
import { selectRunState, usePreview } from './use-preview';
import './combat.css';

const BAR_WORDS = { hull: 'Hull', shields: 'Shields' } as const;

/** One bar, its kind written on it ("Hull 42/60") so it reads without the colour key; a narrow bar keeps the numbers. */
function Bar({ label, value, max, kind }: { label: string; value: number; max: number; kind: 'hull' | 'shields' }) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div
      className={`bar bar-${kind}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value} of ${max}`}
      title={`${BAR_WORDS[kind]} ${value}/${max}`}
    >
      <div className="bar-fill" style={{ width: `${percent}%` }} />
      <span className="bar-text" aria-hidden="true">
        <span className="bar-word">{BAR_WORDS[kind]}</span>
        <span>
          {value}/{max}
        </span>
      </span>
    </div>
  );
}

const UnitRow = memo(function UnitRow({ unit }: { unit: UnitBars }) {
  return (
    <li className="unit">
      <span className="unit-name" title={unit.name}>
        {unit.name}
      </span>
      <span className="unit-bars">
        <Bar label={`${unit.name} hull`} value={unit.hull} max={unit.maxHull} kind="hull" />
        {unit.maxShields > 0 && <Bar label={`${unit.name} shields`} value={unit.shields} max={unit.maxShields} kind="shields" />}
      </span>
    </li>
  );
});

/** Units off the field, named on one line (their bars would only push the fighting ones out of view). */
function OffField({ label, names }: { label: string; names: string[] }) {
  if (names.length === 0) return null;
  const list = names.join(', ');
  return (
    <p className="units-off" title={list}>
      {label} ({names.length}): {list}
    </p>
  );
}

/** One side: bars for the units fighting now, then those waiting for their wave and those destroyed. */
function Side({ heading, units }: { heading: string; units: UnitBars[] }) {
  const rows = useMemo(() => sideRows(units), [units]);
  return (
    <div className="combat-side">
      <h4>{heading}</h4>
      <ul className="units" aria-label={`${heading} fighting`}>
        {rows.fighting.map((u) => (
          <UnitRow key={u.key} unit={u} />
        ))}
      </ul>
      <OffField label="Waiting" names={rows.waiting} />
      <OffField label="Destroyed" names={rows.destroyed} />
    </div>
  );
}

/** The fight in progress: both sides' hull and shield bars (for the units fighting now) and this fight's round log. */
export function CombatPanel() {
  const mission = usePreview((s) => s.mission);
  const state = usePreview(selectRunState);
  const localize = usePreviewLocalize();
  // Units are named in the preview's language: bars, round summaries and every shot.
  const view = useMemo(
    () => (mission && state ? combatView(mission, state, combatantNamer(mission, localize)) : null),
    [mission, state, localize],
  );
  if (!view) return null;
  return (
    <section className="combat" aria-label="Combat">
      <h3 title={view.title}>
        {view.title}: round {view.round}, wave {view.wave} of {view.waves}
      </h3>
      <div className="combat-sides">
        <Side heading="Allies" units={view.allies} />
        <Side heading="Enemies" units={view.enemies} />
      </div>
      {view.log.length > 0 && (
        <ol className="round-log" aria-label="Round log">
          {view.log.map((round, i) => (
            <li key={i}>
              <span className="round-summary">{round.summary}</span>
              <ul className="round-shots">
                {round.shots.map((shot, j) => (
                  <li key={j}>{shot}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
