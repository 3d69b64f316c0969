import { isMoveId, MOVE_IDS } from '@/domain/moves/move-catalogue';
import type { Finding } from './finding.types';
import { makeFinding } from './make-finding';
import type { Script } from './script-schema';
import type { Condition, Variable, VariableValue } from './script-variables-schema';
import { stepExits, stepPath } from './script-walk';

/** Declared variables are coherent: default of the right kind, within bounds. */
export function checkVariableDeclarations(script: Script): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  script.variables.forEach((variable, index) => {
    const path = `$.variables[${index}]`;
    const first = seen.get(variable.id);
    if (first !== undefined) {
      findings.push(
        makeFinding('duplicate-id', `${path}.id`, {
          fr: `La variable "${variable.id}" est déclarée deux fois ; la première en ${first}.`,
          en: `Variable "${variable.id}" is declared twice; first at ${first}.`,
        }),
      );
    } else seen.set(variable.id, `${path}.id`);
    const problem = declarationProblem(variable);
    if (problem) findings.push(makeFinding('invalid-variable', path, problem));
  });
  return findings;
}

function declarationProblem(variable: Variable) {
  if (variable.type === 'number' && variable.min > variable.max) {
    return {
      fr: `Variable "${variable.id}" : min (${variable.min}) dépasse max (${variable.max}).`,
      en: `Variable "${variable.id}": min (${variable.min}) exceeds max (${variable.max}).`,
    };
  }
  if (
    variable.type === 'number' &&
    (variable.default < variable.min || variable.default > variable.max)
  ) {
    return {
      fr: `Variable "${variable.id}" : la valeur par défaut ${variable.default} sort des bornes.`,
      en: `Variable "${variable.id}": default ${variable.default} is out of bounds.`,
    };
  }
  if (variable.type === 'enum' && !variable.values.includes(variable.default)) {
    return {
      fr: `Variable "${variable.id}" : la valeur par défaut "${variable.default}" n’est pas dans "values".`,
      en: `Variable "${variable.id}": default "${variable.default}" is not one of "values".`,
    };
  }
  return null;
}

function fitsType(variable: Variable, value: VariableValue): boolean {
  if (variable.type === 'boolean') return typeof value === 'boolean';
  if (variable.type === 'number') return typeof value === 'number';
  return typeof value === 'string' && variable.values.includes(value);
}

/** Guards and assignments name declared variables with values of their type; moves exist. */
export function checkVariableUse(script: Script): Finding[] {
  const byId = new Map(script.variables.map((variable) => [variable.id, variable]));
  const findings: Finding[] = [];
  const check = (
    variableId: string,
    value: VariableValue | undefined,
    path: string,
    stepId: string,
    numeric = false,
  ) => {
    const variable = byId.get(variableId);
    if (!variable) {
      findings.push(
        makeFinding(
          'unknown-variable',
          path,
          {
            fr: `La variable "${variableId}" n’est pas déclarée dans "variables".`,
            en: `Variable "${variableId}" is not declared in "variables".`,
          },
          { stepId },
        ),
      );
    } else if (
      (value !== undefined && !fitsType(variable, value)) ||
      (numeric && variable.type !== 'number')
    ) {
      const shown = value === undefined ? 'add' : JSON.stringify(value);
      findings.push(
        makeFinding(
          'variable-type-mismatch',
          path,
          {
            fr: `La variable "${variableId}" est de type ${variable.type} : ${shown} ne convient pas.`,
            en: `Variable "${variableId}" is of type ${variable.type}: ${shown} does not fit.`,
          },
          { stepId },
        ),
      );
    }
  };
  for (const exit of stepExits(script)) {
    const stepId = exit.step.id;
    const conditions: { condition: Condition; path: string }[] = [];
    if (exit.guard && 'all' in exit.guard) {
      exit.guard.all.forEach((condition, i) =>
        conditions.push({ condition, path: `${exit.path}.guard.all[${i}]` }),
      );
    } else if (exit.guard && 'any' in exit.guard) {
      exit.guard.any.forEach((condition, i) =>
        conditions.push({ condition, path: `${exit.path}.guard.any[${i}]` }),
      );
    } else if (exit.guard) {
      conditions.push({ condition: exit.guard, path: `${exit.path}.guard` });
    }
    for (const { condition, path } of conditions) {
      const ordered = !['eq', 'neq'].includes(condition.op);
      check(condition.variable, condition.value, path, stepId, ordered);
    }
    exit.set?.forEach((assignment, i) => {
      const path = `${exit.path}.set[${i}]`;
      if ('add' in assignment) check(assignment.variable, undefined, path, stepId, true);
      else check(assignment.variable, assignment.value, path, stepId);
    });
    if (exit.onMove !== undefined && !isMoveId(exit.onMove)) {
      findings.push(unknownMove(exit.onMove, `${exit.path}.onMove`, stepId));
    }
  }
  script.steps.forEach((step, index) => {
    if (step.kind !== 'agent') return;
    step.expectedMoves.forEach((move, i) => {
      if (!isMoveId(move)) {
        findings.push(unknownMove(move, `${stepPath(index)}.expectedMoves[${i}]`, step.id));
      }
    });
  });
  return findings;
}

/** The finding for a move id that is not in the catalogue. */
export function unknownMove(move: string, path: string, stepId?: string): Finding {
  return makeFinding(
    'unknown-move',
    path,
    {
      fr: `Le geste "${move}" n’existe pas dans le catalogue.`,
      en: `Move "${move}" is not in the catalogue.`,
    },
    {
      ...(stepId === undefined ? {} : { stepId }),
      fix: {
        fr: `Choisissez parmi : ${MOVE_IDS.join(', ')}.`,
        en: `Pick one of: ${MOVE_IDS.join(', ')}.`,
      },
    },
  );
}
