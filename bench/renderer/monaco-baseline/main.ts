// The edit-pipeline benchmark's typing baseline: the source view's Monaco, set up as the app sets it up
// (renderer/source/source-options.ts), alone on a page, holding the same text in a box of the same size
// (`?bench=1000&w=&h=`; without `bench`, Second Wave). What typing costs here is the editor's own work; what the
// app costs beyond it is the pipeline's. Built by bench/renderer/build-baseline.ts; never part of the app.
import { serializeMission } from '@mission-studio/core/format';
import { generateMission } from '@mission-studio/core/test-support';
import secondWave from '../../../missions/second-wave.mission.json?raw';
import { SOURCE_MODEL_URI } from '../../../renderer/monaco/mission-schema';
import { FOLDING_MAX_LINES, SOURCE_OPTIONS } from '../../../renderer/source/source-options';

const params = new URLSearchParams(window.location.search);
const count = params.get('bench');
const text = count ? serializeMission(generateMission({ nodes: Number(count) })) : secondWave;
const element = document.getElementById('editor')!;
element.style.width = `${Number(params.get('w') ?? '1000')}px`;
element.style.height = `${Number(params.get('h') ?? '300')}px`;

const { monaco } = await import('../../../renderer/monaco/monaco-api');
const model = monaco.editor.createModel(text, 'json', monaco.Uri.parse(SOURCE_MODEL_URI));
monaco.editor.create(element, { ...SOURCE_OPTIONS, model, folding: model.getLineCount() <= FOLDING_MAX_LINES });
