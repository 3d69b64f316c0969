// `team status`: the team's databases with their document counts, and every replication with its
// state, read from CouchDB 3's scheduler or, on servers without it (pouchdb-server), the
// `_replicator` documents' own state fields.
import { CouchError, type CouchClient } from './couch-client';

export interface ReplicationState {
  id: string;
  state: string;
  info: string;
}

interface SchedulerDocs {
  docs: { doc_id: string; state: string | null; info?: { error?: string } | string | null }[];
}

interface ReplicatorRows {
  rows: { id: string; doc?: Record<string, unknown> }[];
}

async function replicationStates(couch: CouchClient): Promise<ReplicationState[]> {
  try {
    const scheduler = await couch.request<SchedulerDocs>('GET', '/_scheduler/docs/_replicator');
    return scheduler.docs.map((doc) => ({
      id: doc.doc_id,
      state: doc.state ?? 'unknown',
      info: typeof doc.info === 'string' ? doc.info : (doc.info?.error ?? ''),
    }));
  } catch (error) {
    if (!(error instanceof CouchError && (error.status === 404 || error.status === 400))) {
      throw error;
    }
  }
  const all = await couch.request<ReplicatorRows>(
    'GET',
    '/_replicator/_all_docs?include_docs=true',
  );
  return all.rows
    .filter((row) => !row.id.startsWith('_design/'))
    .map((row) => ({
      id: row.id,
      state: String(row.doc?._replication_state ?? 'unknown'),
      info: String(row.doc?._replication_state_reason ?? ''),
    }));
}

/** The lines `team status` prints. */
export async function teamStatus(couch: CouchClient): Promise<string[]> {
  const names = await couch.request<string[]>('GET', '/_all_dbs');
  const lines = [`server ${couch.url}`, 'databases:'];
  for (const name of names.filter((db) => db.startsWith('coulisses-'))) {
    const info = await couch.request<{ doc_count: number }>('GET', `/${encodeURIComponent(name)}`);
    lines.push(`  ${name}  ${info.doc_count} documents`);
  }
  lines.push('replications:');
  const states = (await replicationStates(couch)).filter((r) => r.id.startsWith('coulisses-'));
  if (states.length === 0) lines.push('  none (add an agent: npm run team -- add-agent NAME)');
  for (const replication of states) {
    lines.push(
      `  ${replication.id}  ${replication.state}${replication.info ? `  ${replication.info}` : ''}`,
    );
  }
  return lines;
}
