import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import UpdatePrompt from '../../../src/ui/components/UpdatePrompt.svelte';

describe('UpdatePrompt: the "new version is ready" prompt', () => {
  it('stays hidden while no update is waiting', () => {
    render(UpdatePrompt, { visible: false, onreload: vi.fn(), ondismiss: vi.fn() });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('announces a waiting update and reloads into it only when the learner asks', async () => {
    const onreload = vi.fn();
    const ondismiss = vi.fn();
    render(UpdatePrompt, { visible: true, onreload, ondismiss });
    expect(screen.getByRole('alert')).toHaveTextContent('A new version is ready.');
    expect(onreload).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onreload).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(ondismiss).toHaveBeenCalledOnce();
  });
});
