import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { BoardPacket } from '../../../contract/packet';
import { apiGet } from '../../../lib/api-client';

export function getBoardPacket(quarter: string, signal?: AbortSignal): Promise<BoardPacket> {
  return apiGet(`/api/quarters/${encodeURIComponent(quarter)}/packet`, BoardPacket, 'the board packet', signal);
}

export const boardPacketQueryOptions = (quarter: string) =>
  queryOptions({
    queryKey: ['review', 'packet', quarter],
    queryFn: ({ signal }) => getBoardPacket(quarter, signal),
  });

export function useBoardPacket(quarter: string): BoardPacket {
  return useSuspenseQuery(boardPacketQueryOptions(quarter)).data;
}
