/**
 * The Web Worker of studies (sizing, sweeps): one replication per request, the same code the CLI's
 * worker threads run (see study/replication-pool.ts).
 */
import { replicationHost, type ReplicationRequest } from '../study/replication-pool';

const answer = replicationHost();
self.onmessage = (event: MessageEvent<ReplicationRequest>) => void answer(event.data).then((reply) => (self as unknown as Worker).postMessage(reply));
