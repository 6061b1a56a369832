/**
 * A class: a chosen set of lessons in the facilitator's order, carried in a link (`/class/?lessons=a,b`). The link
 * is data a stranger may have written: it is parsed, never trusted — unknown lessons are reported, duplicates and
 * malformed names dropped, the length capped.
 */
export interface LessonInfo {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  readonly minutes: number;
  readonly exercises: readonly { readonly id: string; readonly title: string }[];
}

export interface ClassPlan {
  /** Known lessons, in the link's order. */
  readonly lessons: readonly LessonInfo[];
  /** Names in the link that are no lesson of this course (shown as text, so the facilitator can fix the link). */
  readonly unknown: readonly string[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_CLASS_LESSONS = 50;

export function parseClassParam(value: string | null, course: readonly LessonInfo[]): ClassPlan {
  const names = (value ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '')
    .slice(0, MAX_CLASS_LESSONS);
  const seen = new Set<string>();
  const lessons: LessonInfo[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const lesson = SLUG.test(name) ? course.find((l) => l.id === name) : undefined;
    if (lesson) lessons.push(lesson);
    else unknown.push(name.length > 60 ? `${name.slice(0, 57)}…` : name);
  }
  return { lessons, unknown };
}

export function classLink(origin: string, lessons: readonly string[]): string {
  return `${origin}/class/?lessons=${lessons.map(encodeURIComponent).join(',')}`;
}

/** The exercise keys of a plan, as progress files name them (`<lesson>/<exercise>`). */
export function exerciseKeys(lessons: readonly LessonInfo[]): { readonly key: string; readonly lesson: LessonInfo; readonly title: string }[] {
  return lessons.flatMap((lesson) => lesson.exercises.map((e) => ({ key: `${lesson.id}/${e.id}`, lesson, title: e.title })));
}
