import type { Framework } from '../vocabulary.js';
import type { Assignment, FrameworkAssignment } from './types.js';

/**
 * An assignment read in `framework`: the assignment itself when it was made in that framework, else its crosswalk;
 * null for no assignment. The one way every stage reads a theme in a framework.
 */
export function assignmentIn(assignment: Assignment, framework: Framework): FrameworkAssignment;
export function assignmentIn(assignment: Assignment | null | undefined, framework: Framework): FrameworkAssignment | null;
export function assignmentIn(assignment: Assignment | null | undefined, framework: Framework): FrameworkAssignment | null {
  if (assignment === null || assignment === undefined) return null;
  return assignment.framework === framework ? assignment : assignment.crosswalk;
}
