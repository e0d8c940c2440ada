/**
 * Building the page from data. Every text goes in as a text node, so mission text is always shown as the
 * characters it holds (a line with `<script>` shows those characters). The lint rules for player/ forbid
 * innerHTML and its kin; this helper also refuses event-handler attributes, so listeners go in with
 * addEventListener only (the page's Content-Security-Policy would block inline handlers anyway).
 */

/** What an element may hold: nodes, or text (strings and numbers become text nodes); empty values are skipped. */
export type Child = Node | string | number | null | undefined | false;

/** An element's class, attributes and listeners. */
export interface Props {
  class?: string;
  /** Set with setAttribute; `false` and `undefined` leave the attribute out, `true` sets it empty. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** Appends children to a node, text as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Creates an element with its class, attributes, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`no inline event handlers: use props.on instead of the "${name}" attribute`);
    if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) element.addEventListener(type, listener as EventListener);
  append(element, ...children);
  return element;
}

/** Replaces a node's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A select of `[value, label]` options, with one selected. */
export function select(id: string, options: ReadonlyArray<readonly [string, string]>, selected: string): HTMLSelectElement {
  const element = h('select', { attrs: { id } });
  for (const [value, label] of options) {
    const option = h('option', {}, label);
    option.value = value;
    option.selected = value === selected;
    element.append(option);
  }
  return element;
}

let nextId = 0;
/** A page-unique element id, for label `for` and aria-describedby links. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
