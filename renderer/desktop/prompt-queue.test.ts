import { describe, expect, it, vi } from 'vitest';
import { createPromptQueue, type Prompt } from './prompt-queue';

const prompt = (title: string): Prompt => ({
  title,
  message: `${title}?`,
  buttons: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
  cancelId: 'no',
});

describe('createPromptQueue', () => {
  it('shows questions one at a time, in order, each answered by its own promise', async () => {
    const queue = createPromptQueue();
    const listener = vi.fn();
    queue.subscribe(listener);
    const first = queue.ask(prompt('First'));
    const second = queue.ask(prompt('Second'));
    expect(queue.current()?.title).toBe('First');
    queue.answer('yes');
    expect(queue.current()?.title).toBe('Second');
    queue.answer('no');
    expect(queue.current()).toBeNull();
    expect(await first).toBe('yes');
    expect(await second).toBe('no');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('treats an answer the question does not offer as its cancel answer', async () => {
    const queue = createPromptQueue();
    const answer = queue.ask(prompt('Q'));
    queue.answer('delete-everything');
    expect(await answer).toBe('no');
  });

  it('ignores an answer when no question is showing', () => {
    const queue = createPromptQueue();
    expect(() => queue.answer('yes')).not.toThrow();
  });

  it('answers a question with a field with the text typed, or its cancel answer for Cancel or an empty text', async () => {
    const queue = createPromptQueue();
    const named = {
      title: 'Save As',
      message: 'Name?',
      buttons: [
        { id: 'save', label: 'Save' },
        { id: 'cancel', label: 'Cancel' },
      ],
      cancelId: '',
      field: { label: 'File name', value: 'a.json' },
    };
    const first = queue.ask(named);
    queue.answer('save', '  b.mission.json ');
    expect(await first).toBe('b.mission.json');
    const second = queue.ask(named);
    queue.answer('cancel', 'c.json');
    expect(await second).toBe('');
    const third = queue.ask(named);
    queue.answer('save', '   ');
    expect(await third).toBe('');
  });

  it('answers a question with choices with the option picked, or its cancel answer for Cancel or an option it does not offer', async () => {
    const queue = createPromptQueue();
    const pick = {
      title: 'Choose a story',
      message: 'Which?',
      buttons: [
        { id: 'import', label: 'Import' },
        { id: 'cancel', label: 'Cancel' },
      ],
      cancelId: 'cancel',
      choices: {
        label: 'Stories',
        options: [
          { id: 'A', label: 'A' },
          { id: 'B', label: 'B' },
        ],
      },
    };
    const first = queue.ask(pick);
    queue.answer('import', 'B');
    expect(await first).toBe('B');
    const second = queue.ask(pick);
    queue.answer('cancel', 'B');
    expect(await second).toBe('cancel');
    const third = queue.ask(pick);
    queue.answer('import', 'C');
    expect(await third).toBe('cancel');
  });
});
