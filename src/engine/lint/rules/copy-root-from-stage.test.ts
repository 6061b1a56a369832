import { describeRule } from '../testing/rule-table.ts';
import { copyRootFromStage } from './copy-root-from-stage.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(copyRootFromStage, {
  valid: [
    'COPY / /\n',
    'COPY --from=build /app /\n',
    'COPY --from=build / /app\n',
  ],
  invalid: [
    { dockerfile: 'COPY --from=build / /\n', expect: [['DL3067', 1]] },
    { dockerfile: 'COPY --from=build "/" "/"\n', expect: [['DL3067', 1]] },
  ],
});
