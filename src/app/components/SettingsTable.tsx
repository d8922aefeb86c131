import type { PartName } from '../../core/model/chain';
import type { SettingRowModel } from '../view/node-rows';
import { SettingRow } from './SettingRow';

/** The settings of one technology of a node (its own, or its client part's), editable. */
export function SettingsTable({
  index,
  rows,
  part = 'main',
}: {
  index: number;
  rows: readonly SettingRowModel[];
  part?: PartName;
}) {
  return (
    <div className="table-scroll">
      <table className="settings-table">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Value</th>
            <th scope="col">Where it comes from</th>
            <th scope="col">
              <span className="visually-hidden">Lock and reset</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SettingRow key={row.def.key} nodeIndex={index} row={row} part={part} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
