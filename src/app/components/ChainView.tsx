import { selectShownChain, selectShownReport } from '../store/selectors';
import { useApp } from '../store/useApp';
import { HopCard } from './HopCard';
import { NodeCard } from './NodeCard';
import { describeDuration } from '../../core/model/duration';

/** The chain left to right from the client end: node cards with the hops between them. */
export function ChainView() {
  const chain = useApp(selectShownChain);
  const report = useApp(selectShownReport);
  const selectedNode = useApp((s) => s.selectedNode);
  const selectedHop = useApp((s) => s.selectedHop);
  const selectNode = useApp((s) => s.selectNode);
  const selectHop = useApp((s) => s.selectHop);

  if (chain.nodes.length === 0)
    return <p className="empty">The chain is empty. Add a node or start from an example.</p>;

  return (
    <ol className="chain" aria-label="Chain, client end first">
      {chain.nodes.map((node, i) => {
        const link = chain.links[i];
        const hops = report?.hops.filter((h) => h.client.nodeIndex === i) ?? [];
        return (
          <li key={node.id} className="chain-step">
            <NodeCard
              node={node}
              index={i}
              selected={selectedNode === i}
              onSelect={() => selectNode(selectedNode === i ? null : i)}
            />
            {link ? (
              <div className="connector">
                <span className="link-rtt">RTT {describeDuration(link.rttMs)}</span>
                {hops.map((hop) => (
                  <HopCard
                    key={hop.index}
                    hop={hop}
                    selected={selectedHop === hop.index}
                    onSelect={() => selectHop(selectedHop === hop.index ? null : hop.index)}
                  />
                ))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
