// Issue 2's figures: full validation of generated 1,000- and 10,000-node missions, beside the time Monaco's
// JSON service (vscode-json-languageservice) takes to validate the same text against the same schema.
import jsonLanguageService from 'vscode-json-languageservice';
import { clearParseCache } from '@mission-studio/core/expressions';
import { loadMission } from '@mission-studio/core/format';
import { missionSchema as schema } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';
import { generateMission } from '@mission-studio/core/test-support';
import { validateMission } from '@mission-studio/core/validate';
import { figure, heading, measure, ms } from './harness';

// A UMD package: its default export is the module object, whether this runs as ESM (the bench bundle) or CJS.
const { getLanguageService, TextDocument } = jsonLanguageService;

async function monacoJsonValidate(text: string): Promise<number> {
  const service = getLanguageService({});
  service.configure({ validate: true, schemas: [{ uri: schema.$id, fileMatch: ['*.mission.json'], schema: schema as never }] });
  const doc = TextDocument.create('file:///bench.mission.json', 'json', 1, text);
  const diagnostics = await service.doValidation(doc, service.parseJSONDocument(doc));
  return diagnostics.length;
}

/** Runs the validation benchmark and prints its figures. */
export async function benchValidation(): Promise<void> {
  heading('Validation (issue 2)');
  for (const size of [1_000, 10_000]) {
    const mission = generateMission({ nodes: size });
    const text = serializeMission(mission);
    const parsed = JSON.parse(text) as unknown;
    // Let the JIT settle on every path first, so the first figure printed is not the one that pays for it.
    for (let i = 0; i < 10; i++) {
      clearParseCache();
      validateMission(parsed);
      loadMission(text);
    }
    const cold = await measure(() => {
      clearParseCache();
      validateMission(parsed);
    });
    const warm = await measure(() => validateMission(parsed));
    const load = await measure(() => {
      clearParseCache();
      loadMission(text);
    });
    const baselineProblems = await monacoJsonValidate(text);
    const baseline = await measure(() => monacoJsonValidate(text), { warmup: 1, runs: size > 5000 ? 5 : 10 });
    const label = `${mission.nodes.length} nodes, ${(text.length / 1e6).toFixed(1)} MB`;
    const withTarget = size === 10_000;
    figure(
      `${label}: validateMission (schema + all checks), cold`,
      ms(cold.median),
      withTarget ? { text: '<= 16 ms', met: cold.median <= 16 } : undefined,
    );
    figure(`${label}: validateMission, re-validation after an edit`, ms(warm.median));
    figure(`${label}: loadMission from text (parse + schema + checks)`, ms(load.median));
    figure(`${label}: baseline, Monaco JSON service (${baselineProblems} problems)`, ms(baseline.median));
    const ratio = baseline.median / load.median;
    figure(`${label}: baseline / loadMission`, `${ratio.toFixed(1)}x`, withTarget ? { text: '>= 10x', met: ratio >= 10 } : undefined);
  }
}
