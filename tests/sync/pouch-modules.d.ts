// The Node-side PouchDB packages the sync tests use in place of pouchdb-browser (no IndexedDB in
// Node); their shape is the one src/features/sync/pouch.types.ts describes.
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
