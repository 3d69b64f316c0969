import '../script/zod-config';
import type { z } from 'zod';
import { fr as zodFrench } from 'zod/locales';
import { toJsonPath } from '../script/json-path';
import { problem, type BundleProblem } from './envelope';

// Past this many the reader needs the first ones, not all.
const MAX_REPORTED = 20;

/** Zod issues as problems in both languages (same input, same issues in the same order). */
export function schemaProblems(
  schema: z.ZodType,
  data: unknown,
  error: z.ZodError,
): BundleProblem[] {
  const french = schema.safeParse(data, { error: zodFrench().localeError });
  const frenchIssues = french.success ? [] : french.error.issues;
  return error.issues.slice(0, MAX_REPORTED).map((issue, index) =>
    problem(
      toJsonPath(issue.path),
      { fr: frenchIssues[index]?.message ?? issue.message, en: issue.message },
      {
        fr: 'Ce fichier ne suit pas le format attendu : demandez un nouvel export depuis Coulisses.',
        en: 'This file does not follow the expected format: ask for a new export from Coulisses.',
      },
    ),
  );
}
