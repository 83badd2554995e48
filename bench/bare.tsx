/**
 * The benchmark baseline (issue 6): a bare React Flow page with default node components, built
 * with the same Vite config as the app.
 *
 * Two modes:
 * - `?n=1000` (default): n default nodes in a grid.
 * - `?design=<url of a saved design>` (scripts/bench.mjs serves its generated designs): the app's
 *   design mirrored node for node: the same ids, positions, sizes and nesting
 *   (containers as React Flow `group` nodes, leaves as `default` nodes), an "internet" node as the
 *   app adds, flows and peerings as default edges, and the app's fitView / zoom options. Only the
 *   app's own components, stores and analysis are missing, which is what the comparison isolates.
 *   `?w=&h=` give the page the app canvas's size, so both show the same part of the diagram.
 *
 * Both modes switch on viewport culling (`onlyRenderVisibleElements`) above 400 nodes, as the app
 * does. The benchmark's frame and first-render probes are injected from outside (bench/probe.js),
 * identically into both pages.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

const params = new URLSearchParams(location.search);

interface MirroredResource {
  id: string;
  kind: string;
  name: string;
  parent: string | null;
  position: { x: number; y: number };
  size?: { width: number; height: number };
  requesterVpcId?: string | null;
  accepterVpcId?: string | null;
}
interface MirroredDesign {
  resources: MirroredResource[];
  flows: { id: string; from: string; to: string }[];
}

const LEAF = { width: 120, height: 92 };
const CONTAINERS = new Set(['region', 'vpc', 'az', 'subnet']);

function fromDesign(d: MirroredDesign): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  let minX = Infinity;
  let minY = Infinity;
  for (const r of d.resources) {
    if (r.parent === null) {
      minX = Math.min(minX, r.position.x);
      minY = Math.min(minY, r.position.y);
    }
    const container = CONTAINERS.has(r.kind);
    const size = r.size ?? LEAF;
    nodes.push({
      id: r.id,
      type: container ? 'group' : 'default',
      position: r.position,
      width: size.width,
      height: size.height,
      ...(r.parent ? { parentId: r.parent } : {}),
      data: { label: r.name },
    });
  }
  if (nodes.length) {
    nodes.unshift({
      id: 'internet',
      position: { x: minX - 200, y: minY + 40 },
      width: 120,
      height: 92,
      data: { label: 'internet' },
      draggable: false,
    });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const edges: Edge[] = d.flows
    .filter((f) => ids.has(f.from) && ids.has(f.to))
    .map((f) => ({ id: f.id, source: f.from, target: f.to }));
  for (const r of d.resources) {
    if (r.kind !== 'peering') continue;
    for (const v of [r.requesterVpcId, r.accepterVpcId])
      if (v && ids.has(v)) edges.push({ id: `peer:${r.id}:${v}`, source: r.id, target: v });
  }
  return { nodes, edges };
}

function fromCount(count: number): { nodes: Node[]; edges: Edge[] } {
  const cols = Math.ceil(Math.sqrt(count));
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: String(i),
    position: { x: (i % cols) * 150, y: Math.floor(i / cols) * 110 },
    data: { label: `node ${i}` },
  }));
  return { nodes, edges: [] };
}

// The app reads its design from localStorage, which has no room for a second copy of a
// 5,000-resource design (about 5 M characters per origin in Chromium); a same-origin fetch it is.
const source = params.get('design');
const mirrored = source !== null;
const initial = mirrored
  ? fromDesign((await (await fetch(source)).json()) as MirroredDesign)
  : fromCount(Number(params.get('n') ?? '1000'));

function Bare() {
  const [nodes, setNodes] = useState(initial.nodes);
  return (
    <ReactFlow
      nodes={nodes}
      edges={initial.edges}
      onNodesChange={(c: NodeChange[]) => setNodes((n) => applyNodeChanges(c, n))}
      fitView
      {...(mirrored ? { fitViewOptions: { padding: 0.15, maxZoom: 1 }, minZoom: 0.1, maxZoom: 2.5 } : {})}
      onlyRenderVisibleElements={nodes.length > 400}
    />
  );
}

const root = document.getElementById('root')!;
if (params.has('w')) root.style.width = `${Number(params.get('w'))}px`;
if (params.has('h')) root.style.height = `${Number(params.get('h'))}px`;
createRoot(root).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
