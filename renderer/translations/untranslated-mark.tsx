/** The mark beside a string shown in the source language because the chosen language lacks it. */
export function UntranslatedMark() {
  return (
    <span className="untranslated-mark" title="No translation in this language: shown in the source language">
      not translated
    </span>
  );
}
