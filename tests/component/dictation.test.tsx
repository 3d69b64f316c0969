import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seriousViolations } from './axe';
import { FakeSpeechRecognition } from './fake-speech-recognition';
import { startCall } from './start-call';

const DICTATE = 'Dicter la réplique';

function offerRecognition() {
  FakeSpeechRecognition.instances = [];
  vi.stubGlobal('webkitSpeechRecognition', FakeSpeechRecognition);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('dictation on the stage', () => {
  it('is not offered when the browser has no speech recognition', async () => {
    expect('webkitSpeechRecognition' in window || 'SpeechRecognition' in window).toBe(false);
    await startCall(/^Filage/);
    expect(screen.getByLabelText('Votre réplique')).toBeVisible();
    expect(screen.queryByRole('button', { name: DICTATE })).toBeNull();
  });

  it('puts the guess, then the settled words, in the draft; only Enter sends', async () => {
    offerRecognition();
    const { user, view } = await startCall(/^Filage/);
    const line = screen.getByLabelText('Votre réplique');
    const log = screen.getByRole('log', { name: 'Conversation' });
    await user.type(line, 'Brisa Énergie bonjour,');
    // Keyboard only: from the line, Tab past "Envoyer" to the toggle, Enter presses it.
    await user.tab();
    await user.tab();
    const dictate = screen.getByRole('button', { name: DICTATE });
    expect(dictate).toHaveFocus();
    expect(dictate).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('{Enter}');
    expect(dictate).toHaveAttribute('aria-pressed', 'true');
    const recognition = FakeSpeechRecognition.latest();
    expect(recognition.lang).toBe('fr-FR');
    expect(recognition.interimResults).toBe(true);
    expect(screen.getByText(/À l'écoute/)).toBeVisible();
    expect(await seriousViolations(view.container)).toEqual([]);

    act(() => recognition.hear('Julie à votre', false));
    expect(line).toHaveValue('Brisa Énergie bonjour, Julie à votre');
    act(() => recognition.hear(' Julie à votre écoute', true));
    act(() => recognition.hear(' en quoi puis-je', false));
    expect(line).toHaveValue('Brisa Énergie bonjour, Julie à votre écoute en quoi puis-je');
    act(() => recognition.hear(' en quoi puis-je vous aider ?', true));
    expect(line).toHaveValue(
      'Brisa Énergie bonjour, Julie à votre écoute en quoi puis-je vous aider ?',
    );
    // Dictation never sends: the agent reads the line over first.
    expect(within(log).queryByText('Vous')).toBeNull();
    await user.keyboard('{Enter}');
    expect(dictate).toHaveAttribute('aria-pressed', 'false');
    expect(recognition.calls).toEqual(['start', 'stop']);

    await user.click(line);
    await user.keyboard('{Enter}');
    expect(line).toHaveValue('');
    // The turn shows once it is stored.
    expect(
      await within(log).findByText(
        'Brisa Énergie bonjour, Julie à votre écoute en quoi puis-je vous aider ?',
      ),
    ).toBeVisible();
  });

  it('stops listening on hold and drops the unsettled guess when the call ends', async () => {
    offerRecognition();
    const { user } = await startCall(/^Filage/);
    await user.click(screen.getByRole('button', { name: DICTATE }));
    const onHold = FakeSpeechRecognition.latest();
    await user.click(screen.getByRole('button', { name: 'Mettre en attente' }));
    // The call is on hold once the engine answers, and it answers once the hold is written
    // (issue 19): listening stops then, not within the click.
    await waitFor(() => expect(onHold.calls).toEqual(['start', 'stop']));
    // The recognition's end is a state update of its own, drawn once React gets to it.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: DICTATE })).toHaveAttribute(
        'aria-pressed',
        'false',
      ),
    );
    await user.click(screen.getByRole('button', { name: "Reprendre l'appel" }));
    await user.click(screen.getByRole('button', { name: DICTATE }));
    const atHangUp = FakeSpeechRecognition.latest();
    act(() => atHangUp.hear('je vous souhaite', false));
    await user.click(screen.getByRole('button', { name: 'Raccrocher' }));
    expect(await screen.findByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
    expect(atHangUp.calls).toEqual(['start', 'abort']);
  });

  it('explains a failure once and withdraws the button when the service is unusable', async () => {
    offerRecognition();
    const consoleError = vi.spyOn(console, 'error');
    const { user, view } = await startCall(/^Filage/);
    const line = screen.getByLabelText('Votre réplique');
    await user.click(screen.getByRole('button', { name: DICTATE }));
    act(() => FakeSpeechRecognition.latest().fail('no-speech'));
    expect(screen.getByText(/Aucune parole entendue/)).toBeVisible();
    // Silence is worth another try: the button stays.
    const dictate = screen.getByRole('button', { name: DICTATE });
    await user.click(dictate);
    expect(screen.queryByText(/Aucune parole entendue/)).toBeNull();
    // Debian's Chromium has the API but no recognition service: it fails with "network".
    act(() => FakeSpeechRecognition.latest().fail('network'));
    expect(
      screen.getByText(/Le service de reconnaissance vocale du navigateur ne répond pas/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: DICTATE })).toBeNull();
    expect(line).toHaveFocus();
    expect(await seriousViolations(view.container)).toEqual([]);
    await user.type(line, 'Bonjour{Enter}');
    // A turn shows once it is stored.
    expect(
      await within(screen.getByRole('log', { name: 'Conversation' })).findByText('Bonjour'),
    ).toBeVisible();
    expect(consoleError).not.toHaveBeenCalled();
  });
});
