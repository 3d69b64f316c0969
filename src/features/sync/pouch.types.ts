// The part of PouchDB's API the sync adapter uses, typed here: @types/pouchdb declares a global
// `Buffer` that breaks Node's own types elsewhere in the project.

export interface PouchChange {
  id: string;
  doc?: Record<string, unknown>;
}

export interface PouchReplicationEvents {
  on(event: 'change', listener: (info: { docs: { _id: string }[] }) => void): this;
  on(event: 'paused' | 'denied' | 'error', listener: (error?: unknown) => void): this;
  on(event: 'active' | 'complete', listener: () => void): this;
  cancel(): void;
}

export type PouchReplication = PouchReplicationEvents & Promise<unknown>;

export interface PouchReplicateOptions {
  live?: boolean;
  retry?: boolean;
  back_off_function?: (delay: number) => number;
  batch_size?: number;
  filter?: (doc: { kind?: string }) => boolean;
  doc_ids?: string[];
}

export interface PouchDatabase {
  put(doc: { _id: string }): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(
    docs: { _id: string; _rev?: string }[],
    options?: { new_edits?: boolean },
  ): Promise<{ ok?: boolean; error?: boolean; status?: number }[]>;
  allDocs(options: {
    keys: string[];
  }): Promise<{ rows: { key: string; error?: string; value?: { deleted?: boolean } }[] }>;
  changes(options: {
    since: string | number;
    include_docs: boolean;
    conflicts?: boolean;
    limit: number;
  }): Promise<{ results: PouchChange[]; last_seq: string | number }>;
  replicate: {
    to(target: PouchDatabase, options: PouchReplicateOptions): PouchReplication;
    from(source: PouchDatabase, options: PouchReplicateOptions): PouchReplication;
  };
  info(): Promise<{ doc_count: number }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchStatic {
  new (
    name: string,
    options?: {
      auto_compaction?: boolean;
      skip_setup?: boolean;
      fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
    },
  ): PouchDatabase;
  fetch(url: string | Request, init?: RequestInit): Promise<Response>;
}
