// pouchdb-browser ships no types; the shape the adapter relies on is in pouch.types.ts.
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
