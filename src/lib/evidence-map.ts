import { byConditionName } from './conditions.ts';

/** Groups claimed uses by evidence grade for the evidence map. Pure, so the map and its text agree. */

export interface GradeLike {
  id: string;
  order: number;
  label: string;
}

export interface UseLike {
  id: string;
  condition: string;
  grade: string;
}

export interface GradeGroup<G extends GradeLike, U extends UseLike> {
  grade: G;
  uses: U[];
}

/** Every grade in scale order with the uses that have it, A to Z (empty grades kept, so the scale is whole). */
export function groupByGrade<G extends GradeLike, U extends UseLike>(grades: readonly G[], uses: readonly U[]): GradeGroup<G, U>[] {
  return [...grades]
    .sort((a, b) => a.order - b.order)
    .map((grade) => ({ grade, uses: byConditionName(uses.filter((use) => use.grade === grade.id)) }));
}

/** One sentence a reader grasps at once, e.g. "Of 17 claimed uses: 6 have no trials found, ...". */
export function evidenceSummary<G extends GradeLike, U extends UseLike>(groups: readonly GradeGroup<G, U>[]): string {
  const total = groups.reduce((sum, group) => sum + group.uses.length, 0);
  const parts = groups
    .filter((group) => group.uses.length > 0)
    .map((group) => `${group.uses.length} ${group.uses.length === 1 ? 'is' : 'are'} at “${group.grade.label}”`);
  return `Of ${total} claimed uses, ${parts.join('; ')}.`;
}

export interface BarSegment {
  gradeId: string;
  count: number;
  /** Start and width as percentages of the whole bar. */
  start: number;
  width: number;
}

/** Segments of a 100%-wide stacked bar, one per grade that has any uses. */
export function stackedBar<G extends GradeLike, U extends UseLike>(groups: readonly GradeGroup<G, U>[]): BarSegment[] {
  const total = groups.reduce((sum, group) => sum + group.uses.length, 0);
  let start = 0;
  return groups
    .filter((group) => group.uses.length > 0)
    .map((group) => {
      const width = (group.uses.length / total) * 100;
      const segment = { gradeId: group.grade.id, count: group.uses.length, start, width };
      start += width;
      return segment;
    });
}
