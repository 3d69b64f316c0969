import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type FitViewOptions,
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
import type { StepNode, StepSize } from './graph-model';
import { BranchEdge } from './branch-edge';
import { EdgeLabelLayer, findEdgeLabelLayer } from './edge-label-layer';
import { initialView } from './initial-view';
import { KeepInView, type ClearInsets } from './keep-in-view';
import { useMapWords } from './map-a11y';
import { useMapEscape } from './use-map-escape';
import { StepNodeComponent } from './step-node';
import { useFlowElements } from './use-flow-elements';

const NODE_TYPES = { step: StepNodeComponent };
const EDGE_TYPES = { branch: BranchEdge };
// Past this many steps only what is on screen is drawn (Twine's weakness: it draws everything).
const VIRTUALISE_FROM = 150;
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2; // React Flow's own

// The minimap and the buttons both sit on the right edge (React Flow's panels stand 15px in), and
// fitting the view keeps that band free: no step is drawn under them. Scripts are laid out top to
// bottom, so their width is rarely what limits the zoom. The other sides leave room for a focused
// step's ring (3px out, 3px wide), which the map's edge would otherwise cut.
const PANEL_MARGIN = 15;
const MINIMAP_SIZE = { width: 200, height: 150 };
const CLEAR: ClearInsets = {
  top: 24,
  bottom: 24,
  left: 24,
  right: MINIMAP_SIZE.width + 2 * PANEL_MARGIN,
};
const FIT_VIEW: FitViewOptions = {
  padding: {
    top: `${CLEAR.top}px`,
    bottom: `${CLEAR.bottom}px`,
    left: `${CLEAR.left}px`,
    right: `${CLEAR.right}px`,
  },
};
// A large map (drawn only where visible) keeps React Flow's own relative margin: measured with the
// pixel band, a 500-step map took ~0.8 s longer to open and ~30 % more CPU per frame to pan
// (studio bench). Such a map does not fit whole at the smallest zoom, and the band's offsets
// change which region shows; its steps are read from the list view or the search anyway.
const FIT_VIEW_LARGE: FitViewOptions = { padding: 0.1 };

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
  const words = useMapWords();
  const large = script.steps.length >= VIRTUALISE_FROM;
  const fitView = large ? FIT_VIEW_LARGE : FIT_VIEW;
  const edit = useEditorStore((state) => state.edit);
  const select = useEditorStore((state) => state.select);
  // Each step's size as React Flow last measured it (see `useFlowElements`).
  const [measured] = useState(() => new Map<string, StepSize>());
  const { nodes, edges } = useFlowElements(
    script,
    selectedStepId,
    search,
    tag,
    problemsByStep,
    words,
    measured,
  );
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

  const onNodesChange = useCallback(
    (changes: NodeChange<StepNode>[]) => {
      // React Flow marks a position `dragging` while the mouse drags; the drop, and each arrow-key
      // move of a selected step (which has no drag to end), come as settled positions: those go
      // to the script, one undo step per drop or key press.
      const moving: Record<string, Position> = {};
      const settled: Record<string, Position> = {};
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions)
          measured.set(change.id, change.dimensions);
        if (change.type === 'position' && change.position) {
          (change.dragging ? moving : settled)[change.id] = change.position;
        }
        if (change.type === 'select' && change.selected) {
          useEditorStore.getState().select({ type: 'step', stepId: change.id });
        }
      }
      const ended = Object.keys(settled);
      if (ended.length > 0) edit((s) => setPositions(s, settled));
      if (ended.length > 0 || Object.keys(moving).length > 0) {
        setDragging((current) =>
          Object.fromEntries(
            Object.entries({ ...current, ...moving }).filter(([id]) => !(id in settled)),
          ),
        );
      }
    },
    [edit, measured],
  );
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
  const onKeyDownCapture = useMapEscape(setSelectedEdges);
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
  // The map's size, read before React Flow is mounted (a layout effect: before the first paint),
  // and the fitted view React Flow starts at: its first pass draws only the steps seen there.
  const [pane, setPane] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const map = mapRef.current;
    if (map) setPane({ width: map.clientWidth, height: map.clientHeight });
  }, []);
  const start = useMemo(
    () => pane && initialView(shownNodes, pane.width, pane.height, fitView, MIN_ZOOM, MAX_ZOOM),
    [pane, shownNodes, fitView],
  );
  const [labelLayer, setLabelLayer] = useState<Element | null>(null);
  // Before the first paint: labels are drawn in the same frame as their edges.
  useLayoutEffect(() => {
    if (pane && mapRef.current) setLabelLayer(findEdgeLabelLayer(mapRef.current));
  }, [pane]);

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
      onKeyDownCapture={onKeyDownCapture}
    >
      {pane && (
        <EdgeLabelLayer.Provider value={labelLayer}>
          <ReactFlow<StepNode>
            // Read once, when React Flow is mounted; later fits are React Flow's own.
            width={start?.width}
            height={start?.height}
            defaultViewport={start?.viewport}
            nodes={shownNodes}
            edges={shownEdges}
            onEdgesChange={onEdgesChange}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodesChange={onNodesChange}
            onConnect={onConnect}
            onDelete={onDelete}
            onMoveStart={onMoveStart}
            onMoveEnd={onMoveEnd}
            onNodeClick={(_, node) => select({ type: 'step', stepId: node.id })}
            deleteKeyCode={['Delete', 'Backspace']}
            autoPanOnNodeFocus={false}
            onlyRenderVisibleElements={large}
            fitView
            fitViewOptions={fitView}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            proOptions={{ hideAttribution: true }}
            ariaLabelConfig={words.flow}
          >
            <Background />
            <KeepInView stepId={selectedStepId} clear={CLEAR} />
            <MiniMap pannable zoomable position="bottom-right" style={MINIMAP_SIZE} />
            <Controls position="top-right" fitViewOptions={fitView} />
          </ReactFlow>
        </EdgeLabelLayer.Provider>
      )}
    </div>
  );
}
