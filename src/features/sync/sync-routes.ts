// Which databases one user pushes to and pulls from, derived from their roles and the kinds
// table (src/domain/sync/document-kinds.ts): an agent pushes sessions to their own database and
// pulls feedback from it; a lead pulls the team database and pushes feedback to it; everyone reads
// the catalogue; a trainer publishes to it.
import {
  DOCUMENT_KINDS,
  teamDatabases,
  type DatabaseKind,
  type DocumentKind,
} from '@/domain/sync/document-kinds';

export interface SyncRoute {
  database: string;
  /** Kinds this user writes there (pushed); empty when the route is pull-only. */
  pushes: DocumentKind[];
  pulls: boolean;
}

function databaseName(kind: DatabaseKind, user: string): string {
  return kind === 'agent' ? teamDatabases.agent(user) : teamDatabases[kind];
}

/** The routes of one user, one per database they reach. */
export function syncRoutes(user: string, roles: readonly string[]): SyncRoute[] {
  const reads: DatabaseKind[] = ['catalogue'];
  if (roles.includes('agent')) reads.push('agent');
  if (roles.includes('lead')) reads.push('team');
  const routes = new Map<string, SyncRoute>();
  for (const home of reads) {
    routes.set(home, { database: databaseName(home, user), pushes: [], pulls: true });
  }
  for (const [kind, rule] of Object.entries(DOCUMENT_KINDS)) {
    if (!roles.includes(rule.writer)) continue;
    const route = routes.get(rule.home) ?? {
      database: databaseName(rule.home, user),
      pushes: [],
      pulls: false,
    };
    route.pushes.push(kind as DocumentKind);
    routes.set(rule.home, route);
  }
  return [...routes.values()];
}
