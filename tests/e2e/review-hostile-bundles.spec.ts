import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledSession, sessionBundle } from '../fixtures/review/session-bundles';
import { expect, expectAccessible, test } from './fixtures';
import { createTeamLead } from './review-helpers';

function onDisk(name: string, text: string): string {
  const path = join(tmpdir(), `coulisses-e2e-${process.pid}-${name}`);
  writeFileSync(path, text);
  return path;
}

const good = JSON.stringify(sessionBundle([bundledSession('s1'), bundledSession('s2')]));

test('hostile bundles are each refused whole with a clear message; the good one goes in', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000);
  await createTeamLead(page);
  const withBell = sessionBundle([bundledSession('b1')]);
  withBell.sessions[0] = bundledSession('b1', { personaId: 'remi\u0007garnier' });
  const files = [
    onDisk(
      'version.json',
      JSON.stringify({ ...sessionBundle([bundledSession('v1')]), schemaVersion: 9 }),
    ),
    onDisk('tronque.json', good.slice(0, 300)),
    // 50 MB: refused from its size, before it is read.
    onDisk('enorme.json', `{"kind":"coulisses-sessions","pad":"${'x'.repeat(50_000_000)}"}`),
    onDisk(
      'doublon.json',
      JSON.stringify(sessionBundle([bundledSession('d1'), bundledSession('d1', { seed: 3 })])),
    ),
    onDisk(
      'script-futur.json',
      JSON.stringify(
        sessionBundle([
          bundledSession('f1', {
            script: { id: 'exemple-date-prelevement', version: '9.0.0', title: 'Futur' },
          }),
        ]),
      ),
    ),
    onDisk('controle.json', JSON.stringify(withBell)),
  ];
  await page.getByLabel('Choisir des fichiers').setInputFiles(files);
  const reports = page.getByRole('list', { name: "Résultat de l'import" });
  const report = (name: string) => reports.getByRole('listitem').filter({ hasText: name }).first();
  await expect(report('version.json')).toContainText('Version de format non prise en charge : 9');
  await expect(report('tronque.json')).toContainText(
    /Ce fichier est tronqué : JSON invalide ligne \d+, colonne \d+/,
  );
  await expect(report('enorme.json')).toContainText('Fichier trop volumineux : 50.0 Mo');
  await expect(report('doublon.json')).toContainText(
    'figure deux fois avec des contenus différents',
  );
  await expect(report('script-futur.json')).toContainText('version 9.0.0');
  await expect(report('controle.json')).toContainText('$.sessions[0].personaId');
  for (const name of ['version', 'tronque', 'enorme', 'doublon', 'script-futur', 'controle']) {
    await expect(report(`${name}.json`)).toContainText('refusé en entier');
  }
  // Nothing partial: the team is still empty.
  await expect(page.getByText("Aucune séance importée pour l'instant.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Choisir des fichiers').setInputFiles(onDisk('bon.json', good));
  await expect(reports).toContainText('importé : 2 nouvelles, 0 déjà présentes.');
  await expect(page.getByRole('link', { name: 'Julie Martin' })).toBeVisible();
});
