import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after one second by default; on a busy two-core machine, loading the
// script library or running axe takes longer. Waiting longer changes no assertion.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
