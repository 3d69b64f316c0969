import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { connect, disconnect } from '@/domain/script/edit/branch-edits';
import { setPositions, type Position } from '@/domain/script/edit/meta-edits';
import { removeStep } from '@/domain/script/edit/step-edits';
import type { Script } from '@/domain/script/script-schema';
import { useEditorStore } from '../editor/editor-store';
import { useAuthoringTranslation } from '../use-authoring-translation';
import type { StepNode } from './graph-model';
import { BranchEdge } from './branch-edge';
import { EdgeLabelLayer, findEdgeLabelLayer } from './edge-label-layer';
import { StepNodeComponent } from './step-node';
import { useFlowElements } from './use-flow-elements';

const NODE_TYPES = { step: StepNodeComponent };
const EDGE_TYPES = { branch: BranchEdge };
// Past this many steps only what is on screen is drawn (Twine's weakness: it draws everything).
const VIRTUALISE_FROM = 150;

interface ScriptGraphProps {
  script: Script;
  selectedStepId: string | undefined;
  search: string;
  tag: string;
  problemsByStep: ReadonlyMap<string, number>;
}

/** The script as a map: drag to move or connect, Delete to remove, click or Enter to inspect. */
export function ScriptGraph({
  script,
  selectedStepId,
  search,
  tag,
  problemsByStep,
}: ScriptGraphProps) {
  const { t } = useAuthoringTranslation();
  const edit = useEditorStore((state) => state.edit);
  const select = useEditorStore((state) => state.select);
  const { nodes, edges } = useFlowElements(script, selectedStepId, search, tag, problemsByStep);
  // While a node is dragged its position lives here; the script gets it once, on drop (one undo).
  const [dragging, setDragging] = useState<Record<string, Position>>({});
  const shownNodes = useMemo(
    () =>
      nodes.map((node) => {
        const moved = dragging[node.id];
        return moved ? { ...node, position: moved } : node;
      }),
    [nodes, dragging],
  );

  const onNodesChange = useCallback((changes: NodeChange<StepNode>[]) => {
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        const position = change.position;
        setDragging((current) => ({ ...current, [change.id]: position }));
      }
      if (change.type === 'select' && change.selected) {
        useEditorStore.getState().select({ type: 'step', stepId: change.id });
      }
    }
  }, []);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const shownEdges = useMemo(
    () => edges.map((edge) => (selectedEdges.has(edge.id) ? { ...edge, selected: true } : edge)),
    [edges, selectedEdges],
  );
  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    setSelectedEdges((current) => {
      const next = new Set(current);
      for (const change of changes) {
        if (change.type === 'select') {
          if (change.selected) next.add(change.id);
          else next.delete(change.id);
        }
      }
      return next;
    });
  }, []);
  const onNodeDragStop = useCallback(() => {
    setDragging((current) => {
      if (Object.keys(current).length > 0) edit((s) => setPositions(s, current));
      return {};
    });
  }, [edit]);
  const onConnect = useCallback(
    (connection: Connection) => edit((s) => connect(s, connection.source, connection.target)),
    [edit],
  );
  const onDelete = useCallback(
    ({ nodes: gone, edges: cut }: { nodes: StepNode[]; edges: Edge[] }) => {
      edit((s) => {
        let next = s;
        for (const edge of cut)
          next = disconnect(next, edge.source, String(edge.data?.branchId ?? ''));
        for (const node of gone) next = removeStep(next, node.id);
        return next;
      });
    },
    [edit],
  );

  const mapRef = useRef<HTMLDivElement>(null);
  const [labelLayer, setLabelLayer] = useState<Element | null>(null);
  // Before the first paint: labels are drawn in the same frame as their edges.
  useLayoutEffect(() => {
    if (mapRef.current) setLabelLayer(findEdgeLabelLayer(mapRef.current));
  }, []);

  // While the view moves (drag, wheel, minimap, buttons) the CSS gives it a compositing layer.
  const [moving, setMoving] = useState(false);
  const onMoveStart = useCallback(() => setMoving(true), []);
  const onMoveEnd = useCallback(() => setMoving(false), []);

  return (
    <div
      className={moving ? 'script-graph script-graph--moving' : 'script-graph'}
      role="region"
      aria-label={t('graph.label')}
      ref={mapRef}
    >
      <EdgeLabelLayer.Provider value={labelLayer}>
        <ReactFlow<StepNode>
          nodes={shownNodes}
          edges={shownEdges}
          onEdgesChange={onEdgesChange}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onDelete={onDelete}
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          onNodeClick={(_, node) => select({ type: 'step', stepId: node.id })}
          deleteKeyCode={['Delete', 'Backspace']}
          onlyRenderVisibleElements={script.steps.length >= VIRTUALISE_FROM}
          fitView
          minZoom={0.1}
          proOptions={{ hideAttribution: true }}
        >
          <Background />
          <MiniMap pannable zoomable ariaLabel={t('graph.minimap')} />
          <Controls />
        </ReactFlow>
      </EdgeLabelLayer.Provider>
    </div>
  );
}
