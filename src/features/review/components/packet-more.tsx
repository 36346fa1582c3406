import type { PacketList } from '../../../contract/packet';

// Said under a list the packet had to cut, so no reader takes it for the whole.
export function PacketMore({ list, where }: { list: PacketList; where: string }) {
  const more = list.total - list.items.length;
  if (more <= 0) return null;
  return (
    <p className="packet-more">
      And {more} more {more === 1 ? 'action' : 'actions'}: see {where} in Plan Tracker.
    </p>
  );
}
