// The handling driver lives in src/domain/session (the studio's « Jouer ce chemin » drives a call
// with it in the browser); the scoring pairs keep importing it from here.
export * from '../src/domain/session/handling-driver';
