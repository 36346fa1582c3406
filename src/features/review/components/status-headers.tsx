import { statusIds } from '../../../contract/ids';
import { StatusBadge } from '../../../components/status-badge';

// A column header per status, icon and word, for the packet's count tables.
export function StatusHeaders() {
  return statusIds.map((status) => (
    <th scope="col" key={status}>
      <StatusBadge status={status} />
    </th>
  ));
}
