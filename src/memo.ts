/**
 * A pure function of one string, remembered: corpora repeat their vocabulary, so stemming each distinct word once
 * saves most of the work. The memo forgets everything once it holds `limit` answers, to bound memory; it cannot
 * change results.
 */
export function memoised<R>(fn: (key: string) => R, limit = 200_000): (key: string) => R {
  const answers = new Map<string, R>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as R;
    const answer = fn(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
