/* global window, document, requestAnimationFrame */
// Runs inside the benchmarked page (added as an init script, before the page's own scripts): a
// requestAnimationFrame loop that notes when every node is drawn (or, on a canvas that draws only what is in
// view, when the nodes in view are), and records frame times on demand.
// Plain browser JavaScript read as text: functions compiled by tsx carry helpers that do not exist in the page.
// Expects `window.__benchExpectedNodes`; exposes `window.__benchProbe`.
(() => {
  const expected = window.__benchExpectedNodes;
  const state = { painted: null, frames: [], recording: false };
  // The frame in which every node was drawn; and a run of frames drawing the same number of nodes, all visible.
  let drawnAt = null;
  let steady = { count: -1, frames: 0, second: null };

  // React Flow keeps a node hidden until it has measured it, so "drawn" means present and visible.
  const countNodes = () => {
    let rendered = 0;
    let hidden = 0;
    document.querySelectorAll('.react-flow__node').forEach((el) => {
      rendered++;
      if (el.style.visibility === 'hidden') hidden++;
    });
    return { rendered, hidden };
  };

  const tick = (time) => {
    if (state.painted === null) {
      const now = performance.now();
      if (drawnAt !== null) {
        // The first frame after the one in which the nodes were all drawn: that one has been painted.
        state.painted = now;
      } else {
        const { rendered, hidden } = countNodes();
        const settled = rendered > 0 && hidden === 0;
        if (settled && rendered === steady.count) steady.frames++;
        else steady = { count: settled ? rendered : -1, frames: settled ? 1 : 0, second: null };
        if (steady.frames === 2) steady.second = now;
        if (settled && rendered >= expected) drawnAt = now;
        // A canvas that draws only the nodes in view never reaches `expected`: after 10 frames drawing the same
        // nodes, count it as painted at the second of those frames (the one after they were first all drawn).
        else if (steady.frames >= 10) state.painted = steady.second;
      }
    }
    if (state.recording) state.frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  window.__benchProbe = {
    painted: () => state.painted !== null,
    /** Milliseconds from the page's `bench:open` mark to the painted frame, and from navigation start. */
    firstPaint() {
      const open = performance.getEntriesByName('bench:open')[0];
      if (state.painted === null || !open) return null;
      return { fromOpen: state.painted - open.startTime, fromNavigation: state.painted };
    },
    /** A point on the empty canvas (the pane, not a node or a panel), in page pixels. */
    panePoint() {
      const flow = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!flow) return null;
      for (let fy = 0.2; fy <= 0.8; fy += 0.05) {
        for (let fx = 0.3; fx <= 0.7; fx += 0.02) {
          const x = flow.left + flow.width * fx;
          const y = flow.top + flow.height * fy;
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
        }
      }
      return null;
    },
    /** Starts or stops recording frame times; stopping returns the gaps between frames in ms. */
    record(on) {
      state.recording = on;
      if (on) state.frames = [];
      return on ? [] : state.frames.slice(1).map((t, i) => t - state.frames[i]);
    },
  };
})();
