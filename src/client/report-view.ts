/**
 * The parts of the engine's report the panels read, by the names the panels use. The engine (src/engine/index.ts)
 * owns these shapes; the site only shows them. A section the engine leaves out (a build that produced no image,
 * no checks declared, no change to rebuild with) shows as a placeholder in its panel.
 */
export type {
  AnalyzeInput as AnalyzeRequest,
  BuildStep as BuildStepView,
  BuildView,
  CheckResult as GradeCheckView,
  ContextView,
  ImageView,
  LayerView,
  Report as ReportView,
  RunReport as RunView,
  Scorecard as GradeView,
} from '../engine/index.ts';

/** One step's cache status, as BuildKit's progress output prints it. */
export type StepStatus = import('../engine/index.ts').BuildStep['status'];

/** What one FROM line builds on (what its hover shows). */
export type BaseImageView = import('../engine/build/index.ts').BaseImageInfo;
