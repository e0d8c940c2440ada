import { describe, expect, it } from 'vitest';
import { applyEditWithPatches, openDocument } from '@mission-studio/core/edit';
import { serializeMission } from '@mission-studio/core/format';
import { smallMission } from '@mission-studio/core/test-support';
import { createDocumentPipeline } from './document-pipeline';
import type { PipelineResponse } from './pipeline.types';
import { createTextLedger, withoutText } from './text-ledger';

const TEXT = serializeMission(smallMission());
const at = (needle: string) => TEXT.indexOf(needle);

describe('the text ledger', () => {
  it('sends typed text as the editor’s edits when they were made to the text the worker holds', () => {
    const ledger = createTextLedger();
    ledger.outgoing({ kind: 'open', revision: 1, text: TEXT });
    const changes = [{ offset: 10, deleteLength: 0, insert: 'x' }];
    const sent = ledger.outgoing({
      kind: 'type',
      revision: 2,
      text: TEXT.slice(0, 10) + 'x' + TEXT.slice(10),
      typed: { from: 1, changes },
    });
    expect(sent).toEqual({ kind: 'type', revision: 2, changes });
  });

  it('sends the whole text while an edit of the graph is unanswered, since the worker’s text is not known yet', () => {
    const ledger = createTextLedger();
    ledger.outgoing({ kind: 'open', revision: 1, text: TEXT });
    ledger.outgoing({ kind: 'patch', revision: 2, patches: [] });
    const sent = ledger.outgoing({
      kind: 'type',
      revision: 3,
      text: `${TEXT} `,
      typed: { from: 1, changes: [{ offset: TEXT.length, deleteLength: 0, insert: ' ' }] },
    });
    expect(sent).toEqual({ kind: 'type', revision: 3, text: `${TEXT} ` });
  });

  it('drops an answer about the document a newly opened file replaced, rather than failing on its lost text', () => {
    const ledger = createTextLedger();
    ledger.outgoing({ kind: 'open', revision: 1, text: TEXT });
    ledger.outgoing({ kind: 'patch', revision: 2, patches: [] });
    ledger.outgoing({ kind: 'open', revision: 3, text: '{}' });
    expect(ledger.incoming({ kind: 'checked', revision: 2, change: null, changeFrom: 1, diagnostics: [] })).toBeNull();
    expect(ledger.incoming({ kind: 'play', revision: 3, check: { status: 'skipped' }, findings: [] })).toMatchObject({
      kind: 'play',
      revision: 3,
    });
  });

  it('puts the typed text back into its answer, and makes an edit’s text from the change', () => {
    const ledger = createTextLedger();
    ledger.outgoing({ kind: 'open', revision: 1, text: TEXT });
    ledger.outgoing({ kind: 'type', revision: 2, text: `${TEXT}\n` });
    expect(ledger.incoming({ kind: 'draft', revision: 2, problems: [] })).toMatchObject({ text: `${TEXT}\n` });
    ledger.outgoing({ kind: 'patch', revision: 3, patches: [] });
    const answer = ledger.incoming({
      kind: 'checked',
      revision: 3,
      change: { offset: TEXT.length, deleteLength: 1, insert: '' },
      changeFrom: 2,
      diagnostics: [],
    });
    expect(answer).toMatchObject({ kind: 'checked', text: TEXT });
  });

  it('says so, rather than guessing, when an answer starts from a text it never had', () => {
    const ledger = createTextLedger();
    ledger.outgoing({ kind: 'open', revision: 1, text: TEXT });
    expect(ledger.incoming({ kind: 'checked', revision: 5, change: null, changeFrom: 4, diagnostics: [] })).toMatchObject({
      kind: 'failed',
      revision: 5,
    });
  });

  it('leaves the worker’s answers without their texts', () => {
    expect(withoutText({ kind: 'parsed', revision: 2, text: TEXT, patches: [], diagnostics: [] })).toEqual({
      kind: 'parsed',
      revision: 2,
      patches: [],
      diagnostics: [],
    });
  });
});

describe('texts through the whole pipeline', () => {
  it('gives the page the same text as the worker after typing, edits of the graph and more typing', async () => {
    const responses: PipelineResponse[] = [];
    const pipeline = createDocumentPipeline((r) => void responses.push(r));
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
    pipeline.send({ kind: 'open', revision: 1, text: TEXT });
    // Typing "Quark" over the title "win", in two keys' worth of edits.
    const title = at('"title": "win"') + '"title": "'.length;
    const typed = TEXT.slice(0, title) + 'Quark' + TEXT.slice(title + 3);
    const half = TEXT.slice(0, title) + 'Qu' + TEXT.slice(title + 3);
    pipeline.send({
      kind: 'type',
      revision: 2,
      text: half,
      typed: { from: 1, changes: [{ offset: title, deleteLength: 3, insert: 'Qu' }] },
    });
    pipeline.send({
      kind: 'type',
      revision: 3,
      text: typed,
      typed: { from: 2, changes: [{ offset: title + 2, deleteLength: 0, insert: 'ark' }] },
    });
    await settled();
    expect(responses.filter((r) => r.kind === 'parsed').map((r) => r.kind === 'parsed' && r.text)).toEqual([typed]);
    // An edit of the graph on the mission that text gave: the page gets its text by the change alone.
    const parsed = responses.find((r) => r.kind === 'parsed');
    if (parsed?.kind !== 'parsed') throw new Error('no parsed answer');
    // The worker made the same text from the edits: the mission it loaded has the typed title.
    expect(parsed.patches).toEqual([{ op: 'replace', path: ['nodes', 5, 'title'], value: 'Quark' }]);
    let doc = openDocument(smallMission());
    doc = applyEditWithPatches(doc, { kind: 'apply-patches', label: 'typed', patches: parsed.patches }).doc;
    const step = applyEditWithPatches(doc, { kind: 'update-node', id: 'talk', title: 'Bar' });
    pipeline.send({ kind: 'patch', revision: 4, patches: step.patches });
    await settled();
    const checked = responses.find((r) => r.kind === 'checked');
    expect(checked?.kind === 'checked' && checked.text).toBe(serializeMission(step.doc.mission));
    pipeline.dispose();
  });

  it('types the next keys into the broken text the worker holds, and an edit after it still gives the page its text', async () => {
    const responses: PipelineResponse[] = [];
    const pipeline = createDocumentPipeline((r) => void responses.push(r));
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
    pipeline.send({ kind: 'open', revision: 1, text: TEXT });
    const end = TEXT.indexOf('\n', 2);
    const once = `${TEXT.slice(0, end)} o${TEXT.slice(end)}`;
    pipeline.send({ kind: 'type', revision: 2, text: once, typed: { from: 1, changes: [{ offset: end, deleteLength: 0, insert: ' o' }] } });
    await settled();
    const twice = `${TEXT.slice(0, end)} oops${TEXT.slice(end)}`;
    pipeline.send({
      kind: 'type',
      revision: 3,
      text: twice,
      typed: { from: 2, changes: [{ offset: end + 2, deleteLength: 0, insert: 'ops' }] },
    });
    await settled();
    const draft = responses.at(-1);
    expect(draft).toMatchObject({ kind: 'draft', revision: 3, text: twice });
    // The worker found the typed word where the page shows it: on line 2, not a line below.
    expect(draft?.kind === 'draft' && draft.problems[0]?.range?.line).toBe(2);
    // "Discard my text": an edit of the last mission that loaded; its text comes as a change from that text.
    pipeline.send({ kind: 'patch', revision: 4, patches: [] });
    await settled();
    expect(responses.filter((r) => r.revision === 4 && r.kind !== 'play')).toMatchObject([{ kind: 'checked', revision: 4, text: TEXT }]);
    pipeline.dispose();
  });
});
