// The agent-file reader and player live in src/domain/session (the studio plays paths with them
// in the browser); the CLI and the scoring evaluation keep importing them from here.
export * from '../src/domain/session/agent-lines';
