/**
 * The benchmark baseline (issue 6): a bare React Flow page with default node components,
 * rendering the same number of nodes as the app, built with the same Vite config.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, applyNodeChanges, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

const count = Number(new URLSearchParams(location.search).get('n') ?? '1000');
const cols = Math.ceil(Math.sqrt(count));
const initial: Node[] = Array.from({ length: count }, (_, i) => ({
  id: String(i),
  position: { x: (i % cols) * 150, y: Math.floor(i / cols) * 110 },
  data: { label: `node ${i}` },
}));

function Bare() {
  const [nodes, setNodes] = useState(initial);
  return (
    <ReactFlow nodes={nodes} edges={[]} onNodesChange={(c: NodeChange[]) => setNodes((n) => applyNodeChanges(c, n))} fitView onlyRenderVisibleElements={count > 400} />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
