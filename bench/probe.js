// Injected (Playwright addInitScript) into the app and the bare page alike, before any page script.
// All times are performance.now(): milliseconds since navigation start.
//
// First render: every animation frame until stopped, note when the number of visible React Flow
// nodes (`.react-flow__node` not `visibility: hidden`, React Flow's "not measured yet") or the
// viewport transform (fitView) changes. The first render is done at the last change, once the page
// has been quiet for a while: all nodes of the viewport are in the DOM, visible, at their place.
//
// Frames: requestAnimationFrame timestamps while recording; intervals are frame times.
(() => {
  const b = {
    changes: [],
    polling: true,
    frames: [],
    recording: false,
  };
  let lastVisible = -1;
  let lastTransform = '';
  const poll = () => {
    if (!b.polling) return;
    const nodes = document.getElementsByClassName('react-flow__node');
    let visible = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i].style.visibility !== 'hidden') visible++;
    const vp = document.querySelector('.react-flow__viewport');
    const transform = vp ? vp.style.transform : '';
    if (visible !== lastVisible || transform !== lastTransform) {
      b.changes.push({ t: performance.now(), visible, transform });
      lastVisible = visible;
      lastTransform = transform;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  b.stopPolling = () => {
    b.polling = false;
  };
  b.startFrames = () => {
    b.frames = [];
    b.recording = true;
    const loop = (t) => {
      if (!b.recording) return;
      b.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  b.stopFrames = () => {
    b.recording = false;
    const f = b.frames;
    const out = [];
    for (let i = 1; i < f.length; i++) out.push(f[i] - f[i - 1]);
    return out;
  };
  window.__bench = b;
})();
