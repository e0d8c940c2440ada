/**
 * Mission Studio's engine: the compiled rules (compile/), the simulator the preview pane runs (simulator/),
 * the exhaustive explorer (explorer/) and the seeded combat model (combat/). Pure TypeScript.
 */
export * from './compile';
export * from './simulator';
export * from './explorer';
export * from './combat';
