import { describeDuration } from '../../core/model/duration';
import { selectIsPreview, selectShownChain, selectShownReport } from '../store/selectors';
import { useApp } from '../store/useApp';
import { HopCard } from './HopCard';
import { NodeCard } from './NodeCard';
import { RttInput } from './RttInput';
import { focusNodeSoon } from './focus-after-edit';

function InsertButton({ at, label }: { at: number; label: string }) {
  const openPicker = useApp((s) => s.openPicker);
  return (
    <button
      type="button"
      className="insert-button"
      aria-label={label}
      title={label}
      onClick={() => openPicker({ mode: 'insert', at })}
    >
      +
    </button>
  );
}

/** The chain left to right from the client end: node cards with the hops between them. */
export function ChainView() {
  const chain = useApp(selectShownChain);
  const report = useApp(selectShownReport);
  const preview = useApp(selectIsPreview);
  const selectedNode = useApp((s) => s.selectedNode);
  const selectedHop = useApp((s) => s.selectedHop);
  const selectNode = useApp((s) => s.selectNode);
  const selectHop = useApp((s) => s.selectHop);
  const moveNode = useApp((s) => s.moveNode);
  const removeNode = useApp((s) => s.removeNode);
  const n = chain.nodes.length;
  const nameOf = (i: number) => chain.nodes[i]?.label ?? chain.nodes[i]?.tech ?? '';

  if (n === 0)
    return (
      <div className="empty">
        <p>The chain is empty. Add a node or start from an example.</p>
        <InsertButton at={0} label="Add a node" />
      </div>
    );

  return (
    <ol className={`chain${preview ? ' is-preview' : ''}`} aria-label="Chain, client end first">
      {chain.nodes.map((node, i) => {
        const link = chain.links[i];
        const hops = report?.hops.filter((h) => h.client.nodeIndex === i) ?? [];
        return (
          <li key={node.id} className="chain-step">
            {i === 0 && !preview ? (
              <InsertButton at={0} label="Add a node at the client end" />
            ) : null}
            <NodeCard
              node={node}
              index={i}
              count={n}
              selected={selectedNode === i}
              readOnly={preview}
              onSelect={() => selectNode(selectedNode === i ? null : i)}
              onMove={moveNode}
              onRemove={() => {
                removeNode(i);
                // The neighbour that slides into its place, or the one before the last.
                focusNodeSoon(Math.min(i, n - 2));
              }}
            />
            {link ? (
              <div className="connector">
                {preview ? (
                  <span className="link-rtt">RTT {describeDuration(link.rttMs)}</span>
                ) : (
                  <RttInput
                    key={link.rttMs}
                    index={i}
                    rttMs={link.rttMs}
                    between={`${nameOf(i)} and ${nameOf(i + 1)}`}
                  />
                )}
                {hops.map((hop) => (
                  <HopCard
                    key={hop.index}
                    hop={hop}
                    selected={selectedHop === hop.index}
                    onSelect={() => selectHop(selectedHop === hop.index ? null : hop.index)}
                  />
                ))}
                {preview ? null : (
                  <InsertButton
                    at={i + 1}
                    label={`Insert a node between ${nameOf(i)} and ${nameOf(i + 1)}`}
                  />
                )}
              </div>
            ) : null}
            {i === n - 1 && !preview ? (
              <InsertButton at={n} label="Add a node at the server end" />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
