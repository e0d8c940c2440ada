/**
 * Story format code in passage text that a mission cannot play: Harlowe macros `(set:)`, SugarCube macros
 * `<<set>>`, Chapbook inserts `{back link}` and modifiers `[if ...]`, Snowman's `<% %>`. The importer keeps such
 * text as it is and lists it, so nothing is dropped silently; whether a passage can still lead somewhere decides
 * between a narration and an end.
 */

const MACROS: ReadonlyArray<{ pattern: RegExp; name: (m: RegExpMatchArray) => string }> = [
  { pattern: /<<\/?\s*([A-Za-z][\w-]*)[^>]{0,500}>>/g, name: (m) => `<<${m[1]}>>` },
  { pattern: /\(([A-Za-z][\w-]*):/g, name: (m) => `(${m[1]}:)` },
  {
    pattern: /^\[(if|else|unless|after|align|append|continue|note|cont'd|fork|[a-z]+ [^\]]{0,200})[^\]]{0,200}\]\s*$/gm,
    name: (m) => `[${(m[1] as string).split(' ')[0]}]`,
  },
  { pattern: /\{([a-z][a-z ]{0,40}?)(?:[:}])/g, name: (m) => `{${m[1]}}` },
  { pattern: /<%[=-]?/g, name: () => '<% %>' },
  { pattern: /^--\s*$/gm, name: () => 'a Chapbook vars section' },
];

// Macros that move the player on: a passage with one of them has a way out even without a [[link]].
const NAVIGATION =
  /<<\s*(goto|link|button|return|back|actions|choice|include)\b|\((go-to|link-goto|link-reveal-goto|click-goto|redirect|link-undo|undo|restart|link-show|cycling-link|dropdown):|\{\s*(link to|back link|restart link|reveal link|cycling link)\b|<%/;

/** The distinct story format constructs in a passage's text, in the order met; bounded by the text's length. */
export function findMacros(text: string): string[] {
  const found = new Set<string>();
  for (const { pattern, name } of MACROS) for (const match of text.matchAll(pattern)) found.add(name(match));
  return [...found];
}

/** Whether a passage's code can take the player elsewhere although it has no `[[link]]`. */
export function navigatesByMacro(text: string): boolean {
  return NAVIGATION.test(text);
}
