import { byConditionName } from './conditions.ts';

/** Groups claimed uses by evidence grade for the evidence scale. Pure, so the scale and its lists agree. */

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
