import type { Crosswalk } from '../classify/codebook.js';
import { crosswalkAssignment } from '../classify/crosswalkAssignment.js';
import type { Assignment, FrameworkAssignment } from '../classify/types.js';
import type { ThemeId } from '../vocabulary.js';

/**
 * A person's themes in place of the model's: the first is primary, each scores 1 and the framework's other
 * themes 0, no evidence, and the other framework's themes through the crosswalk as for the model's.
 */
export function personAssignment(model: Assignment, themes: readonly ThemeId[], crosswalk: Crosswalk): Assignment {
  const own: FrameworkAssignment = { framework: model.framework, primaryTheme: themes[0]!, themes: themes.map((theme) => ({ theme, score: 1 })) };
  return {
    ...own,
    id: model.id,
    scores: model.scores.map((s) => ({ theme: s.theme, score: themes.includes(s.theme) ? 1 : 0 })),
    evidence: [],
    crosswalk: crosswalkAssignment(own, crosswalk),
  };
}
