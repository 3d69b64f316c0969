// What `team init` and `team add-*` write on the server: the rules (`validate_doc_update`), the
// replication filters and the `_security` of each database. All of it derives from the kinds
// table in src/domain/sync/document-kinds.ts, so a new kind needs no change here.
import { DOCUMENT_KINDS, type DatabaseKind } from '../../src/domain/sync/document-kinds';

export const DESIGN_DOC_ID = '_design/coulisses';

/**
 * The server's rules, run by CouchDB on every write but a server admin's (the replicator writes as
 * admin: what it copies was validated where it was first written). Plain ES5 source in a string:
 * CouchDB runs it in its own engine, and no build step may rewrite it on the way.
 */
const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var KINDS = %KINDS%;
  var HOME = %HOME%;
  function refuse(reason) { throw { forbidden: reason }; }
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (oldDoc) {
    refuse('The document ' + newDoc._id + ' is already stored and cannot be changed or deleted: write a new document instead.');
  }
  if (newDoc._id.indexOf('_design/') === 0) refuse('Only a server administrator changes the rules.');
  var rule = KINDS[newDoc.kind];
  if (!rule) refuse('Unknown document kind "' + newDoc.kind + '".');
  if (userCtx.roles.indexOf(rule.writer) === -1) {
    refuse('Only a user with the role ' + rule.writer + ' may write ' + newDoc.kind + ' documents.');
  }
  if (rule.home !== HOME) refuse('Documents of kind ' + newDoc.kind + ' do not belong in this database.');
  if (newDoc.author !== userCtx.name) refuse('The author of a document must be the user who writes it.');
  var subject = newDoc[rule.subjectField];
  if (typeof subject !== 'string' || typeof newDoc.id !== 'string') {
    refuse('A ' + newDoc.kind + ' document needs a ' + rule.subjectField + ' and an id.');
  }
  if (rule.subjectIsWriter && subject !== userCtx.name) {
    refuse('You may write only your own ' + newDoc.kind + ' documents, not those of ' + subject + '.');
  }
  if (newDoc._id !== newDoc.kind + ':' + subject + ':' + newDoc.id) {
    refuse('The id must read ' + newDoc.kind + ':' + subject + ':' + newDoc.id + '.');
  }
  var fields = rule.body || {};
  var body = newDoc.body || {};
  for (var name in fields) {
    var want = fields[name];
    var value = body[name];
    var where = 'body.' + name + ' of a ' + newDoc.kind;
    if (want.oneOf) {
      if (want.oneOf.indexOf(value) === -1) refuse(where + ' must be one of: ' + want.oneOf.join(', ') + '.');
    } else if (want.type === 'integer') {
      if (typeof value !== 'number' || value % 1 !== 0 || value < want.min || value > want.max) {
        refuse(where + ' must be a whole number from ' + want.min + ' to ' + want.max + '.');
      }
    } else if (typeof value !== want.type) {
      refuse(where + ' must be a ' + want.type + '.');
    } else if (want.type === 'string' && (value.length < want.min || value.length > want.max)) {
      refuse(where + ' must be ' + want.min + ' to ' + want.max + ' characters long.');
    }
  }
}`;

/** Replication filter: what an agent's database sends to the team database. */
const FAN_IN = `function (doc) {
  var KINDS = %KINDS%;
  return !!KINDS[doc.kind] && KINDS[doc.kind].fansIn;
}`;

/** Replication filter: what the team database sends back to one agent's database. */
const FAN_BACK = `function (doc, req) {
  var KINDS = %KINDS%;
  return !!KINDS[doc.kind] && KINDS[doc.kind].fansBack && doc.agent === req.query.agent;
}`;

function source(template: string, home: DatabaseKind): string {
  return template
    .replace('%KINDS%', JSON.stringify(DOCUMENT_KINDS))
    .replace('%HOME%', JSON.stringify(home));
}

export interface DesignDocument {
  _id: string;
  _rev?: string;
  language: 'javascript';
  validate_doc_update: string;
  filters: Record<string, string>;
}

/** The design document of one database of the given kind. */
export function designDocument(home: DatabaseKind): DesignDocument {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    validate_doc_update: source(VALIDATE_DOC_UPDATE, home),
    filters: { fan_in: source(FAN_IN, home), fan_back: source(FAN_BACK, home) },
  };
}

interface Members {
  names: string[];
  roles: string[];
}

export interface SecurityObject {
  admins: Members;
  members: Members;
}

/** Who may read and write each database: CouchDB refuses non-members before any rule runs. */
export function securityObject(home: DatabaseKind, agentName?: string): SecurityObject {
  const admins = { names: [], roles: ['admin'] };
  if (home === 'agent') return { admins, members: { names: [agentName ?? ''], roles: [] } };
  if (home === 'team') return { admins, members: { names: [], roles: ['lead'] } };
  return { admins, members: { names: [], roles: ['agent', 'lead', 'trainer'] } };
}
