import { findTech } from '../../../core/catalog/registry';
import { describeSettingValue } from '../../../core/catalog/setting-value';
import type { ChainNode, SettingInput } from '../../../core/model/chain';
import { describeOrigin } from '../../../core/model/origin';

/** One value as the chain's settings table will show it: key, value, and its source line. */
function ValueRow({
  tech,
  settingKey,
  input,
}: {
  tech: string;
  settingKey: string;
  input: SettingInput;
}) {
  const def = findTech(tech)?.settings.find((d) => d.key === settingKey);
  return (
    <li>
      <code>{settingKey}</code>{' '}
      {def ? describeSettingValue(def, input.value) : JSON.stringify(input.value)}{' '}
      <span className="muted">{describeOrigin(input.origin)}</span>
    </li>
  );
}

/** A found node's values (and its client side's, for one process), each with its source line. */
export function ImportNodeValues({ node }: { node: Omit<ChainNode, 'id'> }) {
  const own = Object.entries(node.settings);
  const part = node.client;
  const client = part ? Object.entries(part.settings) : [];
  if (own.length === 0 && client.length === 0)
    return <p className="muted import-node-values">No timeout written: the defaults apply.</p>;
  return (
    <ul className="import-node-values">
      {own.map(([key, input]) => (
        <ValueRow key={key} tech={node.tech} settingKey={key} input={input} />
      ))}
      {part
        ? client.map(([key, input]) => (
            <ValueRow key={`client ${key}`} tech={part.tech} settingKey={key} input={input} />
          ))
        : null}
    </ul>
  );
}
