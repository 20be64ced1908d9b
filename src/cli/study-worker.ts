/**
 * Worker thread body for studies (sizing, sweeps): one replication per request (see replication-pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { replicationHost, type ReplicationRequest } from '../study/replication-pool';

const answer = replicationHost();
parentPort!.on('message', (request: ReplicationRequest) => void answer(request).then((reply) => parentPort!.postMessage(reply)));
