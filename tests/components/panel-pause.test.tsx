/** Per-site pause: an hour, per site, not when IT locked `platforms`; the panel's button. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '@/components/Panel';
import { LockedSettingError, PAUSE_MS, pausedUntil, pauseSite, resumeSite } from '@/lib/settings';
import { panelProps } from './fixtures';

describe('pausing a site', () => {
  it('lasts an hour, for that site only, and can end early', async () => {
    const now = Date.now();
    const until = await pauseSite('x', now);
    expect(until).toBe(now + PAUSE_MS);
    expect(await pausedUntil('x', now)).toBe(until);
    expect(await pausedUntil('facebook', now)).toBeNull();
    expect(await pausedUntil('x', until + 1)).toBeNull();
    await resumeSite('x');
    expect(await pausedUntil('x', now)).toBeNull();
  });

  it('is not possible when IT locked where Postwacht runs', async () => {
    await fakeBrowser.storage.local.set({ policy: { locked: ['platforms'] } });
    await expect(pauseSite('x')).rejects.toBeInstanceOf(LockedSettingError);
    expect(await pausedUntil('x')).toBeNull();
  });
});

describe('the pause button (panel)', () => {
  const props = panelProps('Bel me op 06-12345678.');

  it('names the site and pauses on click', () => {
    const onPause = vi.fn();
    render(<Panel {...props} canPause site="WhatsApp Web" onPause={onPause} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pauzeer op WhatsApp Web voor een uur' }));
    expect(onPause).toHaveBeenCalledTimes(1);
  });

  it('is not offered when IT locked it', () => {
    render(<Panel {...props} canPause={false} site="X" onPause={vi.fn()} />);
    expect(screen.queryByTestId('postwacht-pause')).toBeNull();
  });
});
