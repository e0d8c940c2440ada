import { useRef, type KeyboardEvent } from 'react';
import { INSPECTOR_TABS, type InspectorTab } from './inspector-tab';

/** The tab list (WAI-ARIA tabs: arrows, Home and End move between tabs and show them). */
export function InspectorTabs({ current, idPrefix, onPick }: { current: InspectorTab; idPrefix: string; onPick(tab: InspectorTab): void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = INSPECTOR_TABS.findIndex((t) => t.id === current);
    const last = INSPECTOR_TABS.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? at === last
          ? 0
          : at + 1
        : e.key === 'ArrowLeft'
          ? at === 0
            ? last
            : at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    const tab = INSPECTOR_TABS[to];
    if (!tab) return;
    e.preventDefault();
    onPick(tab.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(`${idPrefix}-tab-${tab.id}`)}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Inspector sections" className="inspector-tabs" ref={list} onKeyDown={onKeyDown}>
      {INSPECTOR_TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${t.id}`}
          aria-selected={t.id === current}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={t.id === current ? 0 : -1}
          onClick={() => onPick(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
